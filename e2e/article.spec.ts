// Writing a full article: every portal field, formatting, an image with caption, a table, a link; autosave; reload.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures/app';
import { FirstRunPage } from './pages/FirstRunPage';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { makePng } from './support/png';
import { screenshot } from './support/screens';

test('first run asks for the agency profile, then an article with every field survives a reload', async ({ app, workspace }) => {
  await screenshot(app, 'first-run');
  await new FirstRunPage(app).complete();
  await screenshot(app, 'list-empty');

  const list = new ArticleListPage(app);
  await list.newArticle();
  const editor = new ArticleEditorPage(app);

  await editor.field('Tiêu đề').fill('Thị xã Kiến Tường ra quân làm đường giao thông nông thôn');
  await editor.field('Tóm tắt').fill('Sáng nay, hơn 300 người dân và đoàn viên tham gia ra quân.');
  await editor.field('Link thay thế nội dung').fill('https://kientuong.longan.gov.vn/tin-tuc');
  await editor.field('Ngày xuất bản').fill('07/12/2026 08:30');
  await editor.field('Tin nổi bật').check();
  await editor.field('Tác giả').fill('Ban biên tập');
  await editor.field('Phân loại').selectOption('Nông thôn mới');
  await editor.field('Loại bài viết').selectOption('Tin ảnh');
  await editor.field('Số Trang').fill('3');
  const mainImage = join(workspace, 'anh-dai-dien.png');
  writeFileSync(mainImage, makePng(640, 360));
  await editor.field('Hình ảnh').setInputFiles(mainImage);
  await expect(app.locator('img.main-image')).toBeVisible();
  await editor.field('Hình ảnh mô tả').fill('Người dân ra quân sửa đường ấp 3');

  // Body: a paragraph, then bold on one phrase and italic + underline on another.
  await editor.typeInBody('Đường về ấp mới rộng rãi và sạch đẹp.');
  await app.keyboard.press('ArrowLeft');
  await editor.selectBack('sạch đẹp'.length);
  await editor.toggle('Nghiêng');
  await editor.toggle('Gạch chân');
  await editor.caretToLineEnd();
  for (let i = 0; i < ' và sạch đẹp.'.length; i++) await app.keyboard.press('ArrowLeft');
  await editor.selectBack('rộng rãi'.length);
  await editor.toggle('Đậm');
  await editor.caretToLineEnd();
  await app.keyboard.press('Enter');

  // A link on new text.
  await app.keyboard.type('Xem chi tiết');
  await editor.selectBack('Xem chi tiết'.length);
  await editor.button('Chèn liên kết').click();
  await app.getByLabel('Địa chỉ liên kết').fill('https://longan.gov.vn');
  await app.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(editor.body.locator('a[href="https://longan.gov.vn"]')).toHaveText('Xem chi tiết');
  await expect(editor.body).toBeFocused();
  await editor.caretToLineEnd();
  await app.keyboard.press('Enter');

  // An image with caption and alt text.
  const bodyImage = join(workspace, 'anh-noi-dung.png');
  writeFileSync(bodyImage, makePng(480, 270, [30, 120, 60]));
  const chooser = app.waitForEvent('filechooser');
  await editor.button('Chèn ảnh').click();
  await (await chooser).setFiles(bodyImage);
  await app.getByLabel('Chú thích ảnh').fill('Đoàn viên thanh niên trải đá');
  await app.getByLabel('Văn bản thay thế').fill('Thanh niên mặc áo xanh trải đá trên đường');
  await app.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(editor.body.locator('figure img')).toHaveCount(1);
  await expect(app.getByRole('dialog')).toHaveCount(0);

  // A table.
  await editor.body.press('ControlOrMeta+End');
  await editor.button('Chèn bảng').click();
  await app.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(editor.body.locator('table')).toHaveCount(1);
  await app.keyboard.type('Hạng mục');

  await editor.waitSaved();
  await screenshot(app, 'article-filled');

  await editor.reload();
  await expect(editor.field('Tiêu đề')).toHaveValue('Thị xã Kiến Tường ra quân làm đường giao thông nông thôn');
  await expect(editor.field('Tóm tắt')).toHaveValue('Sáng nay, hơn 300 người dân và đoàn viên tham gia ra quân.');
  await expect(editor.field('Link thay thế nội dung')).toHaveValue('https://kientuong.longan.gov.vn/tin-tuc');
  await expect(editor.field('Ngày xuất bản')).toHaveValue('07/12/2026 08:30');
  await expect(app.getByText('Thứ Hai, 07/12/2026 08:30')).toBeVisible();
  await expect(editor.field('Tin nổi bật')).toBeChecked();
  await expect(editor.field('Tác giả')).toHaveValue('Ban biên tập');
  await expect(editor.field('Phân loại')).toHaveValue('Nông thôn mới');
  await expect(editor.field('Loại bài viết')).toHaveValue('Tin ảnh');
  await expect(editor.field('Số Trang')).toHaveValue('3');
  await expect(editor.field('Số Ảnh')).toHaveValue('1');
  await expect(editor.field('Hình ảnh mô tả')).toHaveValue('Người dân ra quân sửa đường ấp 3');
  await expect(app.locator('img.main-image')).toBeVisible();
  await expect(editor.body.locator('strong, b').filter({ hasText: 'rộng rãi' })).toHaveCount(1);
  await expect(editor.body.locator('em, i').filter({ hasText: 'sạch đẹp' })).toHaveCount(1);
  await expect(editor.body.locator('a[href="https://longan.gov.vn"]')).toHaveText('Xem chi tiết');
  await expect(editor.body.locator('figure figcaption')).toHaveText('Đoàn viên thanh niên trải đá');
  await expect(editor.body.locator('figure img')).toHaveAttribute('alt', 'Thanh niên mặc áo xanh trải đá trên đường');
  await expect(editor.body.locator('table td, table th').first()).toHaveText('Hạng mục');
  await expect(app.getByRole('heading', { name: 'Lịch sử' })).toBeVisible();
  await screenshot(app, 'article-reloaded');
});

test('a link that is not http(s)/mailto/tel is refused with a message', async ({ app }) => {
  await new FirstRunPage(app).complete();
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.typeInBody('Bấm vào đây');
  await editor.selectBack('Bấm vào đây'.length);
  await editor.button('Chèn liên kết').click();
  await app.getByLabel('Địa chỉ liên kết').fill('javascript:alert(1)');
  await app.getByRole('button', { name: 'Đồng ý' }).click();
  await expect(app.getByRole('alert').first()).toBeVisible();
  await expect(editor.body.locator('a')).toHaveCount(0);
});

test('an invalid alternate link or date gets a Vietnamese message and nothing typed is lost', async ({ app }) => {
  await new FirstRunPage(app).complete();
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Thông báo lịch tiếp công dân');
  await editor.field('Link thay thế nội dung').fill('khong-phai-dia-chi');
  await expect(app.getByText(/Link thay thế nội dung phải là địa chỉ web/).first()).toBeVisible({ timeout: 10_000 });
  await editor.field('Link thay thế nội dung').fill('https://example.gov.vn/lich-tiep');
  await editor.field('Ngày xuất bản').fill('31/02/2026');
  await expect(app.getByText('Ngày không hợp lệ — hãy nhập theo dạng 07/06/2021 16:00.')).toBeVisible();
  await editor.field('Ngày xuất bản').fill('02/03/2026 07:00');
  await expect(app.getByText('Thứ Hai, 02/03/2026 07:00')).toBeVisible();
  await editor.waitSaved();
  await editor.reload();
  await expect(editor.field('Tiêu đề')).toHaveValue('Thông báo lịch tiếp công dân');
  await expect(editor.field('Link thay thế nội dung')).toHaveValue('https://example.gov.vn/lich-tiep');
  await expect(editor.field('Ngày xuất bản')).toHaveValue('02/03/2026 07:00');
});
