import { expect, type Locator, type Page } from '@playwright/test';

export class ArticleListPage {
  readonly searchBox: Locator;
  readonly table: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByRole('searchbox', { name: 'Tìm kiếm bài viết' });
    this.table = page.getByRole('table', { name: 'Bài viết' });
    this.results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bài viết' }).click();
    await expect(this.table).toBeVisible();
  }

  async newArticle(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bài viết mới' }).click();
    await expect(this.page.getByLabel('Tiêu đề', { exact: true })).toBeVisible();
  }

  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await expect(this.page.getByRole('heading', { name: new RegExp(`“${query}”`) })).toBeVisible();
  }

  resultLink(title: string | RegExp): Locator {
    return this.results.getByRole('link', { name: title });
  }

  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập từ Word' }).click();
    await (await chooser).setFiles(path);
  }

  row(title: string | RegExp): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }
}
