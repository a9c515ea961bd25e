// The article editor's table and its cell menu (right-click, Shift+F10 or the toolbar's "Sửa bảng").
import { expect, type Locator, type Page } from '@playwright/test';

export class TableMenu {
  readonly menu: Locator;
  readonly table: Locator;
  /** The toolbar's contextual button, shown only while the caret is in a table. */
  readonly toolbarButton: Locator;

  constructor(
    private readonly page: Page,
    body: Locator
  ) {
    this.menu = page.getByRole('menu', { name: 'Bảng' });
    this.table = body.locator('table');
    this.toolbarButton = page.getByRole('button', { name: 'Sửa bảng' });
  }

  /** Inserts a table with the "Chèn bảng" dialog at the caret. */
  async insert(rows: number, columns: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Chèn bảng', exact: true }).click();
    await this.page.getByLabel('Số hàng').fill(String(rows));
    await this.page.getByLabel('Số cột').fill(String(columns));
    await this.page.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(this.table).toHaveCount(1);
  }

  /** The cell whose whole text is `text` (header or not). */
  cell(text: string): Locator {
    return this.table.locator('td, th').filter({ hasText: new RegExp(`^${text}$`) });
  }

  /** The cell at a row and column (from 0), for cells with no text to find them by. */
  cellAt(row: number, column: number): Locator {
    return this.table.locator('tr').nth(row).locator('td, th').nth(column);
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  get headerToggle(): Locator {
    return this.menu.getByRole('menuitemcheckbox', { name: 'Hàng tiêu đề' });
  }

  /** Right-clicks a cell (found by its text, or a locator from cellAt). */
  async openOn(cell: string | Locator): Promise<void> {
    await (typeof cell === 'string' ? this.cell(cell) : cell).click({ button: 'right' });
    await expect(this.menu).toBeVisible();
  }

  /** With the keyboard, from the caret's cell: Shift+F10 opens the menu and focuses its first item. */
  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Shift+F10');
    await expect(this.item('Chèn hàng phía trên')).toBeFocused();
  }

  /** Arrow down to the named item (a user reading the items one by one) and press Enter. */
  async chooseWithKeyboard(name: string): Promise<void> {
    const target = name === 'Hàng tiêu đề' ? this.headerToggle : this.item(name);
    for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await expect(target).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.menu).toHaveCount(0);
  }

  async choose(name: string): Promise<void> {
    await this.item(name).click();
    await expect(this.menu).toHaveCount(0);
  }

  /** The table as rows of cell texts, header cells (<th>) marked "#": what a reader sees of its shape. */
  shape(): Promise<string[][]> {
    return this.table.evaluate((table) =>
      Array.from(table.querySelectorAll('tr'), (row) =>
        Array.from(row.querySelectorAll('td, th'), (cell) => (cell.tagName === 'TH' ? '#' : '') + (cell.textContent ?? '').trim())
      )
    );
  }

  async expectShape(rows: string[][]): Promise<void> {
    await expect.poll(() => this.shape()).toEqual(rows);
  }
}
