// One workspace, one process: a second browser mode on an open workspace is refused with a message
// naming the holder; after a crash (SIGKILL) the next start checks the database and tells the admin.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { startBrowserMode } from './fixtures/browser-mode';
import { LoginPage } from './pages/LoginPage';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: null });

test('a second browser mode on an open workspace is refused with a Vietnamese message naming the holder', async ({ server, workspace }) => {
  const refused = startBrowserMode({ workspace });
  await expect(refused).rejects.toThrow(/exited with code 1 before printing its URL/);
  await expect(refused).rejects.toThrow(/Không mở được kho dữ liệu: kho đang được mở bởi Ban Biên Tập \(chế độ trình duyệt\) trên máy .+, tiến trình \d+/);
  expect(server.log()).not.toContain('[lock]'); // the holder is untouched
});

test('after the app was killed, the admin is told the database was checked and found sound', async ({ app, server, workspace }) => {
  await server.kill();
  const again = await startBrowserMode({ workspace });
  try {
    expect(again.log()).toContain('taking over the stale lock');
    await app.goto(again.url);
    await new LoginPage(app).login('quantri', SAMPLE_PASSWORD);
    const banner = app.getByRole('status', { name: 'Kiểm tra cơ sở dữ liệu' });
    await expect(banner).toContainText('Lần trước chương trình không được đóng đúng cách; đã kiểm tra cơ sở dữ liệu lúc');
    await expect(banner).toContainText('không có lỗi.');
    await screenshot(app, 'startup-check-after-crash');
    await banner.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(banner).toBeHidden();

    // An editor is not bothered with a check that found nothing.
    await new LoginPage(app).logout();
    await new LoginPage(app).login('bientap', SAMPLE_PASSWORD);
    await expect(app.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    await expect(app.getByText('không được đóng đúng cách')).toHaveCount(0);
  } finally {
    await again.stop();
  }
});
