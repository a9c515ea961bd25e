// Paste and drop: office HTML is cleaned with the same function as .docx/.html import (cleanHtmlDocument),
// after text in legacy Vietnamese fonts (.VnTime, VNI-Times) is converted to Unicode, which needs the font
// names that cleaning drops; image files go to the upload flow. Copies from this editor itself (Lexical JSON on the clipboard) keep
// Lexical's default handling.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import {
  $getSelection,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  mergeRegister,
  type BaseSelection
} from 'lexical';
import { cleanHtmlDocument } from '../../../../core/editor/cleanHtml';
import { convertLegacyFontsInHtml } from '../../../../core/legacy-fonts/html';
import { legacyNotice } from '../../../../core/legacy-fonts/fonts';
import { nfc } from '../../../../shared/text';

const LEXICAL_MIME = 'application/x-lexical-editor';

function imageFilesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files).filter((f) => f.type.startsWith('image/'));
}

export function PastePlugin({
  onImageFiles,
  onNotice
}: {
  onImageFiles: (files: File[], selection?: BaseSelection | null) => void;
  /** Tells the user what the paste changed (a Vietnamese sentence), e.g. legacy-font text converted. */
  onNotice: (message: string) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
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
            if (html.trim() === '' || data.types.includes(LEXICAL_MIME)) return false;
            event.preventDefault();
            const doc = new DOMParser().parseFromString(nfc(html), 'text/html');
            const converted = convertLegacyFontsInHtml(doc);
            cleanHtmlDocument(doc);
            editor.update(() => {
              const selection = $getSelection();
              if (!selection) return;
              const nodes = $generateNodesFromDOM(editor, doc);
              $insertGeneratedNodes(editor, nodes, selection);
            });
            if (converted > 0) onNotice(legacyNotice(converted));
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
      ),
    [editor, onImageFiles, onNotice]
  );

  return null;
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
