// "In bài viết": the open article as a PDF with the agency header and the "Chịu trách nhiệm chính" block,
// downloaded by the browser; the text comes back exactly from pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join('test-results', 'screens', 'print-article-page')]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text.replace(/\s+/g, ' ')).toContain(TITLE);
    expect(text).toContain('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
    expect(text.replace(/\s+/g, ' ')).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu');
    await expect(app.getByText(/Đã tạo tệp .*\.pdf/)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
