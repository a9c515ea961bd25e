// "In bài viết": the open article as a PDF with the agency header and the "Chịu trách nhiệm chính" block,
// downloaded by the browser; the text comes back exactly from pdftotext. "In phiếu duyệt": the approval
// slip of a signed article, whose QR code (read back from the rendered page) verify --slip accepts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: 'bientap' });

const TITLE = 'Bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán';

test('“In bài viết” downloads a PDF of the article with the agency and the person chiefly responsible', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-print-'));
  try {
    const list = new ArticleListPage(app);
    await list.open();
    await list.row(TITLE).getByRole('link', { name: TITLE }).click();
    await expect(app.getByLabel('Tiêu đề', { exact: true })).toHaveValue(TITLE);
    await screenshot(app, 'print-article-button');
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'In bài viết' }).click();
    const file = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file).toMatch(/\.pdf$/);
    await expect(app.getByText(/Đã tạo tệp .*\.pdf/)).toBeVisible();
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join('test-results', 'screens', 'print-article-page')]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text.replace(/\s+/g, ' ')).toContain(TITLE);
    expect(text).toContain('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
    expect(text.replace(/\s+/g, ' ')).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('“In phiếu duyệt” downloads the approval slip of a signed article, with a QR code of the slip', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-slip-'));
  try {
    const list = new ArticleListPage(app);
    await list.open();
    await list.row(TITLE).getByRole('link', { name: TITLE }).click();
    await expect(app.getByLabel('Tiêu đề', { exact: true })).toHaveValue(TITLE);
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'In phiếu duyệt' }).click();
    const file = join(dir, (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file).toMatch(/phieu-duyet-.*\.pdf$/);
    // The notice stays a few seconds: checked before the slow PDF checks below.
    await expect(app.getByText(/Đã tạo tệp phieu-duyet-.*\.pdf/)).toBeVisible();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('PHIẾU DUYỆT TIN BÀI');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(TITLE);
    expect(text).toContain('Trần Quốc Bảo – Phó Chủ tịch UBND thị xã');
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, join(dir, 'phieu')]);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-singlefile', file, join('test-results', 'screens', 'print-slip-page')]);
    const png = PNG.sync.read(readFileSync(join(dir, 'phieu.png')));
    const qr = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    // Version 2: the head it carries is sealed with the installation key (k = key id, g = signature).
    expect(qr?.data).toMatch(/^BBT-SLIP\/2;a=[^;]+;r=[^;]+;h=[0-9a-f]{64};f=[^;]+;s=\d+;c=[0-9a-f]{64};t=[^;]+;k=[0-9a-f]{32};g=[A-Za-z0-9_-]{86}$/);
    expect(text).toMatch(/Niêm phong mục số \d+ · [0-9a-f]{12}… ·/);
    expect(text.replace(/\s+/g, '')).toContain(qr!.data);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('“In phiếu duyệt” is offered only for an article with a valid sign-off', async ({ app }) => {
  const list = new ArticleListPage(app);
  await list.open();
  const draft = 'Tuyển sinh lớp trung cấp chăm sóc sức khỏe người cao tuổi';
  await list.row(draft).getByRole('link', { name: draft }).click();
  await expect(app.getByLabel('Tiêu đề', { exact: true })).toHaveValue(draft);
  await expect(app.getByRole('button', { name: 'In bài viết' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'In phiếu duyệt' })).toHaveCount(0);
});
