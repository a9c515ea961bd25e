// Versions: several saves, a named version, comparing two versions, restoring an old one as a new version.
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

test('edit across saves, compare two versions with the changes highlighted, restore an old version', async ({ app }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Kế hoạch tổ chức Hội thi bơi lội');
  await editor.typeInBody('Hội thi diễn ra tại hồ bơi thị xã vào sáng Chủ nhật.');
  await editor.waitSaved();
  await editor.button('Lưu phiên bản').click();
  await app.getByLabel('Ghi chú phiên bản').fill('Bản đầu tiên');
  await app.getByRole('dialog').getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(app.getByText(/Đã lưu phiên bản \d+\./)).toBeVisible();

  // A second wording.
  await editor.field('Tiêu đề').fill('Kế hoạch tổ chức Hội thi bơi lội năm 2026');
  await editor.body.click();
  await app.keyboard.press('ControlOrMeta+End');
  await app.keyboard.type(' Mỗi xã cử hai vận động viên.');
  await editor.waitSaved();

  await editor.button('Phiên bản').click();
  const panel = app.getByRole('complementary', { name: 'Phiên bản' });
  await expect(panel.getByText('Bản đầu tiên')).toBeVisible();
  await screenshot(app, 'versions-panel');

  // Compare the named version with the current one.
  const named = panel.getByRole('listitem').filter({ hasText: 'Bản đầu tiên' });
  await named.getByRole('checkbox').check();
  await panel.getByRole('button', { name: 'So sánh' }).click();
  const compare = app.getByRole('dialog', { name: /So sánh/ });
  await expect(compare.locator('ins, .added').filter({ hasText: 'năm 2026' }).first()).toBeVisible();
  await expect(compare.locator('ins, .added').filter({ hasText: 'vận động viên' }).first()).toBeVisible();
  await screenshot(app, 'compare');
  await compare.getByRole('button', { name: 'Đóng' }).click();

  // Restore the first wording as a new version.
  await named.getByRole('button', { name: /Khôi phục/ }).click();
  await expect(app.getByText(/Đã khôi phục phiên bản \d+ thành phiên bản mới\./)).toBeVisible();
  await expect(editor.field('Tiêu đề')).toHaveValue('Kế hoạch tổ chức Hội thi bơi lội');
  await expect(editor.body).not.toContainText('vận động viên');
  await expect(app.getByRole('region', { name: 'Lịch sử' })).toContainText('Khôi phục');
});
