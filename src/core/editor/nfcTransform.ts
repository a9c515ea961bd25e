// Keeps typed text in Unicode NFC. Unikey-style tools (Backspaces, then replacement characters) and some
// IMEs can leave decomposed marks; the transform runs only on text nodes changed in an update, so the cost
// is proportional to the edited run of text, and it keeps the caret on the same character.
import { $getSelection, $isRangeSelection, TextNode, type LexicalEditor, type PointType } from 'lexical';

export function registerNfcTransform(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (editor.isComposing()) return;
    const text = node.getTextContent();
    const normal = text.normalize('NFC');
    if (normal === text) return;
    const selection = $getSelection();
    const key = node.getKey();
    const moved: [PointType, number][] = [];
    if ($isRangeSelection(selection)) {
      for (const point of [selection.anchor, selection.focus]) {
        if (point.key === key && point.type === 'text') {
          moved.push([point, text.slice(0, point.offset).normalize('NFC').length]);
        }
      }
    }
    node.setTextContent(normal);
    for (const [point, offset] of moved) point.set(key, offset, 'text');
  });
}
