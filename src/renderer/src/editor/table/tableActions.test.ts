// The table menu's actions on a real (headless) editor with the article schema, read back as the
// saved body and as the exported HTML the portal and print receive.
import { describe, expect, it } from 'vitest';
import { $createTableNodeWithDimensions, type TableNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type ElementNode, type LexicalEditor } from 'lexical';
import { createBodyEditor } from '../../../../core/editor/headless';
import { bodyFromState, bodyToHtml } from '../../../../core/editor/body';
import { $readTableMenuState, $runTableAction, type TableAction, type TableMenuState } from './tableActions';

/** A paragraph, then a rows × columns table whose cells read "r,c", with the caret in cell (row, column). */
function editorWithTable(rows: number, columns: number, header: boolean, at: [number, number]): LexicalEditor {
  const editor = createBodyEditor();
  editor.update(
    () => {
      const root = $getRoot().clear();
      root.append($createParagraphNode().append($createTextNode('Trước bảng')));
      const table = $createTableNodeWithDimensions(rows, columns, { rows: header, columns: false });
      root.append(table);
      table.getChildren().forEach((row, r) => {
        if (!$isElementNode(row)) return;
        row.getChildren().forEach((cell, c) => {
          const paragraph = $isElementNode(cell) ? cell.getFirstChild() : null;
          if ($isElementNode(paragraph)) paragraph.append($createTextNode(`${r},${c}`));
        });
      });
      const cell = (table.getChildAtIndex(at[0]) as TableNode | null)?.getChildAtIndex(at[1]);
      if ($isElementNode(cell)) cell.selectEnd();
    },
    { discrete: true }
  );
  return editor;
}

function run(editor: LexicalEditor, action: TableAction): void {
  editor.update(() => $runTableAction(action), { discrete: true });
}

function menuState(editor: LexicalEditor): TableMenuState | null {
  return editor.getEditorState().read(() => $readTableMenuState());
}

/** The table as the cells' texts, header cells marked with "#". */
function shape(editor: LexicalEditor): string[][] | null {
  const html = bodyToHtml(bodyFromState(editor.getEditorState()));
  const table = /<table>.*<\/table>/.exec(html)?.[0];
  if (!table) return null;
  return Array.from(table.matchAll(/<tr>(.*?)<\/tr>/g), ([, row]) =>
    Array.from(row!.matchAll(/<(t[hd])[^>]*>(.*?)<\/t[hd]>/g), ([, tag, inner]) => {
      const text = inner!.replace(/<[^>]+>/g, '');
      return tag === 'th' ? `#${text}` : text;
    })
  );
}

describe('table menu actions', () => {
  it('inserts rows above and below and columns left and right of the caret cell', () => {
    const editor = editorWithTable(2, 2, false, [0, 1]);
    run(editor, 'row-below');
    expect(shape(editor)).toEqual([['0,0', '0,1'], ['', ''], ['1,0', '1,1']]);
    run(editor, 'row-above');
    expect(shape(editor)).toEqual([['', ''], ['0,0', '0,1'], ['', ''], ['1,0', '1,1']]);
    run(editor, 'column-left');
    expect(shape(editor)).toEqual([['', '', ''], ['0,0', '', '0,1'], ['', '', ''], ['1,0', '', '1,1']]);
    // Inserting a column moves the caret into the new column, as in the Lexical playground.
    run(editor, 'column-right');
    expect(shape(editor)).toEqual([['', '', '', ''], ['0,0', '', '', '0,1'], ['', '', '', ''], ['1,0', '', '', '1,1']]);
  });

  it('deletes the caret row and column, but never the last one (that is "Xóa bảng")', () => {
    const editor = editorWithTable(2, 2, false, [1, 0]);
    expect(menuState(editor)).toEqual({ canDeleteRow: true, canDeleteColumn: true, headerRow: false });
    run(editor, 'delete-row');
    expect(shape(editor)).toEqual([['0,0', '0,1']]);
    expect(menuState(editor)).toEqual({ canDeleteRow: false, canDeleteColumn: true, headerRow: false });
    run(editor, 'delete-row');
    expect(shape(editor)).toEqual([['0,0', '0,1']]);
    run(editor, 'delete-column');
    expect(shape(editor)).toEqual([['0,1']]);
    expect(menuState(editor)).toEqual({ canDeleteRow: false, canDeleteColumn: false, headerRow: false });
    run(editor, 'delete-column');
    expect(shape(editor)).toEqual([['0,1']]);
  });

  it('deletes the whole table and leaves the caret in the text around it', () => {
    const editor = editorWithTable(2, 2, true, [1, 1]);
    run(editor, 'delete-table');
    expect(shape(editor)).toBeNull();
    expect(bodyToHtml(bodyFromState(editor.getEditorState()))).toBe('<p>Trước bảng</p>');
    expect(menuState(editor)).toBeNull();
  });

  it('toggles the first row as a header row, exported as <th> cells', () => {
    const editor = editorWithTable(2, 2, false, [1, 1]);
    run(editor, 'toggle-header-row');
    expect(menuState(editor)?.headerRow).toBe(true);
    expect(shape(editor)).toEqual([['#0,0', '#0,1'], ['1,0', '1,1']]);
    expect(bodyToHtml(bodyFromState(editor.getEditorState()))).toMatch(/<table><tbody><tr><th[^>]*>.*0,0.*<\/th>/);
    run(editor, 'toggle-header-row');
    expect(menuState(editor)?.headerRow).toBe(false);
    expect(shape(editor)).toEqual([['0,0', '0,1'], ['1,0', '1,1']]);
  });

  it('keeps the header band at the top: a row inserted above the header joins it, one below does not', () => {
    const editor = editorWithTable(2, 2, true, [0, 0]);
    run(editor, 'row-below');
    expect(shape(editor)).toEqual([['#0,0', '#0,1'], ['', ''], ['1,0', '1,1']]);
    run(editor, 'row-above');
    expect(shape(editor)).toEqual([['#', '#'], ['#0,0', '#0,1'], ['', ''], ['1,0', '1,1']]);
    // Turning the header off clears the whole band, not just the first row.
    run(editor, 'toggle-header-row');
    expect(shape(editor)).toEqual([['', ''], ['0,0', '0,1'], ['', ''], ['1,0', '1,1']]);
  });

  it('offers nothing when the caret is outside a table', () => {
    const editor = editorWithTable(2, 2, false, [0, 0]);
    editor.update(() => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), { discrete: true });
    expect(menuState(editor)).toBeNull();
    run(editor, 'delete-table');
    expect(shape(editor)).toEqual([['0,0', '0,1'], ['1,0', '1,1']]);
  });
});
