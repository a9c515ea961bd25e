import { expect, type Locator, type Page } from '@playwright/test';

/** "Bản tin": the issues list, the composer of one issue and "Thông tin bản tin". */
export class BulletinPage {
  readonly nav: Locator;
  readonly candidates: Locator;
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    this.candidates = page.getByRole('complementary', { name: 'Bài có thể thêm' });
    this.preview = page.getByRole('region', { name: /^Xem trước Bản tin Số \d+$/ });
  }

  async openList(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Bản tin' }).click();
    await expect(this.page.getByRole('heading', { name: 'Bản tin', level: 1 })).toBeVisible();
  }

  async openIssue(n: number): Promise<void> {
    await this.page.getByRole('link', { name: `Số ${n}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Bản tin Số ${n}`, level: 1 })).toBeVisible();
  }

  async createIssue(n: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo số mới' }).click();
    await expect(this.page.getByRole('heading', { name: `Bản tin Số ${n}`, level: 1 })).toBeVisible();
  }

  /** The articles of a section, in order. */
  articles(section: string): Locator {
    return this.page.getByRole('list', { name: `Bài trong chuyên mục ${section}` }).getByRole('listitem');
  }

  article(title: string): Locator {
    return this.page.locator('.composer-article', { hasText: title });
  }

  async titles(section: string): Promise<string[]> {
    return this.page.getByRole('list', { name: `Bài trong chuyên mục ${section}` }).locator('.composer-title').allTextContents();
  }

  async add(title: string): Promise<void> {
    await this.candidates.getByRole('button', { name: `Thêm “${title}”` }).click();
    await this.saved();
  }

  /** Alt+↑ / Alt+↓ on the focused article. */
  async moveWithKeyboard(title: string, key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
    await this.article(title).focus();
    await this.page.keyboard.press(`Alt+${key}`);
    await this.saved();
  }

  async dragBefore(title: string, target: Locator): Promise<void> {
    await this.article(title).dragTo(target);
    await this.saved();
  }

  async addSection(name: string, index: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm chuyên mục' }).click();
    await this.saved();
    const input = this.page.getByLabel(`Tên chuyên mục ${index}`);
    await input.fill(name);
    await input.press('Enter');
    await this.saved();
  }

  async saved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Đã lưu$/ })).toBeVisible();
  }
}
