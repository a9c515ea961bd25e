import { expect, type Locator, type Page } from '@playwright/test';

/** "Sao lưu" (admin): the backups in the folder, "Sao lưu ngay" and "Khôi phục từ bản sao lưu…". */
export class BackupsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sao lưu' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sao lưu', exact: true })).toBeVisible();
  }

  get rows(): Locator {
    return this.page.getByRole('table', { name: 'Các bản sao lưu' }).locator('tbody tr');
  }

  /** The rows of one kind ("Sao lưu tay", "Trước khi khôi phục", "Hằng giờ", …). */
  rowsOf(kind: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: kind, exact: true }) });
  }

  async backupNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await expect(this.page.getByText(/^Đã sao lưu và kiểm tra bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(\d+ bài viết\)\.$/)).toBeVisible();
  }

  /** Opens the confirmation for a row and returns the dialog. */
  async askRestore(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: /^Khôi phục từ bản sao lưu lúc/ }).click();
    return this.restoreDialog;
  }

  get restoreDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu' });
  }

  /** Confirms; every session ends, so this lands on the login page with the restore notice. */
  async confirmRestore(): Promise<Locator> {
    await this.restoreDialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible({ timeout: 30_000 });
    return this.page.getByRole('status', { name: 'Đã khôi phục dữ liệu' });
  }
}
