// "Bản tin": the sample issue Số 1, composing Số 2 (add, keyboard and drag-and-drop reordering, a new
// section), the page preview drawn from the PDF itself, and the downloaded PDF's contents in that order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/app';
import { BulletinPage } from './pages/BulletinPage';
import { screenshot } from './support/screens';
import { expectDialogAccessible } from './support/axe';

test.use({ sample: true, loginAs: 'thanhvien' });

const A = 'Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử';
const B = 'Hội thi Tiếng hát Đồng Tháp Mười năm 2026';
const C = 'Bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán';

test('the sample workspace has issue Số 1 with the signed-off articles, and its preview shows its pages', async ({ app }) => {
  const b = new BulletinPage(app);
  // A board member composes bulletins but does not write articles: no "Bài viết mới" / "Nhập từ Word".
  await expect(app.getByRole('button', { name: 'Bài viết mới' })).toHaveCount(0);
  await expect(app.getByRole('button', { name: 'Nhập từ Word' })).toHaveCount(0);
  await b.openList();
  await expect(app.getByRole('row', { name: /Số 1 .* Sẵn sàng in/ })).toBeVisible();
  await screenshot(app, 'bulletin-list');
  await b.openIssue(1);
  await expect(b.article(B)).toBeVisible();
  await app.getByRole('button', { name: 'Xem trước' }).click();
  // The preview prints the whole issue with Chromium first: with other e2e files running beside it on two cores
  // that alone can take longer than the default 10 s.
  await expect(b.preview.getByRole('img', { name: 'Trang 1', exact: true })).toBeVisible({ timeout: 45_000 });
  await expect(b.preview.getByRole('status')).toHaveText(/^\d+ trang$/);
  await expectDialogAccessible(app, 'Xem trước bản tin');
  await screenshot(app, 'bulletin-composer-preview');
});

test('composing Số 2: add, reorder with the keyboard and by dragging, a new section; the PDF follows that order', async ({ app }) => {
  const b = new BulletinPage(app);
  await b.openList();
  await b.createIssue(2);
  const first = 'Tin tức – Sự kiện';
  for (const t of [A, B, C]) await b.add(t);
  expect(await b.titles(first)).toEqual([A, B, C]);

  await b.moveWithKeyboard(C, 'ArrowUp');
  expect(await b.titles(first)).toEqual([A, C, B]);
  await expect(b.article(C)).toBeFocused();

  await b.addSection('Văn hóa – Xã hội', 2);
  await b.dragBefore(B, app.getByRole('list', { name: 'Bài trong chuyên mục Văn hóa – Xã hội' }));
  expect(await b.titles(first)).toEqual([A, C]);
  expect(await b.titles('Văn hóa – Xã hội')).toEqual([B]);
  await b.dragBefore(C, b.article(A));
  expect(await b.titles(first)).toEqual([C, A]);
  await screenshot(app, 'bulletin-composer');

  await app.reload();
  await expect(app.getByRole('heading', { name: 'Bản tin Số 2', level: 1 })).toBeVisible();
  expect(await b.titles(first)).toEqual([C, A]);
  expect(await b.titles('Văn hóa – Xã hội')).toEqual([B]);

  const dir = mkdtempSync(join(tmpdir(), 'bbt-bulletin-'));
  try {
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Tải PDF' }).click();
    const file = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file).toMatch(/ban-tin-so-2\.pdf$/);
    const contents = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(contents).toMatch(new RegExp(`${first} ${C} \\d+ ${A} \\d+ Văn hóa – Xã hội ${B} \\d+ Thông tin xuất bản \\d+`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('as the administrator', () => {
  test.use({ loginAs: 'quantri' });

  test('"Thông tin bản tin" explains a wrong licence date and keeps each saved version', async ({ app }) => {
    await app.goto(app.url().replace(/#.*$/, '') + '#/thong-tin-ban-tin');
    await expect(app.getByRole('heading', { name: 'Thông tin bản tin', level: 1 })).toBeVisible();
    await expect(app.getByLabel('Tên bản tin')).toHaveValue('Kiến Tường');
    await app.getByLabel('Ngày cấp giấy phép').fill('31/02/2025');
    await app.getByRole('button', { name: 'Lưu thông tin bản tin' }).click();
    await expect(app.getByText('Ngày cấp giấy phép phải theo dạng ngày/tháng/năm, ví dụ 15/03/2024.').first()).toBeVisible();
    await app.getByLabel('Ngày cấp giấy phép').fill('01/12/2026');
    await app.getByLabel('Giấy phép xuất bản số').fill('21/GP-XBBT');
    await app.getByRole('button', { name: 'Lưu thông tin bản tin' }).click();
    await expect(app.getByText('Đã lưu thông tin bản tin.')).toBeVisible();
    await expect(app.getByRole('row', { name: /21\/GP-XBBT/ })).toBeVisible();
    await expect(app.getByRole('row', { name: /15\/GP-XBBT/ })).toBeVisible();
    await screenshot(app, 'bulletin-profile');
  });
});
