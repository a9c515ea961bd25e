// Finding articles again by typing without diacritics, including đ/Đ.
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

test('the sample workspace lists its articles with Vietnamese dates', async ({ app }) => {
  const list = new ArticleListPage(app);
  await list.open();
  await expect(list.table.getByRole('row')).not.toHaveCount(1);
  await expect(app.getByRole('status').filter({ hasText: /bài viết$/ })).toHaveText(/^\d+ bài viết$/);
  await expect(list.table.getByRole('cell').filter({ hasText: /^\d{2}\/\d{2}\/\d{4}/ }).first()).toBeVisible();
  await screenshot(app, 'list-sample');
});

test('a search without diacritics finds the article, highlights it, and opens it', async ({ app }) => {
  const list = new ArticleListPage(app);
  await list.newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Đường Nguyễn Huệ được nâng cấp');
  await editor.typeInBody('Ủy ban nhân dân thị xã quyết định mở rộng đường.');
  await editor.waitSaved();

  await list.search('duong nguyen hue');
  const link = list.resultLink(/Đường Nguyễn Huệ được nâng cấp/);
  await expect(link).toBeVisible();
  await expect(link.locator('mark').first()).toHaveText('Đường');
  await screenshot(app, 'search-results');

  await list.search('uy ban nhan dan thi xa quyet dinh');
  await list.resultLink(/Đường Nguyễn Huệ/).click();
  await expect(editor.field('Tiêu đề')).toHaveValue('Đường Nguyễn Huệ được nâng cấp');
});

test('filters by status narrow the list', async ({ app }) => {
  const list = new ArticleListPage(app);
  await list.open();
  await app.getByLabel('Trạng thái').selectOption({ label: 'Đã xuất bản' });
  const badges = list.table.locator('.badge');
  await expect(badges.first()).toHaveText('Đã xuất bản');
  for (const text of await badges.allInnerTexts()) expect(text).toBe('Đã xuất bản');
});
