// Live updates between tabs (article.changed events): lists and "Việc của tôi" refresh by themselves, an
// open article takes a change made elsewhere in place, or warns (and overwrites nothing) when it has
// unsaved edits; a save updates the page from what it returns, without remounting or refetching.
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { ArticleWorkflow } from './pages/ArticleWorkflow';
import { holdCalls, openSecondTab, recordCalls } from './pages/Tabs';
import { screenshot } from './support/screens';

test.use({ sample: true });

type Marked = { bbtMarker?: string };

/** Leaves a mark on the page's window: still there later means the page was not reloaded. */
async function markWindow(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => ((globalThis as Marked).bbtMarker = 'same page'));
}
async function windowMark(page: import('@playwright/test').Page): Promise<string | undefined> {
  return page.evaluate(() => (globalThis as Marked).bbtMarker);
}

test('an article saved in one tab shows up in the other tab’s “Việc của tôi” and open list without reloading them', async ({ app, server }) => {
  const tabB = await openSecondTab(app, server.origin);
  await markWindow(tabB);
  const toEditB = tabB.getByRole('region', { name: /Chờ tôi viết \/ sửa/ });
  await expect(toEditB).toBeVisible();

  // Tab A writes a new article: tab B's start page lists it.
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Lịch tiếp công dân tháng 7');
  await editor.waitSaved();
  await expect(toEditB.getByRole('link', { name: 'Lịch tiếp công dân tháng 7' })).toBeVisible();

  // Tab B opens the list; tab A renames the article and sends it for review: the row follows.
  const listB = new ArticleListPage(tabB);
  await listB.open();
  await expect(listB.row('Lịch tiếp công dân tháng 7')).toBeVisible();
  // A short window, scrolled down: refreshing keeps the reader where they were.
  await tabB.setViewportSize({ width: 1280, height: 560 });
  const rows = tabB.locator('.article-table .rows');
  await rows.evaluate((el) => ((el as unknown as { scrollTop: number }).scrollTop = 10_000));
  const scrolled = await rows.evaluate((el) => (el as unknown as { scrollTop: number }).scrollTop);
  expect(scrolled).toBeGreaterThan(0);
  await editor.field('Tiêu đề').fill('Lịch tiếp công dân tháng 7 năm 2026');
  await editor.waitSaved();
  const row = listB.row('Lịch tiếp công dân tháng 7 năm 2026');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Nháp');
  expect(await rows.evaluate((el) => (el as unknown as { scrollTop: number }).scrollTop)).toBe(scrolled);
  await new ArticleWorkflow(app).act('Gửi duyệt');
  await expect(row).toContainText('Chờ biên tập');
  expect(await windowMark(tabB)).toBe('same page');
});

test('an open article takes a change saved in another tab in place, and warns instead of overwriting unsaved edits', async ({ app, server }) => {
  await new ArticleListPage(app).newArticle();
  const editorA = new ArticleEditorPage(app);
  await editorA.field('Tiêu đề').fill('Thông báo tuyển dụng viên chức');
  await editorA.typeInBody('Ủy ban thông báo tuyển dụng hai viên chức.');
  await editorA.waitSaved();
  const articleHash = new URL(app.url()).hash;

  const tabB = await openSecondTab(app, server.origin);
  await tabB.goto(server.origin + '/' + articleHash);
  const editorB = new ArticleEditorPage(tabB);
  await editorB.waitEditable();
  await expect(editorB.body).toHaveText('Ủy ban thông báo tuyển dụng hai viên chức.');
  await markWindow(tabB);

  // Nothing unsaved in tab B: it shows tab A's new title and text by itself.
  await editorA.field('Tiêu đề').fill('Thông báo tuyển dụng viên chức năm 2026');
  await editorA.body.click();
  await app.keyboard.press('ControlOrMeta+End');
  await app.keyboard.type(' Hạn nộp hồ sơ: 30/7.');
  await editorA.waitSaved();
  await expect(editorB.field('Tiêu đề')).toHaveValue('Thông báo tuyển dụng viên chức năm 2026');
  await expect(editorB.body).toHaveText('Ủy ban thông báo tuyển dụng hai viên chức. Hạn nộp hồ sơ: 30/7.');
  await expect(editorB.changedElsewhere).toHaveCount(0);
  expect(await windowMark(tabB)).toBe('same page');

  // Tab B edits; its save is on the way (held) while tab A saves first.
  const save = await holdCalls(tabB, 'article.save');
  await editorB.waitEditable();
  await editorB.field('Tóm tắt').fill('Tóm tắt viết ở tab B.');
  await save.held;
  await editorA.field('Tiêu đề').fill('Thông báo tuyển dụng viên chức (sửa ở tab A)');
  await editorA.waitSaved();
  save.release();

  // Tab B warns, and keeps what was typed there.
  await expect(editorB.changedElsewhere).toBeVisible();
  await expect(editorB.changedElsewhere).toContainText('lưu ở nơi khác lúc');
  await expect(editorB.changedElsewhere).toContainText('Thay đổi của bạn chưa được lưu');
  await expect(editorB.field('Tóm tắt')).toHaveValue('Tóm tắt viết ở tab B.');
  await expect(editorB.field('Tiêu đề')).toHaveValue('Thông báo tuyển dụng viên chức năm 2026');
  await screenshot(tabB, 'article-changed-elsewhere-warning');

  // "Tải lại bài" shows tab A's version; tab B's unsaved edit was never saved over it.
  await tabB.unroute('**/api/invoke');
  await editorB.changedElsewhere.getByRole('button', { name: 'Tải lại bài' }).click();
  await expect(editorB.changedElsewhere).toHaveCount(0);
  await expect(editorB.field('Tiêu đề')).toHaveValue('Thông báo tuyển dụng viên chức (sửa ở tab A)');
  await expect(editorB.field('Tóm tắt')).toHaveValue('');
  expect(await windowMark(tabB)).toBe('same page');
  await editorA.reload();
  await expect(editorA.field('Tóm tắt')).toHaveValue('');
});

test('saving keeps the editor (focus and caret) and refetches nothing', async ({ app }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Họp giao ban tuần');
  await editor.typeInBody('Cuộc họp bắt đầu');
  await editor.waitSaved();

  const calls = recordCalls(app);
  await editor.body.evaluate((el) => ((el as unknown as Marked).bbtMarker = 'same editor'));
  const saved = app.waitForResponse((r) => (r.request().postDataJSON() as { method?: string } | null)?.method === 'article.save');
  await app.keyboard.type(' lúc 8 giờ');
  await saved;
  await editor.waitSaved();
  // Still the same editor element, still focused, the caret where it was: typing goes on at the end.
  expect(await editor.body.evaluate((el) => (el as unknown as Marked).bbtMarker)).toBe('same editor');
  await expect(editor.body).toBeFocused();
  await app.keyboard.type(' sáng thứ Hai.');
  await expect(editor.body).toHaveText('Cuộc họp bắt đầu lúc 8 giờ sáng thứ Hai.');
  await editor.waitSaved();

  expect(calls).toContain('article.save');
  expect(calls.filter((m) => ['article.get', 'article.history', 'workflow.view'].includes(m))).toEqual([]);
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 }
]) {
  test(`at ${size.width}×${size.height} the Phiên bản panel covers nothing and closes with Escape; a disabled Ký duyệt looks disabled`, async ({ app }) => {
    await app.setViewportSize(size);
    await new ArticleListPage(app).newArticle();
    const editor = new ArticleEditorPage(app);
    await editor.field('Tiêu đề').fill('Kế hoạch phòng chống bão lũ');
    await editor.typeInBody('Các xã, phường chuẩn bị phương án sơ tán dân.');
    await editor.waitSaved();

    // "Ký duyệt" is not for the author: disabled, and drawn grey rather than as the brand's primary button.
    const sign = new ArticleWorkflow(app).action('Ký duyệt');
    await expect(sign).toBeDisabled();
    const colours = await sign.evaluate((el) => {
      const style = getComputedStyle(el as unknown as Parameters<typeof getComputedStyle>[0]);
      return { background: style.backgroundColor, color: style.color };
    });
    expect(colours.background).not.toBe('rgb(11, 74, 139)');
    expect(colours.color).not.toBe('rgb(255, 255, 255)');
    await screenshot(app, `article-${size.width}-disabled-sign`);

    await editor.button('Phiên bản').click();
    const panel = app.getByRole('complementary', { name: 'Phiên bản' });
    await expect(panel.getByRole('listitem').first()).toBeVisible();
    // Every button of the article page is still there to press: nothing lies over its middle.
    const article = app.locator('article.article-page');
    for (const name of ['Bình luận', 'Lưu', 'Lưu phiên bản', 'Gửi duyệt', 'Phiên bản']) {
      const button = article.getByRole('button', { name, exact: true }).first();
      await button.scrollIntoViewIfNeeded();
      const onTop = await button.evaluate((el) => {
        const r = (el as unknown as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }).getBoundingClientRect();
        const doc = (globalThis as unknown as { document: { elementFromPoint(x: number, y: number): unknown } }).document;
        const hit = doc.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) as { closest?(s: string): unknown } | null;
        return hit === el || hit?.closest?.('button') === el;
      });
      expect(onTop, `“${name}” is not covered`).toBe(true);
    }
    await screenshot(app, `article-${size.width}-versions-panel`);

    await app.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(editor.button('Phiên bản')).toHaveAttribute('aria-expanded', 'false');
  });
}
