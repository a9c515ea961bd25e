// The table cell menu: rows, columns and the header row changed by mouse and by keyboard, undone with
// Ctrl+Z, and the table saved as it was left.
import { test, expect } from './fixtures/app';
import { FirstRunPage } from './pages/FirstRunPage';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { TableMenu } from './pages/TableMenu';
import { screenshot } from './support/screens';

test('a table is reshaped from its cell menu by mouse and keyboard, and survives a reload', async ({ app }) => {
  // One long story (20–50 s depending on the load): the saved table must be the one all these steps left.
  test.slow();
  await new FirstRunPage(app).complete();
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  const tables = new TableMenu(app, editor.body);
  await editor.field('Tiêu đề').fill('Kết quả thu ngân sách quý IV');

  await editor.typeInBody('Số liệu như sau:');
  await app.keyboard.press('Enter');
  await expect(tables.toolbarButton).toHaveCount(0);
  await tables.insert(2, 2);
  for (const [i, text] of ['A', 'B', 'C', 'D'].entries()) {
    if (i > 0) await app.keyboard.press('Tab');
    await app.keyboard.type(text);
  }
  // The dialog's table has a header row.
  await tables.expectShape([['#A', '#B'], ['C', 'D']]);

  // Mouse: right-click a cell, as in Word.
  await tables.openOn('C');
  await expect(tables.item('Xóa hàng')).not.toHaveAttribute('aria-disabled');
  await expect(tables.headerToggle).toHaveAttribute('aria-checked', 'true');
  await screenshot(app, 'table-menu-right-click');
  await tables.choose('Chèn hàng phía dưới');
  await tables.expectShape([['#A', '#B'], ['C', 'D'], ['', '']]);

  // Mouse: the toolbar's contextual button acts on the caret's cell (still C).
  await expect(tables.toolbarButton).toHaveAttribute('aria-expanded', 'false');
  await tables.toolbarButton.click();
  await expect(tables.toolbarButton).toHaveAttribute('aria-expanded', 'true');
  await tables.choose('Chèn cột bên phải');
  await tables.expectShape([['#A', '#', '#B'], ['C', '', 'D'], ['', '', '']]);

  // Keyboard: the caret moved into the new column; Shift+F10 opens the menu there.
  await expect(editor.body).toBeFocused();
  await tables.openWithKeyboard();
  await screenshot(app, 'table-menu-keyboard');
  await tables.chooseWithKeyboard('Xóa cột');
  await tables.expectShape([['#A', '#B'], ['C', 'D'], ['', '']]);
  await expect(editor.body).toBeFocused();

  // The caret went on to the next cell (B): a column inserted to its left lands between A and B.
  await tables.openWithKeyboard();
  await tables.chooseWithKeyboard('Chèn cột bên trái');
  await tables.expectShape([['#A', '#', '#B'], ['C', '', 'D'], ['', '', '']]);
  await tables.openWithKeyboard();
  await tables.chooseWithKeyboard('Hàng tiêu đề');
  await tables.expectShape([['A', '', 'B'], ['C', '', 'D'], ['', '', '']]);

  // Ctrl+Z undoes one menu action at a time: the header row comes back, then the column goes.
  await app.keyboard.press('ControlOrMeta+z');
  await tables.expectShape([['#A', '#', '#B'], ['C', '', 'D'], ['', '', '']]);
  await app.keyboard.press('ControlOrMeta+z');
  await tables.expectShape([['#A', '#B'], ['C', 'D'], ['', '']]);

  // Escape closes the menu and puts the caret back in the cell it was opened from.
  await tables.cell('D').click();
  await app.keyboard.press('End');
  await tables.openWithKeyboard();
  await app.keyboard.press('Escape');
  await expect(tables.menu).toHaveCount(0);
  await expect(editor.body).toBeFocused();
  await app.keyboard.type('2');
  await tables.expectShape([['#A', '#B'], ['C', 'D2'], ['', '']]);

  // The last empty row goes by mouse; with one column left "Xóa cột" is unavailable.
  await tables.openOn(tables.cellAt(2, 0));
  await tables.choose('Xóa hàng');
  await tables.expectShape([['#A', '#B'], ['C', 'D2']]);
  await tables.openOn('B');
  await tables.choose('Xóa cột');
  await tables.openOn('A');
  await expect(tables.item('Xóa cột')).toHaveAttribute('aria-disabled', 'true');
  await screenshot(app, 'table-menu-one-column');
  await tables.item('Xóa cột').click({ force: true });
  await expect(tables.menu).toBeVisible();
  await app.keyboard.press('Escape');
  await tables.expectShape([['#A'], ['C']]);

  await editor.waitSaved();
  await editor.reload();
  await tables.expectShape([['#A'], ['C']]);
  await expect(editor.body.getByText('Số liệu như sau:')).toBeVisible();

  // "Xóa bảng" removes it all and leaves the text around it; Ctrl+Z brings it back.
  await editor.waitEditable();
  await tables.openOn('C');
  await tables.choose('Xóa bảng');
  await expect(tables.table).toHaveCount(0);
  await expect(editor.body.getByText('Số liệu như sau:')).toBeVisible();
  await app.keyboard.press('ControlOrMeta+z');
  await tables.expectShape([['#A'], ['C']]);
});
