import { expect, type Locator, type Page } from '@playwright/test';

/** "Cổng thông tin" (admin), "Hàng đợi xuất bản", and publishing from the article page. */
export class PublishingPage {
  readonly nav: Locator;
  /** The article page's "Xuất bản" panel (per portal: state, reason, link). */
  readonly panel: Locator;
  readonly dialog: Locator;
  readonly queue: Locator;
  readonly discovery: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    this.panel = page.getByRole('region', { name: 'Xuất bản', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Xuất bản lên cổng' });
    this.queue = page.getByRole('table', { name: 'Hàng đợi xuất bản' });
    this.discovery = page.getByRole('status', { name: 'Kết quả kiểm tra kết nối' });
  }

  async openTargets(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Cổng thông tin' }).click();
    await expect(this.page.getByRole('heading', { name: 'Cổng thông tin', level: 1 })).toBeVisible();
  }

  async openQueue(): Promise<void> {
    await this.nav.getByRole('link', { name: 'Hàng đợi xuất bản' }).click();
    await expect(this.page.getByRole('heading', { name: 'Hàng đợi xuất bản', level: 1 })).toBeVisible();
  }

  /** "Thêm cổng" → Thư mục → "Lưu"; the form stays open on the saved target. */
  async addFolderTarget(name: string, folder: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm cổng' }).click();
    const form = this.page.getByRole('region', { name: 'Thêm cổng' });
    await form.getByLabel('Tên', { exact: true }).fill(name);
    await form.getByLabel('Loại', { exact: true }).selectOption({ label: 'Thư mục' });
    await form.getByLabel('Thư mục', { exact: true }).fill(folder);
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(this.targetRow(name)).toBeVisible();
    await expect(this.page.getByRole('region', { name: `Sửa cổng ${name}` })).toBeVisible();
  }

  targetRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Danh sách cổng xuất bản' }).getByRole('row').filter({ hasText: name });
  }

  async testConnection(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kiểm tra kết nối', exact: true }).click();
    await expect(this.discovery).toBeVisible();
  }

  publishButton(): Locator {
    return this.page.locator('.article-header').getByRole('button', { name: 'Xuất bản', exact: true });
  }

  takeDownButton(): Locator {
    return this.page.locator('.article-header').getByRole('button', { name: 'Gỡ bài', exact: true });
  }

  /** Opens the dialog on `target` and waits for its checklist. */
  async openPublishDialog(target: string): Promise<void> {
    await this.publishButton().click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByLabel('Cổng', { exact: true }).selectOption({ label: target });
    await expect(this.checklist().getByText('Đang kiểm tra bài…')).toHaveCount(0);
  }

  checklist(): Locator {
    return this.dialog.getByRole('region', { name: 'Kiểm tra trước khi xuất bản' });
  }

  /** "Xuất bản" in the dialog, ticking the warnings' confirmation when there are some. */
  async confirmPublish(): Promise<void> {
    const confirm = this.dialog.getByLabel('Tôi đã xem các cảnh báo và vẫn xuất bản');
    if (await confirm.count()) await confirm.check();
    await this.dialog.getByRole('button', { name: 'Xuất bản', exact: true }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  /** The article's line for `target` in the "Xuất bản" panel. */
  panelLine(target: string): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: target });
  }

  queueRow(title: string, target?: string): Locator {
    const rows = this.queue.getByRole('row').filter({ hasText: title });
    return target ? rows.filter({ hasText: target }) : rows;
  }
}
