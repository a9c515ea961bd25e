// "Sao lưu" in the app (issue #12 item 3): backups made from the UI, "Khôi phục từ bản sao lưu" in the running
// app, the damaged-database drill from the banner, and who may do any of it.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { test, expect, invokeInPage, SAMPLE_PASSWORD } from './fixtures/app';
import { REPO_ROOT, startBrowserMode } from './fixtures/browser-mode';
import { BackupsPage } from './pages/BackupsPage';
import { LoginPage } from './pages/LoginPage';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: 'quantri' });

const NEW_CATEGORY = 'Chuyên mục thêm sau bản sao lưu';

test('an admin backs up now, changes data, restores that backup and finds the old data after logging in again', async ({ app, server, browser }) => {
  // Someone else is working in another browser meanwhile.
  const other = await (await browser.newContext()).newPage();
  await other.goto(await server.mintLink());
  await new LoginPage(other).login('bientap', SAMPLE_PASSWORD);
  const backups = new BackupsPage(app);
  await backups.open();
  await backups.backupNow();
  await expect(backups.rowsOf('Sao lưu tay')).toHaveCount(1);
  const made = backups.rowsOf('Sao lưu tay').first();
  await expect(made).toContainText('Đã kiểm tra');
  await expect(made).toContainText(/(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  // Its progress went through the events channel into the jobs list.
  await expect(app.getByRole('complementary', { name: 'Việc đang chạy' })).toContainText('Sao lưu ngay');
  await screenshot(app, 'backups-page');

  // A change after the backup: a new category.
  await app.getByRole('link', { name: 'Danh mục' }).click();
  const categories = app.getByLabel('Danh sách phân loại');
  await categories.fill(`${await categories.inputValue()}\n${NEW_CATEGORY}`);
  await app.getByRole('button', { name: 'Lưu danh mục' }).click();
  await expect(app.getByText('Đã lưu danh mục.')).toBeVisible();

  await backups.open();
  const dialog = await backups.askRestore(backups.rowsOf('Sao lưu tay').first());
  await expect(dialog).toContainText('dữ liệu hiện tại được sao lưu');
  await expect(dialog).toContainText('sẽ bị đăng xuất');
  await screenshot(app, 'backups-restore-dialog');
  const notice = await backups.confirmRestore();
  await expect(notice).toContainText(/Đã khôi phục dữ liệu từ bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(notice).toContainText(/truoc-khoi-phuc-\d{8}T\d{6}Z\.bbtbackup/);
  await screenshot(app, 'backups-login-after-restore');

  // The other user's session ended too: their next action lands on the login page, with the same notice.
  await other.getByRole('link', { name: 'Bài viết', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await expect(other.getByRole('status', { name: 'Đã khôi phục dữ liệu' })).toBeVisible();
  await other.context().close();

  await new LoginPage(app).login('quantri', SAMPLE_PASSWORD);
  await app.getByRole('link', { name: 'Danh mục' }).click();
  await expect(app.getByLabel('Danh sách phân loại')).not.toHaveValue(new RegExp(NEW_CATEGORY));
  // The state before the restore is itself a backup in the list.
  await backups.open();
  await expect(backups.rowsOf('Trước khi khôi phục')).toHaveCount(1);
  await expect(backups.rowsOf('Sao lưu tay')).toHaveCount(1);
});

test('backup settings: a folder inside the workspace is refused in Vietnamese; a folder elsewhere is kept', async ({ app, workspace }) => {
  const backups = new BackupsPage(app);
  await backups.open();
  const form = app.getByRole('form', { name: 'Cài đặt sao lưu tự động' });
  await form.getByLabel('Thư mục sao lưu').fill(join(workspace, 'sao-luu'));
  await form.getByRole('button', { name: 'Lưu cài đặt sao lưu' }).click();
  await expect(form.getByRole('alert')).toContainText('không được nằm trong thư mục dữ liệu');
  await form.getByLabel('Số bản hằng giờ giữ lại').fill('0');
  await form.getByRole('button', { name: 'Lưu cài đặt sao lưu' }).click();
  await expect(form.getByRole('alert')).toContainText('Nhập một số nguyên từ 1 đến 168.');
  await screenshot(app, 'backups-settings-errors');

  const usb = `${workspace}-usb`;
  await form.getByLabel('Thư mục sao lưu').fill(usb);
  await form.getByLabel('Số bản hằng giờ giữ lại').fill('12');
  await form.getByRole('button', { name: 'Lưu cài đặt sao lưu' }).click();
  await expect(app.getByText(/^Đã lưu cài đặt sao lưu/)).toBeVisible();
  await expect(app.getByText(`Thư mục sao lưu: ${usb}`)).toBeVisible();
  await app.reload();
  await expect(form.getByLabel('Thư mục sao lưu')).toHaveValue(usb);
  await expect(form.getByLabel('Số bản hằng giờ giữ lại')).toHaveValue('12');
  await backups.backupNow();
  await expect(backups.rowsOf('Sao lưu tay')).toHaveCount(1);
  rmSync(usb, { recursive: true, force: true });
});

test.describe('a non-admin', () => {
  test.use({ loginAs: 'bientap' });

  test('has no "Sao lưu" in the navigation, is refused on the page and by every backup method', async ({ app }) => {
    await expect(app.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sao lưu' })).toHaveCount(0);
    await app.evaluate(() => void (location.hash = '#/sao-luu'));
    await expect(app.getByRole('alert').filter({ hasText: 'Chỉ quản trị viên mới được xem các bản sao lưu.' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Sao lưu ngay' })).toBeDisabled();
    for (const [method, input] of [
      ['backup.view', {}],
      ['backup.runNow', {}],
      ['backup.saveSettings', { enabled: false, folder: null, hourly: 1, daily: 0, weekly: 0 }],
      ['backup.restore', { name: 'sao-luu-tay-20261203T020000Z.bbtbackup' }]
    ] as const) {
      const result = await invokeInPage(app, method, input);
      expect(result.ok, method).toBe(false);
      if (!result.ok) expect(result.error.code, method).toBe('FORBIDDEN');
    }
  });
});

test('the damaged-database drill: the banner offers the newest verified backup to the admin, and restoring it works', async ({ workspace, page }) => {
  // A sample workspace, closed cleanly, with an automatic backup made by the command line.
  const first = await startBrowserMode({ workspace, sample: true, password: SAMPLE_PASSWORD });
  expect(await first.stop()).toBe(0);
  mkdirSync(join(workspace, 'backup'), { recursive: true });
  const backupFile = join(workspace, 'backup', 'sao-luu-20261203T010000Z.bbtbackup');
  execFileSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'main', 'cli.ts'), 'backup', '--workspace', workspace, '--out', backupFile], { cwd: REPO_ROOT, stdio: 'pipe' });
  // Then a crash, and a failing disk overwrites the pages of the revisions table.
  const file = join(workspace, 'workspace.sqlite');
  const db = new Database(file);
  db.prepare("UPDATE meta SET value = '0' WHERE key = 'clean_shutdown'").run();
  const pages = db.prepare("SELECT pageno FROM dbstat WHERE name = 'article_revisions' AND pagetype = 'leaf'").pluck().all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(pages.length).toBeGreaterThan(0);
  const fd = openSync(file, 'r+');
  for (const p of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (p - 1) * pageSize);
  closeSync(fd);

  const server = await startBrowserMode({ workspace });
  try {
    await page.goto(server.url);
    await new LoginPage(page).login('quantri', SAMPLE_PASSWORD);
    const banner = page.getByRole('alert', { name: 'Kiểm tra cơ sở dữ liệu' });
    await expect(banner).toContainText('Cơ sở dữ liệu có lỗi.');
    const offer = banner.getByRole('button', { name: /^Khôi phục từ bản sao lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ });
    await expect(offer).toBeVisible();
    await screenshot(page, 'backups-damaged-banner');
    await offer.click();
    const notice = await new BackupsPage(page).confirmRestore();
    await expect(notice).toContainText('Đã khôi phục dữ liệu từ bản sao lưu');
    // The damaged database could not be backed up: its files were kept aside instead.
    await expect(notice).toContainText(/backup.truoc-khoi-phuc-\d{8}T\d{6}/);
    await new LoginPage(page).login('quantri', SAMPLE_PASSWORD);
    await expect(page.getByRole('alert', { name: 'Kiểm tra cơ sở dữ liệu' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Bài viết', exact: true }).click();
    await expect(page.getByRole('row').nth(1)).toBeVisible();
  } finally {
    await server.stop();
  }
});

test.describe('the network-share warning', () => {
  // The detection itself is unit-tested (network-share.test.ts); a temp folder is never on a share, so the
  // server's answer is amended here to show what the admin then sees.
  for (const [login, shown] of [
    ['quantri', true],
    ['bientap', false]
  ] as const) {
    test(`is ${shown ? 'shown to an admin' : 'not shown to an editor'}`, async ({ app }) => {
      await app.route('**/api/invoke', async (route) => {
        const body = route.request().postDataJSON() as { method?: string };
        if (body.method !== 'app.info') return route.continue();
        const response = await route.fetch();
        const json = (await response.json()) as { ok: boolean; value?: { user: unknown; networkShare: string | null } };
        if (json.ok && json.value?.user) json.value.networkShare = 'cifs //maychu/dulieu';
        await route.fulfill({ response, json });
      });
      if (login !== 'quantri') {
        await new LoginPage(app).logout();
        await new LoginPage(app).login(login, SAMPLE_PASSWORD);
      } else {
        await app.reload();
      }
      const warning = app.getByRole('alert', { name: 'Cảnh báo ổ mạng' });
      if (shown) {
        await expect(warning).toContainText('Dữ liệu đang nằm trên ổ mạng (cifs //maychu/dulieu).');
        await screenshot(app, 'backups-network-share-warning');
      } else {
        await expect(app.getByRole('heading', { name: 'Việc của tôi' })).toBeVisible();
        await expect(warning).toHaveCount(0);
      }
    });
  }
});
