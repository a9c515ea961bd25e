import { expect, type Locator, type Page } from '@playwright/test';

/** The workflow toolbar and its dialogs on the article page. */
export class ArticleWorkflow {
  readonly bar: Locator;

  constructor(private readonly page: Page) {
    this.bar = page.getByRole('toolbar', { name: 'Quy trình duyệt' });
  }

  action(name: string): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  async act(name: string): Promise<void> {
    await this.action(name).click();
    await expect(this.page.getByText(`Đã thực hiện “${name}”.`)).toBeVisible();
  }

  async returnWithReason(reason: string): Promise<void> {
    await this.action('Trả lại').click();
    const dialog = this.page.getByRole('dialog', { name: 'Trả lại bài viết' });
    await dialog.getByLabel('Lý do trả lại').fill(reason);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await expect(this.page.getByText('Đã thực hiện “Trả lại”.')).toBeVisible();
  }

  async signOff(password: string): Promise<void> {
    await this.action('Ký duyệt').click();
    const dialog = this.page.getByRole('dialog', { name: 'Ký duyệt bài viết' });
    await dialog.getByLabel('Mật khẩu').fill(password);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  }

  status(): Locator {
    return this.page.locator('.article-header .badge');
  }
}
