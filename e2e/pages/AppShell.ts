import { expect, type Page } from '@playwright/test';

/** What every screen after login has: the skip link, the main navigation, the main landmark and its h1. */
export class AppShell {
  constructor(private readonly page: Page) {}

  /** Opens a screen by its address (as a bookmark would) and waits for its heading. */
  async goto(hash: string, heading: string | RegExp): Promise<void> {
    await this.page.evaluate((h) => (window.location.hash = h), hash);
    await expect(this.page.getByRole('main').getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  /** Opens an article from the list by its title and waits until its editor (or read-only view) is there. */
  async openArticle(title: string): Promise<void> {
    await this.goto('#/bai-viet', 'Bài viết');
    await this.page.getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeAttached();
    await expect(this.page.getByRole('textbox', { name: 'Nội dung', exact: true })).toBeVisible();
  }

  async openDialog(button: string, dialog: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).first().click();
    await expect(this.page.getByRole('dialog', { name: dialog })).toBeVisible();
  }

  async closeDialog(dialog: string | RegExp): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog', { name: dialog })).toBeHidden();
  }
}
