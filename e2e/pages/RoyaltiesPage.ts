import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/** "Nhuận bút": the period report ("Bảng kê nhuận bút"), the decision panel of an article and "Cài đặt nhuận bút". */
export class RoyaltiesPage {
  readonly nav: Locator;
  readonly navLink: Locator;
  readonly heading: Locator;
  readonly table: Locator;
  readonly total: Locator;
  readonly undecided: Locator;
  readonly panel: Locator;
  readonly coefficient: Locator;

  constructor(private readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    this.navLink = this.nav.getByRole('link', { name: 'Nhuận bút' });
    this.heading = page.getByRole('heading', { name: 'Bảng kê nhuận bút', level: 1 });
    this.table = page.getByRole('table', { name: /^Bảng kê nhuận bút / });
    this.total = page.getByRole('region', { name: 'Tổng cộng' });
    this.undecided = page.getByRole('region', { name: /^Bài đã xuất bản chưa có quyết định nhuận bút/ });
    this.panel = page.getByRole('region', { name: 'Nhuận bút', exact: true });
    this.coefficient = this.panel.getByLabel('Hệ số nhuận bút');
  }

  /** Through the navigation, then the month picked in the period picker. */
  async openReport(month: number, year: number): Promise<void> {
    await this.navLink.click();
    await expect(this.heading).toBeVisible();
    await this.page.getByLabel('Loại kỳ').selectOption({ label: 'Tháng' });
    await this.page.getByLabel('Năm').selectOption(String(year));
    await this.page.getByLabel('Tháng', { exact: true }).selectOption({ label: `Tháng ${month}` });
    await expect(this.page.getByRole('heading', { name: new RegExp(`^Tháng ${month}/${year}`), level: 2 })).toBeVisible();
  }

  /** The report's address typed in directly (as anyone could). */
  async openByUrl(period: string): Promise<void> {
    await this.page.evaluate((hash) => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = hash;
    }, `#/nhuan-but?ky=${period}`);
  }

  /** The heading row of one person in the table. */
  person(name: string): Locator {
    return this.table.getByRole('rowheader', { name, exact: true });
  }

  personNames(): Promise<string[]> {
    return this.table.getByRole('rowheader').allTextContents();
  }

  /** "Cộng <name>": the person's subtotal, "1.250.000 đồng". */
  async subtotal(name: string): Promise<string> {
    return (await this.table.getByRole('row', { name: new RegExp(`^Cộng ${name} `) }).getByRole('cell').last().textContent()) ?? '';
  }

  /** Every amount of the table's article lines ("Thành tiền"). */
  amounts(): Promise<string[]> {
    return this.table.locator('tbody td.money').allTextContents();
  }

  async totalText(): Promise<string> {
    return (await this.total.locator('strong').textContent()) ?? '';
  }

  async totalInWords(): Promise<string> {
    return (await this.total.locator('em').textContent()) ?? '';
  }

  /** Opens an article from the report: its (first) line in the table, or the list of undecided articles. */
  async openArticle(title: string): Promise<void> {
    await this.page.locator('.royalties-page').getByRole('link', { name: title, exact: true }).first().click();
    await expect(this.page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  }

  status(): Locator {
    return this.page.locator('.royalty-period .badge');
  }

  /** Clicks a download button and saves the file into `dir`; returns its path. */
  async download(button: 'Tải Excel (.xlsx)' | 'Tải PDF', dir: string): Promise<string> {
    const download: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const file = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    return file;
  }

  async closePeriod(label: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Chốt kỳ' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Chốt kỳ ${label}` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Chốt kỳ' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(this.status()).toHaveText('Đã chốt');
  }

  /** The decision panel's coefficient range, "Khung: 1 – 3" → ["1", "3"]. */
  async range(): Promise<[string, string]> {
    const text = (await this.panel.getByText(/^Khung: /).textContent()) ?? '';
    const m = /^Khung: ([\d,]+) – ([\d,]+)$/.exec(text.trim());
    if (!m) throw new Error(`no range in "${text}"`);
    return [m[1]!, m[2]!];
  }

  async saveDecision(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Lưu nhuận bút' }).click();
    await expect(this.panel.getByText('Đã lưu', { exact: true })).toBeVisible();
  }

  /** The amount the backend calculated for what the panel shows. */
  amount(): Locator {
    return this.panel.getByRole('status', { name: 'Thành tiền nhuận bút' });
  }

  // "Cài đặt nhuận bút"

  async openSettings(): Promise<void> {
    await this.navLink.click();
    await this.page.getByRole('link', { name: 'Cài đặt nhuận bút' }).click();
    await expect(this.page.getByRole('heading', { name: 'Cài đặt nhuận bút', level: 1 })).toBeVisible();
  }

  versions(): Locator {
    return this.page.getByRole('table', { name: 'Các phiên bản bảng nhuận bút' }).getByRole('row');
  }

  async saveSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  }
}
