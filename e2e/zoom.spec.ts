// 200 % zoom on a 1280×900 screen: the app lays out in 640×450 CSS pixels. Everything stays reachable: the
// header wraps and scrolls away with the page, text reflows instead of running off to the side, wide report
// tables scroll in their own box, and the article's actions stay visible.
import { test, expect } from './fixtures/app';
import { AppShell } from './pages/AppShell';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: 'truongban', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

/** How far the main area would have to scroll sideways (0 when everything reflows into its width). */
const sideways = (page: import('@playwright/test').Page) => page.getByRole('main').evaluate((m) => m.scrollWidth - m.clientWidth);

test('at 200 % zoom the screens reflow into the window and stay usable', async ({ app }) => {
  const shell = new AppShell(app);
  const nav = app.getByRole('navigation', { name: 'Điều hướng chính' });
  for (const link of await nav.getByRole('link').all()) {
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, await link.innerText()).toBeLessThanOrEqual(640);
  }
  await shell.goto('#/', 'Việc của tôi');
  expect(await sideways(app)).toBeLessThanOrEqual(1);

  await shell.goto('#/nhuan-but?ky=2026-11', 'Bảng kê nhuận bút');
  await expect(app.getByRole('table').first()).toBeVisible();
  expect(await sideways(app)).toBeLessThanOrEqual(1);
  await screenshot(app, 'zoom-200-royalties');

  await shell.openArticle('Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới');
  expect(await sideways(app)).toBeLessThanOrEqual(1);
  const sign = app.getByRole('toolbar', { name: 'Quy trình duyệt' }).getByRole('button', { name: 'Ký duyệt', exact: true });
  await sign.scrollIntoViewIfNeeded();
  await expect(sign).toBeInViewport();
  await sign.click();
  await expect(app.getByRole('dialog', { name: 'Ký duyệt bài viết' })).toBeInViewport();
  await screenshot(app, 'zoom-200-article-sign');
});
