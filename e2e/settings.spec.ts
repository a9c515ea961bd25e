// Agency profile history, editable lists, and attachments.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';
import { LoginPage } from './pages/LoginPage';

test.use({ sample: true, loginAs: 'quantri' });

test('changing the agency profile keeps the earlier version with its dates', async ({ app }) => {
  await app.getByRole('link', { name: 'Cơ quan' }).click();
  await expect(app.getByLabel('Tên cơ quan', { exact: true })).toHaveValue('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
  await expect(app.getByLabel('Chịu trách nhiệm chính', { exact: true })).toHaveValue('Ông Lê Quang Tửu');

  await app.getByLabel('Tên cơ quan', { exact: true }).fill('ỦY BAN NHÂN DÂN PHƯỜNG KIẾN TƯỜNG');
  await app.getByLabel('Chịu trách nhiệm chính', { exact: true }).fill('Bà Trần Thị Mai');
  await app.getByLabel('Áp dụng từ ngày').fill('01/07/2025');
  await app.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();

  const rows = app.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Thứ Ba, 01/07/2025');
  await expect(rows.nth(1)).toContainText('Bà Trần Thị Mai');
  await expect(rows.nth(2)).toContainText('Ông Lê Quang Tửu');
  await expect(app.locator('.brand-agency')).toHaveText('ỦY BAN NHÂN DÂN PHƯỜNG KIẾN TƯỜNG');
  await screenshot(app, 'profile');

  // A required field left empty is refused with a message, and nothing changes.
  await app.getByLabel('Tên cơ quan', { exact: true }).fill('');
  await app.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expect(rows).toHaveCount(3);
});

test('a category added to the list can be chosen for an article', async ({ app, samplePassword }) => {
  await app.getByRole('link', { name: 'Danh mục' }).click();
  const categories = app.getByLabel('Danh sách phân loại');
  await categories.fill((await categories.inputValue()) + '\nChuyển đổi số');
  await app.getByRole('button', { name: 'Lưu danh mục' }).click();
  await expect(app.getByText('Đã lưu danh mục.')).toBeVisible();
  await screenshot(app, 'lists');

  const login = new LoginPage(app);
  await login.logout();
  await login.login('bientap', samplePassword);
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Phân loại').selectOption('Chuyển đổi số');
  await editor.waitSaved();
  await editor.reload();
  await expect(editor.field('Phân loại')).toHaveValue('Chuyển đổi số');
});

test.describe('as an author', () => {
  test.use({ loginAs: 'bientap' });

  test('attachments are added, kept after reload, and removed', async ({ app, workspace }) => {
    await new ArticleListPage(app).newArticle();
    const editor = new ArticleEditorPage(app);
    await editor.field('Tiêu đề').fill('Quyết định ban hành quy chế');
    const pdf = join(workspace, 'quyet-dinh-so-12.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const attached = app.getByRole('list', { name: 'Tệp đính kèm' });
    await app.getByLabel('Thêm tệp đính kèm').setInputFiles(pdf);
    await expect(attached.getByText('quyet-dinh-so-12.pdf')).toBeVisible();

    const exe = join(workspace, 'virus.exe');
    writeFileSync(exe, 'MZ\x90\x00not really');
    await app.getByLabel('Thêm tệp đính kèm').setInputFiles(exe);
    await expect(app.getByRole('alert').first()).toBeVisible();

    await editor.waitSaved();
    await editor.reload();
    await expect(attached.getByText('quyet-dinh-so-12.pdf')).toBeVisible();
    await expect(editor.field('Tiêu đề')).toHaveValue('Quyết định ban hành quy chế');
    await app.getByRole('button', { name: 'Xóa tệp quyet-dinh-so-12.pdf' }).click();
    await expect(attached).toHaveCount(0);
    await expect(app.getByRole('region', { name: 'Lịch sử' })).toContainText('quyet-dinh-so-12.pdf');
  });
});
