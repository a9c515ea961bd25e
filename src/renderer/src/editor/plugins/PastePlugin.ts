// Paste and drop: office HTML is cleaned with the same function as .docx/.html import (cleanHtmlDocument),
// after text in legacy Vietnamese fonts (.VnTime, VNI-Times) is converted to Unicode, which needs the font
// names that cleaning drops; image files go to the upload flow. Big pastes are processed behind a visible
// busy state, their embedded images stored as workspace media; text over PASTE_LIMITS is refused with a
// message. Copies from this editor itself (Lexical JSON on the clipboard) keep Lexical's default handling.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertDataTransferForRichText, $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import {
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  $setSelection,
  mergeRegister,
  type BaseSelection,
  type LexicalEditor
} from 'lexical';
import { cleanHtmlDocument } from '../../../../core/editor/cleanHtml';
import { convertLegacyFontsInHtml } from '../../../../core/legacy-fonts/html';
import { legacyNotice } from '../../../../core/legacy-fonts/fonts';
import { nfc } from '../../../../shared/text';
import { PASTE_LIMITS, pasteTooLargeMessage } from '../../../../shared/article';
import { storeEmbeddedImages } from '../pasteImages';

const LEXICAL_MIME = 'application/x-lexical-editor';

function imageFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((f) => f.type.startsWith('image/'));
}

export function PastePlugin({
  onImageFiles,
  onNotice,
  onError,
  storeImage,
  onBusy
}: {
  onImageFiles: (files: File[], selection?: BaseSelection | null) => void;
  /** Tells the user what the paste changed (a Vietnamese sentence), e.g. legacy-font text converted. */
  onNotice: (message: string) => void;
  /** A paste refused or partly refused (too large, an embedded image that cannot be stored). */
  onError: (message: string) => void;
  /** Stores an image embedded in the pasted HTML; resolves to its `media:<hash>` src. */
  storeImage: (file: File) => Promise<{ src: string }>;
  /** True while a large paste is being processed ("Đang xử lý nội dung dán…"). */
  onBusy: (busy: boolean) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** Big pastes: the busy state is painted first and the editor is read-only until the paste lands. */
    const inBackground = (selection: BaseSelection | null, work: () => Promise<void>) => {
      const wasEditable = editor.isEditable();
      onBusy(true);
      editor.setEditable(false);
      void afterPaint()
        .then(work)
        .catch((err: unknown) => onError(`Không dán được nội dung: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => {
          editor.setEditable(wasEditable);
          onBusy(false);
          if (selection) editor.focus();
        });
    };
    const insertHtml = (html: string, selection: BaseSelection | null): number => {
      const doc = new DOMParser().parseFromString(nfc(html), 'text/html');
      const converted = convertLegacyFontsInHtml(doc);
      cleanHtmlDocument(doc);
      $insertDocument(editor, doc, selection);
      return converted;
    };
    return mergeRegister(
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          if (!data) return false;
          const html = data.getData('text/html');
          const images = imageFilesOf(data);
          if (images.length > 0 && html.trim() === '') {
            event.preventDefault();
            onImageFiles(images);
            return true;
          }
          if (data.types.includes(LEXICAL_MIME)) return false;
          const selection = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
          if (html.trim() === '') {
            const text = data.getData('text/plain');
            if (text.length <= PASTE_LIMITS.backgroundAboveChars) return false;
            event.preventDefault();
            if (text.length > PASTE_LIMITS.maxTextChars) onError(pasteTooLargeMessage(text.length));
            else inBackground(selection, async () => $insertPlainText(editor, text, selection));
            return true;
          }
          event.preventDefault();
          if (html.length <= PASTE_LIMITS.backgroundAboveChars && !html.includes('data:image')) {
            const converted = insertHtml(html, selection);
            if (converted > 0) onNotice(legacyNotice(converted));
            return true;
          }
          inBackground(selection, async () => {
            const doc = new DOMParser().parseFromString(nfc(html), 'text/html');
            const chars = doc.body.textContent?.length ?? 0;
            if (chars > PASTE_LIMITS.maxTextChars) {
              onError(pasteTooLargeMessage(chars));
              return;
            }
            await storeEmbeddedImages(doc, storeImage, onError);
            const converted = insertHtml(doc.documentElement.outerHTML, selection);
            if (converted > 0) onNotice(legacyNotice(converted));
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH
      ),
      editor.registerCommand(
        DRAGOVER_COMMAND,
        (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const images = imageFilesOf(event.dataTransfer);
          if (images.length === 0) return false;
          event.preventDefault();
          onImageFiles(images, $selectionAtPoint(event.clientX, event.clientY));
          return true;
        },
        COMMAND_PRIORITY_HIGH
      )
    );
  }, [editor, onImageFiles, onNotice, onError, storeImage, onBusy]);

  return null;
}

/** Lets the browser paint (the busy state) before the long work starts. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Tagged as a paste: its own undo step, and the word count updates at once (StatsPlugin). */
function $insertDocument(editor: LexicalEditor, doc: Document, selection: BaseSelection | null): void {
  editor.update(
    () => {
      if (selection) $setSelection(selection.clone());
      const at = $getSelection();
      if (!at) return;
      $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, doc), at);
    },
    { tag: PASTE_TAG }
  );
}

/** Plain text as Lexical pastes it (one paragraph per line), at the caret saved when the paste began. */
function $insertPlainText(editor: LexicalEditor, text: string, selection: BaseSelection | null): void {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', nfc(text));
  editor.update(
    () => {
      if (selection) $setSelection(selection.clone());
      const at = $getSelection();
      if ($isRangeSelection(at)) $insertDataTransferForRichText(transfer, at, editor);
    },
    { tag: PASTE_TAG }
  );
}

/**
 * The caret for a drop: the end of the block under the pointer, so the image lands after that block.
 * Runs inside the DROP_COMMAND update, so the new selection is read back directly (not yet committed).
 */
function $selectionAtPoint(x: number, y: number): BaseSelection | null {
  const range = document.caretRangeFromPoint?.(x, y);
  const selection = $getSelection();
  if (!range || !$isRangeSelection(selection)) return null;
  selection.applyDOMRange(range);
  const node = selection.anchor.getNode();
  const block = $isRootNode(node) ? null : node.getTopLevelElement();
  block?.selectEnd();
  return $getSelection()?.clone() ?? null;
}
