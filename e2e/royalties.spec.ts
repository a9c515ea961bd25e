// "Nhuận bút": on the sample workspace (decisions for its published articles), Trưởng ban reads the month's
// "Bảng kê nhuận bút", changes one decision and sees the total follow, downloads the XLSX and the PDF and
// closes the month, after which the decision is read-only. An editor has no "Nhuận bút" at all; the
// administrator saves a new settings version past the form's Vietnamese checks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect, invokeInPage, SAMPLE_PASSWORD } from './fixtures/app';
import { LoginPage } from './pages/LoginPage';
import { RoyaltiesPage } from './pages/RoyaltiesPage';
import { screenshot } from './support/screens';

/** The sample's published articles are first published in November 2026. */
const MONTH = 11;
const YEAR = 2026;
const LABEL = `Tháng ${MONTH}/${YEAR}`;
const MONEY = /^\d{1,3}(\.\d{3})* đồng$/;
/** A "Bài" of the sample month: its coefficient range (1,2 – 2,5 in the example table) leaves room to change it. */
const ARTICLE = 'Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân 2026 – 2027';

const dong = (text: string) => Number(text.replace(/\D/g, ''));

test.describe('Trưởng ban', () => {
  test.use({ sample: true, loginAs: 'truongban' });

  test('reads the month’s report: people, amounts in đồng that add up, the total in words', async ({ app }) => {
    const r = new RoyaltiesPage(app);
    await r.openReport(MONTH, YEAR);
    const people = await r.personNames();
    expect(people.length).toBeGreaterThan(0);
    for (const amount of await r.amounts()) expect(amount).toMatch(MONEY);
    const subtotals = await Promise.all(people.map((p) => r.subtotal(p)));
    const total = await r.totalText();
    expect(total).toMatch(MONEY);
    expect(subtotals.reduce((sum, s) => sum + dong(s), 0)).toBe(dong(total));
    expect(await r.totalInWords()).toMatch(/^[A-ZĐÂÊÔƠƯÁÀẢÃẠ][a-zà-ỹđ ]+ đồng$/u);
    await expect(r.status()).toHaveText('Đang mở');
    await screenshot(app, 'royalties-report');
    // The office PCs' usual width: nothing overflows the page sideways.
    await app.setViewportSize({ width: 1280, height: 800 });
    expect(await app.locator('.page').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await screenshot(app, 'royalties-report-1280');
  });

  test('changes one article’s coefficient and the report’s total follows; the history records it', async ({ app }) => {
    const r = new RoyaltiesPage(app);
    await r.openReport(MONTH, YEAR);
    const before = dong(await r.totalText());
    await r.openArticle(ARTICLE);
    await expect(r.coefficient).toBeEditable();
    const [min, max] = await r.range();
    const shown = r.amount();
    await expect(shown).toHaveText(MONEY);
    const amountBefore = (await shown.textContent())!;
    const target = (await r.coefficient.inputValue()) === max ? min : max;
    await r.coefficient.fill('99');
    await expect(r.panel.getByText(`Hệ số phải trong khung ${min} – ${max}`)).toBeVisible();
    await r.coefficient.fill(target);
    // The panel shows the backend's new amount before anything is saved.
    await expect(shown).toHaveText(MONEY);
    await expect(shown).not.toHaveText(amountBefore);
    await r.saveDecision();
    await expect(shown).toHaveText(MONEY);
    const amountAfter = (await shown.textContent())!;
    await expect(app.getByRole('region', { name: 'Lịch sử' })).toContainText(/nhuận bút/i);
    await r.panel.getByRole('heading', { name: 'Nhuận bút' }).scrollIntoViewIfNeeded();
    await screenshot(app, 'royalties-decision-panel');
    // The month's total moves by exactly this article's change.
    await r.openReport(MONTH, YEAR);
    await expect.poll(async () => dong(await r.totalText())).toBe(before + dong(amountAfter) - dong(amountBefore));
  });

  test('downloads the report as XLSX and PDF with the people, the total and the signature block', async ({ app }) => {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-royalties-'));
    try {
      const r = new RoyaltiesPage(app);
      await r.openReport(MONTH, YEAR);
      const people = await r.personNames();
      const total = await r.totalText();
      const words = await r.totalInWords();

      const xlsx = await r.download('Tải Excel (.xlsx)', dir);
      expect(xlsx).toMatch(/\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(xlsx);
      const cells: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text).normalize('NFC')))));
      const sheetText = cells.join('\n');
      for (const p of people) expect(sheetText).toContain(p);
      expect(cells.some((c) => c === total || dong(c) === dong(total))).toBe(true);
      expect(sheetText).toContain(words);
      for (const sign of ['Người lập biểu', 'Kế toán', 'Thủ trưởng cơ quan']) expect(sheetText).toContain(sign);

      const pdf = await r.download('Tải PDF', dir);
      expect(pdf).toMatch(/\.pdf$/);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      expect(text).toMatch(/bảng kê nhuận bút/i);
      for (const p of people) expect(text).toContain(p);
      // The PDF's money column is headed "(đồng)": the total appears as the bare number.
      expect(text).toContain(total.replace(/ đồng$/, ''));
      expect(text).toContain(words);
      for (const sign of ['Người lập biểu', 'Kế toán', 'Thủ trưởng cơ quan']) expect(text).toContain(sign);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('closes the month: the decision of its articles can no longer be edited', async ({ app }) => {
    const r = new RoyaltiesPage(app);
    await r.openReport(MONTH, YEAR);
    await r.closePeriod(LABEL);
    await expect(app.getByRole('button', { name: 'Chốt kỳ' })).toHaveCount(0);
    await screenshot(app, 'royalties-report-closed');
    await r.openArticle(ARTICLE);
    await expect(r.panel.getByText(/đã chốt/)).toBeVisible();
    await expect(r.coefficient).toBeDisabled();
    await expect(r.panel.getByRole('button', { name: 'Lưu nhuận bút' })).toHaveCount(0);
    await r.panel.getByRole('heading', { name: 'Nhuận bút' }).scrollIntoViewIfNeeded();
    await screenshot(app, 'royalties-decision-closed');
  });
});

test.describe('Biên tập viên', () => {
  test.use({ sample: true, loginAs: 'bientap' });

  test('has no “Nhuận bút” and cannot open the report by its address', async ({ app }) => {
    const r = new RoyaltiesPage(app);
    await expect(r.nav.getByRole('link', { name: 'Bài viết' })).toBeVisible();
    await expect(r.navLink).toHaveCount(0);
    await r.openByUrl(`${YEAR}-${MONTH}`);
    await expect(app.getByRole('alert')).toHaveText(/Bạn không có quyền xem nhuận bút/);
    await expect(r.table).toHaveCount(0);
    // The handlers refuse too, whatever the screen shows.
    const refused = await invokeInPage(app, 'royalty.report', { period: `${YEAR}-${MONTH}` });
    expect(refused.ok).toBe(false);
  });
});

test.describe('Quản trị', () => {
  test.use({ sample: true, loginAs: 'quantri' });

  test('saves a new effective version of the settings after the Vietnamese checks', async ({ app }) => {
    const r = new RoyaltiesPage(app);
    await r.openSettings();
    await expect(app.getByText('Bảng mẫu — hãy thay bằng quy định của tỉnh/huyện')).toBeVisible();
    await screenshot(app, 'royalties-settings-top');
    const versions = await r.versions().count();
    const salary = app.getByLabel('Mức lương cơ sở (đồng)');
    await salary.fill('2,5 triệu');
    await app.getByLabel(/^Hệ số tối thiểu — /).first().fill('5');
    await app.getByLabel(/^Hệ số tối đa — /).first().fill('2');
    await app.getByLabel('Hệ số tối thiểu — Ảnh nghệ thuật').fill('1,555');
    await r.saveSettings();
    await expect(app.getByText('Mức lương cơ sở là số tiền đồng lớn hơn 0, ví dụ 2.340.000.')).toBeVisible();
    await expect(app.getByText('Hệ số tối đa phải lớn hơn hoặc bằng hệ số tối thiểu.')).toBeVisible();
    await expect(app.getByText('Hệ số chỉ có tối đa 2 chữ số thập phân.')).toBeVisible();
    await screenshot(app, 'royalties-settings-errors');

    await salary.fill('2530000');
    await salary.blur();
    await expect(salary).toHaveValue('2.530.000');
    await app.getByLabel(/^Hệ số tối thiểu — /).first().fill('1,5');
    await app.getByLabel(/^Hệ số tối đa — /).first().fill('3');
    await app.getByLabel('Hệ số tối thiểu — Ảnh nghệ thuật').fill('1');
    await r.saveSettings();
    await expect(app.getByRole('status').filter({ hasText: /^Đã lưu bảng nhuận bút áp dụng từ \d{2}\/\d{2}\/\d{4}\.$/ })).toBeVisible();
    await expect(r.versions()).toHaveCount(versions + 1);
    const current = r.versions().filter({ hasText: 'Đang áp dụng' });
    await expect(current).toContainText('2.530.000 đồng');
    await expect(current).toContainText('253.000 đồng');
    await expect(app.getByText('Bảng mẫu — hãy thay bằng quy định của tỉnh/huyện')).toHaveCount(0);
    await screenshot(app, 'royalties-settings');
  });

  test('a new table naming Biên tập viên among the deciders gives a logged-in editor “Nhuận bút” without a new login', async ({ app, server, browser }) => {
    const editorContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    try {
      const editorTab = await editorContext.newPage();
      const listening = editorTab.waitForResponse((r) => new URL(r.url()).pathname === '/api/events');
      await editorTab.goto(await server.mintLink());
      await new LoginPage(editorTab).login('bientap', SAMPLE_PASSWORD);
      await listening;
      const editorView = new RoyaltiesPage(editorTab);
      await expect(editorView.nav.getByRole('link', { name: 'Bài viết' })).toBeVisible();
      await expect(editorView.navLink).toHaveCount(0);

      const r = new RoyaltiesPage(app);
      await r.openSettings();
      const deciders = app.getByRole('group', { name: 'Ai được quyết định nhuận bút' });
      await deciders.getByRole('checkbox', { name: 'Biên tập viên' }).check();
      await r.saveSettings();
      await expect(app.getByRole('status').filter({ hasText: /^Đã lưu bảng nhuận bút/ })).toBeVisible();

      // The editor's open window follows: the menu entry appears and leads to the report.
      await expect(editorView.navLink).toBeVisible();
      await editorView.navLink.click();
      await expect(editorTab.getByRole('heading', { level: 1 })).toHaveText(/Bảng kê nhuận bút/);

      // Unticked again: the entry goes away as it came.
      await deciders.getByRole('checkbox', { name: 'Biên tập viên' }).uncheck();
      await r.saveSettings();
      await expect(editorView.navLink).toHaveCount(0);
    } finally {
      await editorContext.close();
    }
  });
});
