import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { createBodyEditor } from './headless';
import { registerNfcTransform } from './nfcTransform';

function setup(): LexicalEditor {
  const editor = createBodyEditor();
  registerNfcTransform(editor);
  editor.update(() => {
    const text = $createTextNode('tạo ');
    $getRoot().clear().append($createParagraphNode().append(text));
    text.select(4, 4);
  }, { discrete: true });
  return editor;
}

describe('NFC transform (Unikey in "tổ hợp" mode sends decomposed marks)', () => {
  it('stores typed NFD text as NFC and keeps the caret after the typed characters', () => {
    const editor = setup();
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('Vie\u0302\u0323t');
    }, { discrete: true });
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(' Nam');
    }, { discrete: true });
    const { text, offset } = editor.read(() => {
      const selection = $getSelection();
      return {
        text: $getRoot().getTextContent(),
        offset: $isRangeSelection(selection) ? selection.anchor.offset : -1
      };
    });
    expect(text).toBe('tạo Việt Nam');
    expect(text).toBe(text.normalize('NFC'));
    expect(offset).toBe('tạo Việt Nam'.length);
  });

  it('keeps text that is already NFC exactly as typed', () => {
    const editor = setup();
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText('Đà Nẵng');
    }, { discrete: true });
    expect(editor.read(() => $getRoot().getTextContent())).toBe('tạo Đà Nẵng');
  });
});
