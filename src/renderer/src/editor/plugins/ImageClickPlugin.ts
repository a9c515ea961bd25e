// Clicking an image in the text (while editable) opens its caption and alternative-text dialog.
import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { $isImageNode, IMAGE_CLASS } from '../../../../core/editor/ImageNode';

export interface ClickedImage {
  key: string;
  src: string;
  caption: string;
  altText: string;
  decorative: boolean;
}

export function ImageClickPlugin({ onOpen }: { onOpen: (image: ClickedImage) => void }): null {
  const [editor] = useLexicalComposerContext();
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const onClick = (event: MouseEvent) => {
          if (!editor.isEditable()) return;
          const figure = (event.target as Element | null)?.closest?.(`figure.${IMAGE_CLASS}`);
          if (!figure) return;
          event.preventDefault();
          const info = editor.getEditorState().read(() => {
            const node = $getNearestNodeFromDOMNode(figure);
            return $isImageNode(node)
              ? { key: node.getKey(), src: node.getSrc(), caption: node.getCaption(), altText: node.getAltText(), decorative: node.isDecorative() }
              : null;
          }, { editor });
          if (info) onOpenRef.current(info);
        };
        root.addEventListener('click', onClick);
        // Lexical calls this when the root changes or the plugin goes away.
        return () => root.removeEventListener('click', onClick);
      }),
    [editor]
  );
  return null;
}
