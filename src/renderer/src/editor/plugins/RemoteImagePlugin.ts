// Web images waiting as placeholders (RemoteImageNode) are downloaded by the main process (media.fetchRemote)
// and swapped for workspace images: as soon as they appear (paste, or an article opened with placeholders
// left from before) and when "Tải lại" is clicked. A failure keeps the placeholder and shows the reason.
// Old bodies that still hold an ImageNode with a web address are turned into placeholders first.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, HISTORY_MERGE_TAG, mergeRegister, type LexicalEditor } from 'lexical';
import { $createImageNode, ImageNode } from '../../../../core/editor/ImageNode';
import { $createRemoteImageNode, $isRemoteImageNode, RemoteImageNode, RETRY_ACTION } from '../../../../core/editor/RemoteImageNode';
import { isRemoteImageUrl } from '../../../../shared/web-address';

export function RemoteImagePlugin({ fetchImage }: { fetchImage: (url: string) => Promise<{ src: string }> }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const inFlight = new Set<string>();
    const download = (key: string) => {
      if (inFlight.has(key)) return;
      const url = editor.getEditorState().read(() => {
        const node = $getNodeByKey(key);
        return $isRemoteImageNode(node) ? node.getUrl() : null;
      });
      if (url === null) return;
      inFlight.add(key);
      setReason(editor, key, '');
      fetchImage(url)
        .then(
          ({ src }) =>
            editor.update(() => {
              const node = $getNodeByKey(key);
              if ($isRemoteImageNode(node)) node.replace($createImageNode({ src, altText: node.getAltText(), caption: node.getCaption() }));
            }),
          (err: unknown) => setReason(editor, key, err instanceof Error && err.message ? err.message : 'Không tải được ảnh. Hãy thử lại.')
        )
        .finally(() => inFlight.delete(key));
    };
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.(`button[data-action="${RETRY_ACTION}"]`);
      if (!button || !editor.isEditable()) return;
      event.preventDefault();
      const key = editor.getEditorState().read(() => $getNearestNodeFromDOMNode(button)?.getKey() ?? null, { editor });
      if (key) download(key);
    };
    return mergeRegister(
      editor.registerNodeTransform(ImageNode, (node) => {
        if (isRemoteImageUrl(node.getSrc())) {
          node.replace($createRemoteImageNode({ url: node.getSrc(), altText: node.getAltText(), caption: node.getCaption() }));
        }
      }),
      // Also called once for the placeholders already in the article when the editor opens.
      editor.registerMutationListener(
        RemoteImageNode,
        (mutations) => {
          for (const [key, kind] of mutations) if (kind === 'created') download(key);
        },
        { skipInitialization: false }
      ),
      editor.registerRootListener((root, prevRoot) => {
        prevRoot?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      })
    );
  }, [editor, fetchImage]);
  return null;
}

/** The shown state is not an edit of the article: merged into history, and not a reason to autosave. */
function setReason(editor: LexicalEditor, key: string, reason: string): void {
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if ($isRemoteImageNode(node) && node.getReason() !== reason) node.setReason(reason);
    },
    { tag: HISTORY_MERGE_TAG }
  );
}
