import { expect, type Page } from '@playwright/test';

export class FirstRunPage {
  constructor(private readonly page: Page) {}

  /** Step 1: the administrator's account. */
  async createAdmin(login = 'quantri', password = 'Mat-khau-quan-tri-1'): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Chào mừng đến với Ban Biên Tập' })).toBeVisible();
    await this.page.getByLabel('Họ và tên').fill('Phạm Văn Quản');
    await this.page.getByLabel('Chức vụ').fill('Chuyên viên Văn phòng');
    await this.page.getByLabel('Tên đăng nhập').fill(login);
    await this.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await this.page.getByLabel('Nhập lại mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Tạo tài khoản quản trị' }).click();
  }

  /** Both steps: administrator, then the agency profile. */
  async complete(agency = 'ỦY BAN NHÂN DÂN PHƯỜNG THỬ NGHIỆM', responsible = 'Bà Nguyễn Thị Thu'): Promise<void> {
    await this.createAdmin();
    await expect(this.page.getByText('Bước 2/2')).toBeVisible();
    await this.page.getByLabel('Tên cơ quan', { exact: true }).fill(agency);
    await this.page.getByLabel('Chịu trách nhiệm chính', { exact: true }).fill(responsible);
    await this.page.getByLabel('Chức vụ người chịu trách nhiệm chính').fill('Chánh Văn phòng');
    await this.page.getByLabel('Thư điện tử').fill('vanphong@example.gov.vn');
    await this.page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
    await expect(this.page.getByRole('button', { name: 'Bài viết mới' })).toBeVisible();
  }
}
