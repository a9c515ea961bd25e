// axe-core on every screen and dialog, for each role's screens: no critical or serious WCAG 2.1 A/AA violation,
// one main landmark, one h1, everything inside landmarks, headings in order.
import { test, expect, invokeInPage } from './fixtures/app';
import { expectAccessible, expectDialogAccessible } from './support/axe';
import { AppShell } from './pages/AppShell';
import { CommentsPanel } from './pages/CommentsPanel';
import { FirstRunPage } from './pages/FirstRunPage';
import { BackupsPage } from './pages/BackupsPage';
import { PublishingPage } from './pages/PublishingPage';
import { makePng } from './support/png';

// Independent screens: run on both workers.
test.describe.configure({ mode: 'parallel' });

const DRAFT = 'Hội nghị sơ kết công tác chuyển đổi số 9 tháng năm 2026';
const WAITING = 'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới';
const PUBLISHED = 'Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao';
const APPROVED = 'Bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán';

test.describe('logged out', () => {
  test.use({ sample: true, loginAs: null });
  test('the login screen', async ({ app }) => {
    await expect(app.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
    await expectAccessible(app, 'Đăng nhập');
  });
});

test.describe('a new workspace', () => {
  test.use({ sample: false, loginAs: null });
  test('creating the administrator and the agency profile', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(app, 'Tạo tài khoản quản trị');
    const first = new FirstRunPage(app);
    await first.createAdmin();
    await expect(app.getByText('Bước 2/2')).toBeVisible();
    await expectAccessible(app, 'Thông tin cơ quan (lần đầu)');
  });
});

test.describe('Biên tập viên', () => {
  test.use({ sample: true, loginAs: 'bientap' });
  test('my work, the article list and search', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.goto('#/', 'Việc của tôi');
    await expectAccessible(app, 'Việc của tôi');
    await shell.goto('#/bai-viet', 'Bài viết');
    await expect(app.getByRole('table', { name: 'Bài viết' })).toBeVisible();
    await expectAccessible(app, 'Bài viết');
    await shell.goto('#/bai-viet?q=nong%20thon', 'Tìm kiếm bài viết');
    await expect(app.getByRole('list', { name: 'Kết quả tìm kiếm' })).toBeVisible();
    await expectAccessible(app, 'Tìm kiếm');
  });

  test('the article editor, its dialogs and the versions panel', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.openArticle(DRAFT);
    await expectAccessible(app, 'Bài viết (soạn)');
    const body = app.getByRole('textbox', { name: 'Nội dung', exact: true });
    await body.click();
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Chèn ảnh', exact: true }).click();
    await (await chooser).setFiles({ name: 'anh.png', mimeType: 'image/png', buffer: makePng(64, 48) });
    await expect(app.getByRole('dialog', { name: 'Thông tin ảnh' })).toBeVisible();
    await expectDialogAccessible(app, 'Thông tin ảnh');
    await shell.closeDialog('Thông tin ảnh');
    for (const [button, dialog] of [
      ['Chèn liên kết', 'Chèn liên kết'],
      ['Chèn bảng', 'Chèn bảng'],
      ['Lưu phiên bản', 'Lưu phiên bản'],
      ['Đổi mật khẩu', 'Đổi mật khẩu']
    ] as const) {
      if (button.startsWith('Chèn')) await body.click();
      await shell.openDialog(button, new RegExp(dialog));
      await expectDialogAccessible(app, dialog);
      await shell.closeDialog(new RegExp(dialog));
    }
    await app.getByRole('button', { name: 'Phiên bản', exact: true }).click();
    await expect(app.getByRole('complementary', { name: 'Phiên bản' })).toBeVisible();
    await expectAccessible(app, 'Bài viết với bảng Phiên bản');
    const versions = app.getByRole('complementary', { name: 'Phiên bản' });
    await versions.getByRole('checkbox').first().check();
    await versions.getByRole('button', { name: 'So sánh' }).click();
    await expect(app.getByRole('dialog', { name: /So sánh/ })).toBeVisible();
    await expectDialogAccessible(app, 'So sánh hai phiên bản');
    await shell.closeDialog(/So sánh/);
  });
});

test.describe('Thành viên BBT', () => {
  test.use({ sample: true, loginAs: 'thanhvien' });
  test('my work and an article with a comment being written', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.goto('#/', 'Việc của tôi');
    await expectAccessible(app, 'Việc của tôi (Thành viên BBT)');
    await shell.openArticle('Ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”');
    const comments = new CommentsPanel(app);
    await comments.selectPhrase('Sáng');
    await comments.region.getByRole('button', { name: 'Bình luận', exact: true }).click();
    await expect(app.getByRole('textbox', { name: 'Nội dung bình luận' })).toBeFocused();
    await expectAccessible(app, 'Bài viết với bình luận đang viết');
  });
});

test.describe('Trưởng ban', () => {
  test.use({ sample: true, loginAs: 'truongban' });
  test('an article waiting for sign-off, its dialogs, the audit log and the queue', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.openArticle(WAITING);
    await expectAccessible(app, 'Bài viết (chờ duyệt)');
    const bar = app.getByRole('toolbar', { name: 'Quy trình duyệt' });
    for (const [button, dialog] of [
      ['Trả lại', 'Trả lại bài viết'],
      ['Ký duyệt', 'Ký duyệt bài viết']
    ] as const) {
      await bar.getByRole('button', { name: button, exact: true }).click();
      await expect(app.getByRole('dialog', { name: dialog })).toBeVisible();
      await expectDialogAccessible(app, dialog);
      await shell.closeDialog(dialog);
    }
    await shell.openArticle(PUBLISHED);
    await expect(app.getByRole('region', { name: /Nhuận bút/ })).toBeVisible();
    await expectAccessible(app, 'Bài viết đã xuất bản, với quyết định nhuận bút');
    await shell.openArticle(APPROVED);
    await expectAccessible(app, 'Bài viết (đã duyệt)');
    const publishing = new PublishingPage(app);
    await publishing.publishButton().click();
    await expect(publishing.dialog).toBeVisible();
    await expect(publishing.checklist().getByText('Đang kiểm tra bài…')).toHaveCount(0);
    await expectDialogAccessible(app, 'Xuất bản lên cổng');
    await shell.closeDialog('Xuất bản lên cổng');
    await shell.goto('#/nhat-ky', 'Nhật ký');
    await expectAccessible(app, 'Nhật ký');
    await shell.goto('#/hang-doi', 'Hàng đợi xuất bản');
    await expectAccessible(app, 'Hàng đợi xuất bản');
    await shell.goto('#/nhuan-but?ky=2026-11', 'Bảng kê nhuận bút');
    await expect(app.getByRole('table').first()).toBeVisible();
    await expectAccessible(app, 'Bảng kê nhuận bút');
    await app.getByRole('button', { name: 'Chốt kỳ' }).click();
    await expect(app.getByRole('dialog', { name: /^Chốt kỳ/ })).toBeVisible();
    await expectDialogAccessible(app, 'Chốt kỳ');
    await shell.closeDialog(/^Chốt kỳ/);
  });
});

test.describe('Quản trị', () => {
  test.use({ sample: true, loginAs: 'quantri' });
  test('users, portals, the agency, lists, bulletins', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.goto('#/nguoi-dung', 'Người dùng');
    await expectAccessible(app, 'Người dùng');
    await shell.openDialog('Thêm người dùng', 'Thêm người dùng');
    await expectDialogAccessible(app, 'Thêm người dùng');
    await shell.closeDialog('Thêm người dùng');
    await app.getByRole('button', { name: 'Đặt lại mật khẩu bientap' }).click();
    await expect(app.getByRole('dialog', { name: 'Đặt lại mật khẩu cho bientap' })).toBeVisible();
    await expectDialogAccessible(app, 'Đặt lại mật khẩu');
    await shell.closeDialog('Đặt lại mật khẩu cho bientap');
    await shell.goto('#/cong-thong-tin', 'Cổng thông tin');
    await expectAccessible(app, 'Cổng thông tin');
    await shell.goto('#/co-quan', /Thông tin cơ quan/);
    await expectAccessible(app, 'Thông tin cơ quan');
    await shell.goto('#/danh-muc', /Danh mục/);
    await expectAccessible(app, 'Danh mục');
    await shell.goto('#/ban-tin', 'Bản tin');
    await expectAccessible(app, 'Bản tin');
    await shell.goto('#/thong-tin-ban-tin', /Thông tin/);
    await expectAccessible(app, 'Thông tin bản tin');
    await shell.goto('#/ban-tin', 'Bản tin');
    await app.getByRole('link', { name: /Số \d+/ }).first().click();
    await expect(app.getByRole('heading', { level: 1, name: /Bản tin Số \d+/ })).toBeVisible();
    await expectAccessible(app, 'Soạn bản tin');
  });

  test('backups and the royalty settings', async ({ app }) => {
    const shell = new AppShell(app);
    await shell.goto('#/sao-luu', 'Sao lưu');
    const backups = new BackupsPage(app);
    await backups.backupNow();
    await expectAccessible(app, 'Sao lưu');
    const restore = await backups.askRestore(app.getByRole('row').filter({ hasText: /sao lưu tay/i }).first());
    await expect(restore).toBeVisible();
    await expectDialogAccessible(app, 'Khôi phục từ bản sao lưu');
    await shell.closeDialog('Khôi phục từ bản sao lưu');
    await shell.goto('#/nhuan-but?ky=2026-Q3', 'Bảng kê nhuận bút');
    await app.getByRole('button', { name: 'Mở lại kỳ' }).click();
    await expect(app.getByRole('dialog', { name: /^Mở lại kỳ/ })).toBeVisible();
    await expectDialogAccessible(app, 'Mở lại kỳ');
    await shell.closeDialog(/^Mở lại kỳ/);
    await shell.goto('#/nhuan-but/cai-dat', 'Cài đặt nhuận bút');
    await expectAccessible(app, 'Cài đặt nhuận bút');
  });

  test('the lock screen', async ({ app }) => {
    await expect(app.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
    expect(await invokeInPage(app, 'auth.lock', {})).toMatchObject({ ok: true });
    await app.reload();
    await expect(app.getByRole('dialog', { name: 'Màn hình đã khóa' })).toBeVisible();
    await expectAccessible(app, 'Màn hình đã khóa');
  });
});
