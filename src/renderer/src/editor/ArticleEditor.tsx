// The article body editor (Lexical). Stores Lexical JSON through a lazy getter; see src/core/editor for the
// node schema and conversions shared with headless code.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $findMatchingParent, $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $setSelection,
  type BaseSelection,
  type LexicalEditor
} from 'lexical';
import { IMAGE_MIME, type Body } from '../../../shared/article';
import { imageProblem } from '../../../shared/file-types';
import { EDITOR_NODES } from '../../../core/editor/nodes';
import { $createImageNode, $isImageNode, type ImageNode } from '../../../core/editor/ImageNode';
import { resolveImageSrc } from '../../../core/editor/imageSrc';
import { isSafeLinkUrl } from '../../../core/editor/links';
import { readBodyState } from '../../../core/editor/bodyState';
import { editorTheme } from './theme';
import { installImageSrcResolver } from './imageResolver';
import { Toolbar } from './Toolbar';
import { LinkDialog } from './LinkDialog';
import { ImageDialog } from './ImageDialog';
import { TableDialog } from './TableDialog';
import { NfcPlugin } from './plugins/NfcPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { RemoteImagePlugin } from './plugins/RemoteImagePlugin';
import { ImageClickPlugin, type ClickedImage } from './plugins/ImageClickPlugin';
import { ShortcutPlugin } from './plugins/ShortcutPlugin';
import { StatsPlugin, type EditorStats } from './plugins/StatsPlugin';
import { TableMenuPlugin, type TableMenuPoint } from './plugins/TableMenuPlugin';
import { CommentHighlightPlugin, type CommentLayerProps } from '../comments/CommentHighlightPlugin';
import './editor.css';

installImageSrcResolver();

export interface ArticleEditorProps {
  initialBody: Body;
  onChange: (getBody: () => Body, stats: EditorStats) => void;
  /** Stores the file in the workspace and returns `{ src: 'media:<hash>' }`; rejects with a Vietnamese message. */
  uploadImage: (file: File) => Promise<{ src: string }>;
  /** Has the main process download a pasted web image into the workspace (`media:<hash>`); rejects with the reason. */
  fetchRemoteImage?: (url: string) => Promise<{ src: string }>;
  readOnly?: boolean;
  onError?: (vietnameseMessage: string) => void;
  /** Information for the user, such as a paste whose legacy-font text was converted to Unicode. */
  onNotice?: (vietnameseMessage: string) => void;
  /** Review comments: highlights their words and reports selections (see CommentHighlightPlugin). */
  commentLayer?: CommentLayerProps;
}

const BODY_UNREADABLE = 'Không đọc được nội dung đã lưu của bài viết (dữ liệu hỏng hoặc từ phiên bản khác). Trình soạn thảo đang để trống; đừng lưu đè nếu cần giữ nội dung cũ, hãy báo quản trị viên.';

export function ArticleEditor({ initialBody, onChange, uploadImage, fetchRemoteImage, readOnly = false, onError, onNotice, commentLayer }: ArticleEditorProps) {
  const unreadable = useRef(false);
  // The composer reads its config once; a new article is a new editor (the app keys it by article id).
  const initialConfig = useMemo<InitialConfigType>(() => {
    let editorState: string | undefined;
    try {
      readBodyState(initialBody);
      editorState = initialBody.json;
    } catch {
      unreadable.current = true;
    }
    return {
      namespace: 'bbt-article',
      nodes: [...EDITOR_NODES],
      theme: editorTheme,
      editable: !readOnly,
      editorState,
      onError: (error: Error) => {
        console.error('[editor]', error);
        onError?.('Trình soạn thảo gặp lỗi: ' + error.message);
      }
    };
    // Only the first body matters (see above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (unreadable.current) onError?.(BODY_UNREADABLE);
    // Reported once per editor, whatever callback identity the app passes later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorInner onChange={onChange} uploadImage={uploadImage} readOnly={readOnly} onError={onError} onNotice={onNotice} />
      {!readOnly && fetchRemoteImage && <RemoteImagePlugin fetchImage={fetchRemoteImage} />}
      {commentLayer && <CommentHighlightPlugin {...commentLayer} />}
    </LexicalComposer>
  );
}

type DialogState =
  | null
  | { kind: 'link'; initialUrl: string; canRemove: boolean; selection: BaseSelection | null }
  | { kind: 'table'; selection: BaseSelection | null }
  | { kind: 'image-new'; src: string; selection: BaseSelection | null }
  | ({ kind: 'image-edit' } & ClickedImage);

function saveSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
}

function $restoreSelection(selection: BaseSelection | null): void {
  if (selection) $setSelection(selection.clone());
}

/** The same rule (and message) the server applies after sniffing the bytes: shared/file-types. */
function imageFileProblem(file: File): string | null {
  return imageProblem(file.name, file.size, file.type)?.message ?? null;
}

/** An image inserted into an empty paragraph takes its place; elsewhere it splits the block at the caret. */
function $insertImage(image: ImageNode): void {
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const block = anchor && !$isRootNode(anchor) ? anchor.getTopLevelElement() : null;
  if ($isParagraphNode(block) && block.isEmpty()) {
    block.replace(image);
    if (image.getNextSibling() === null) {
      const after = $createParagraphNode();
      image.insertAfter(after);
      after.select();
    } else {
      image.getNextSibling()?.selectStart();
    }
    return;
  }
  $insertNodeToNearestRoot(image);
}

interface InnerProps {
  onChange: ArticleEditorProps['onChange'];
  uploadImage: ArticleEditorProps['uploadImage'];
  readOnly: boolean;
  onError?: (message: string) => void;
  onNotice?: (message: string) => void;
}

// Memoised: the page re-renders around the editor (save status, fields), the editor need not follow.
const EditorInner = memo(function EditorInner({ onChange, uploadImage, readOnly, onError, onNotice }: InnerProps) {
  const [editor] = useLexicalComposerContext();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [tableMenuAt, setTableMenuAt] = useState<TableMenuPoint | null>(null);
  const closeTableMenu = useCallback(() => setTableMenuAt(null), []);
  const [pasting, setPasting] = useState(false);
  const [pendingImages, setPendingImages] = useState<{ src: string; selection: BaseSelection | null }[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // The app may pass new callbacks on every render; plugins register once and read the latest here.
  const uploadRef = useRef(uploadImage);
  uploadRef.current = uploadImage;
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const onNoticeRef = useRef(onNotice);
  onNoticeRef.current = onNotice;

  useEffect(() => {
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  const report = useCallback((message: string) => onErrorRef.current?.(message), []);
  const inform = useCallback((message: string) => onNoticeRef.current?.(message), []);

  const closeDialog = useCallback(() => {
    setDialog(null);
    editor.focus();
  }, [editor]);

  const openLinkDialog = useCallback(() => {
    if (!editor.isEditable()) return;
    const selection = saveSelection(editor);
    const url = editor.getEditorState().read(() => {
      const sel = $getSelection();
      if (!$isRangeSelection(sel)) return '';
      const link = $findMatchingParent(sel.anchor.getNode(), $isLinkNode);
      return $isLinkNode(link) ? link.getURL() : '';
    });
    setDialog({ kind: 'link', initialUrl: url, canRemove: url !== '', selection });
  }, [editor]);

  const uploadFiles = useCallback(
    async (files: File[], at?: BaseSelection | null) => {
      const selection = at ?? saveSelection(editor);
      for (const file of files) {
        const problem = imageFileProblem(file);
        if (problem) {
          report(problem);
          continue;
        }
        try {
          const { src } = await uploadRef.current(file);
          setPendingImages((queue) => [...queue, { src, selection }]);
        } catch (err) {
          report(err instanceof Error && err.message ? err.message : `Không tải được ảnh “${file.name}”. Hãy thử lại.`);
        }
      }
    },
    [editor, report]
  );
  const onImageFiles = useCallback((files: File[], at?: BaseSelection | null) => void uploadFiles(files, at), [uploadFiles]);
  const storeImage = useCallback((file: File) => uploadRef.current(file), []);

  // Uploaded images wait here until their caption dialog is answered, one at a time.
  useEffect(() => {
    if (dialog === null && pendingImages.length > 0) {
      const [next, ...rest] = pendingImages;
      setPendingImages(rest);
      setDialog({ kind: 'image-new', src: next!.src, selection: next!.selection });
    }
  }, [dialog, pendingImages]);

  const openImage = useCallback((image: ClickedImage) => setDialog({ kind: 'image-edit', ...image }), []);

  function applyLink(url: string | null, selection: BaseSelection | null) {
    let insertedLink = false;
    editor.update(
      () => {
        $restoreSelection(selection);
        const sel = $getSelection();
        if (url && $isRangeSelection(sel) && sel.isCollapsed() && !$findMatchingParent(sel.anchor.getNode(), $isLinkNode)) {
          // Nothing selected: insert the address itself as the link text, caret after it.
          const link = $createLinkNode(url).append($createTextNode(url));
          sel.insertNodes([link]);
          link.selectEnd();
          insertedLink = true;
        }
      },
      { discrete: true }
    );
    if (!insertedLink) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    closeDialog();
  }

  function renderDialog() {
    if (!dialog) return null;
    switch (dialog.kind) {
      case 'link':
        return (
          <LinkDialog
            initialUrl={dialog.initialUrl}
            canRemove={dialog.canRemove}
            onCancel={closeDialog}
            onRemove={() => applyLink(null, dialog.selection)}
            onSubmit={(url) => applyLink(url, dialog.selection)}
          />
        );
      case 'table':
        return (
          <TableDialog
            onCancel={closeDialog}
            onSubmit={(rows, columns) => {
              editor.update(() => $restoreSelection(dialog.selection));
              editor.dispatchCommand(INSERT_TABLE_COMMAND, {
                rows: String(rows),
                columns: String(columns),
                includeHeaders: { rows: true, columns: false }
              });
              closeDialog();
            }}
          />
        );
      case 'image-new':
        return (
          <ImageDialog
            previewSrc={resolveImageSrc(dialog.src)}
            initialCaption=""
            initialAlt=""
            initialDecorative={false}
            isEdit={false}
            onCancel={closeDialog}
            onRemove={closeDialog}
            onSubmit={(caption, altText, decorative) => {
              editor.update(() => {
                $restoreSelection(dialog.selection);
                $insertImage($createImageNode({ src: dialog.src, caption, altText, decorative }));
              });
              closeDialog();
            }}
          />
        );
      case 'image-edit':
        return (
          <ImageDialog
            previewSrc={resolveImageSrc(dialog.src)}
            initialCaption={dialog.caption}
            initialAlt={dialog.altText}
            initialDecorative={dialog.decorative}
            isEdit
            onCancel={closeDialog}
            onRemove={() => {
              editor.update(() => $getNodeByKey(dialog.key)?.remove());
              closeDialog();
            }}
            onSubmit={(caption, altText, decorative) => {
              editor.update(() => {
                const node = $getNodeByKey(dialog.key);
                if ($isImageNode(node)) node.setCaptionAndAlt(caption, altText, decorative);
              });
              closeDialog();
            }}
          />
        );
    }
  }

  return (
    <div className={'bbt-editor' + (readOnly ? ' is-readonly' : '')}>
      {!readOnly && (
        <Toolbar
          onInsertImage={() => fileInput.current?.click()}
          onInsertTable={() => setDialog({ kind: 'table', selection: saveSelection(editor) })}
          onInsertLink={openLinkDialog}
          tableMenuOpen={tableMenuAt !== null}
          onTableMenu={(at) => setTableMenuAt((open) => (open ? null : at))}
        />
      )}
      <input
        ref={fileInput}
        type="file"
        accept={IMAGE_MIME.join(',')}
        multiple
        hidden
        data-testid="bbt-image-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length > 0) void uploadFiles(files);
        }}
      />
      {pasting && (
        <div className="bbt-paste-busy" role="status">
          Đang xử lý nội dung dán…
        </div>
      )}
      <div className="bbt-editor-scroll">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="bbt-content"
              aria-label="Nội dung"
              role="textbox"
              aria-multiline={true}
              aria-readonly={readOnly || undefined}
              spellCheck={false}
              aria-placeholder="Nhập nội dung bài viết…"
              placeholder={<div className="bbt-placeholder">Nhập nội dung bài viết…</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <NfcPlugin />
      <PastePlugin onImageFiles={onImageFiles} onNotice={inform} onError={report} storeImage={storeImage} onBusy={setPasting} />
      <ShortcutPlugin onLink={openLinkDialog} />
      <ImageClickPlugin onOpen={openImage} />
      {!readOnly && <TableMenuPlugin at={tableMenuAt} onOpen={setTableMenuAt} onClose={closeTableMenu} />}
      <StatsPlugin onChange={onChange} />
      {renderDialog()}
    </div>
  );
});
