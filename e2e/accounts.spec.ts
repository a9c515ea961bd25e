// The administrator manages accounts; everything is recorded in the audit history.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { LoginPage } from './pages/LoginPage';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: 'quantri' });

test('the administrator creates an editor who can then log in; a disabled account cannot', async ({ app }) => {
  const login = new LoginPage(app);
  await app.getByRole('link', { name: 'Người dùng' }).click();
  await app.getByRole('button', { name: 'Thêm người dùng' }).click();
  const dialog = app.getByRole('dialog', { name: 'Thêm người dùng' });
  await dialog.getByLabel('Họ và tên').fill('Võ Thị Hoa');
  await dialog.getByLabel('Chức vụ').fill('Phóng viên');
  await dialog.getByLabel('Tên đăng nhập').fill('hoa');
  await dialog.getByLabel('Mật khẩu ban đầu').fill('Hoa-mat-khau-1');
  await dialog.getByLabel('Biên tập viên').check();
  await dialog.getByRole('button', { name: 'Lưu người dùng' }).click();
  const table = app.getByRole('table', { name: 'Danh sách người dùng' });
  await expect(table.getByRole('row', { name: /Võ Thị Hoa/ })).toContainText('Biên tập viên');
  await screenshot(app, 'users');

  await login.logout();
  await login.login('hoa', 'Hoa-mat-khau-1');
  await expect(app.getByText('Võ Thị Hoa — Phóng viên')).toBeVisible();
  await login.logout();

  await login.login('quantri', SAMPLE_PASSWORD);
  await app.getByRole('link', { name: 'Người dùng' }).click();
  await app.getByRole('button', { name: 'Sửa hoa' }).click();
  await app.getByRole('dialog').getByLabel('Khóa tài khoản (không cho đăng nhập)').check();
  await app.getByRole('dialog').getByRole('button', { name: 'Lưu người dùng' }).click();
  await expect(table.getByRole('row', { name: /Võ Thị Hoa/ })).toContainText('Đã khóa');

  await app.getByRole('link', { name: 'Nhật ký' }).click();
  const audit = app.getByRole('table', { name: 'Nhật ký' });
  await expect(audit).toContainText('Tạo tài khoản');
  await expect(audit).toContainText('Đăng nhập');
  await screenshot(app, 'audit');

  await login.logout();
  await login.fill('hoa', 'Hoa-mat-khau-1');
  await expect(app.getByRole('alert')).toContainText('vô hiệu hóa');
});

test('an account that is both Quản trị and Trưởng ban is flagged on the Users page and audited', async ({ app }) => {
  await app.getByRole('link', { name: 'Người dùng' }).click();
  await app.getByRole('button', { name: 'Sửa truongban' }).click();
  await app.getByRole('dialog').getByLabel('Quản trị', { exact: true }).check();
  await app.getByRole('dialog').getByRole('button', { name: 'Lưu người dùng' }).click();
  const row = app.getByRole('table', { name: 'Danh sách người dùng' }).getByRole('row', { name: /Trần Quốc Bảo/ });
  await expect(row).toContainText('Quản trị kiêm Trưởng ban');
  await expect(app.getByRole('status').filter({ hasText: 'giữ cả vai trò Quản trị và Trưởng ban' })).toContainText('Trần Quốc Bảo');
  await app.getByRole('link', { name: 'Nhật ký' }).click();
  await expect(app.getByRole('table', { name: 'Nhật ký' })).toContainText('giữ cả vai trò Quản trị và Trưởng ban');
});
