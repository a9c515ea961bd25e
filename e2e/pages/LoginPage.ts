import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async fill(login: string, password: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await this.page.getByLabel('Tên đăng nhập').fill(login);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  /** Log in and wait for the start page ("Việc của tôi"). */
  async login(login: string, password: string): Promise<void> {
    await this.fill(login, password);
    await expect(this.page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  }

  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(this.page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  }
}
