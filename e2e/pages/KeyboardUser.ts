import { expect, type Locator, type Page } from '@playwright/test';

/** Someone who uses only the keyboard: moves with Tab and Shift+Tab, acts with Enter, never clicks. */
export class KeyboardUser {
  constructor(private readonly page: Page) {}

  /** Presses Tab until `target` has the focus, as a person would; fails if it is not reachable in `max` steps. */
  async tabTo(target: Locator, max = 120): Promise<void> {
    await expect(target).toBeVisible();
    const handle = await target.elementHandle();
    for (let i = 0; i < max; i++) {
      if (await this.page.evaluate((el) => document.activeElement === el, handle)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`not reachable with Tab in ${max} steps: ${String(target)}`);
  }

  /** Tab to a control and press Enter on it. */
  async activate(target: Locator): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.press('Enter');
  }

  press(keys: string): Promise<void> {
    return this.page.keyboard.press(keys);
  }

  type(text: string): Promise<void> {
    return this.page.keyboard.type(text);
  }

  async expectFocused(target: Locator): Promise<void> {
    await expect(target).toBeFocused();
  }
}
