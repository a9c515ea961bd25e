import { expect, type Page } from '@playwright/test';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  async complete(agency = 'ỦY BAN NHÂN DÂN PHƯỜNG THỬ NGHIỆM', responsible = 'Bà Nguyễn Thị Thu'): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Chào mừng đến với Ban Biên Tập' })).toBeVisible();
    await this.page.getByLabel('Tên cơ quan', { exact: true }).fill(agency);
    await this.page.getByLabel('Chịu trách nhiệm chính', { exact: true }).fill(responsible);
    await this.page.getByLabel('Chức vụ người chịu trách nhiệm chính').fill('Chánh Văn phòng');
    await this.page.getByLabel('Thư điện tử').fill('vanphong@example.gov.vn');
    await this.page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
    await expect(this.page.getByRole('button', { name: 'Bài viết mới' })).toBeVisible();
  }
}
