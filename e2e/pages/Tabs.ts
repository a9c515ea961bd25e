import { expect, type Page } from '@playwright/test';

/**
 * A second tab of the same browser (same cookies, so the same logged-in user), on the start page and
 * listening to the app's events (browser mode's /api/events stream is open).
 */
export async function openSecondTab(app: Page, origin: string): Promise<Page> {
  const tab = await app.context().newPage();
  const listening = tab.waitForResponse((r) => new URL(r.url()).pathname === '/api/events');
  await tab.goto(origin + '/');
  await listening;
  await expect(tab.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  return tab;
}

/** The methods the page calls on the main side from now on (browser mode: POST /api/invoke bodies). */
export function recordCalls(page: Page): string[] {
  const methods: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/api/invoke') return;
    const body = request.postDataJSON() as { method?: string } | null;
    if (body?.method) methods.push(body.method);
  });
  return methods;
}

/**
 * Holds this page's `method` calls until `release()` (as a slow network would), so a test can decide
 * what happens first; `held` resolves once one call is waiting.
 */
export async function holdCalls(page: Page, method: string): Promise<{ held: Promise<void>; release: () => void }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let signal!: () => void;
  const held = new Promise<void>((resolve) => (signal = resolve));
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postDataJSON() as { method?: string } | null;
    if (body?.method === method) {
      signal();
      await gate;
    }
    await route.continue();
  });
  return { held, release };
}
