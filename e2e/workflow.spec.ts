// The board's chain: author → reviewer returns → author fixes → reviewer forwards → head signs → an edit voids it.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { LoginPage } from './pages/LoginPage';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { ArticleWorkflow } from './pages/ArticleWorkflow';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: null });

const TITLE = 'Thông báo lịch cắt điện khu vực Phường 2';

test('a login with a wrong password is refused', async ({ app }) => {
  await expect(app.getByText('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG')).toBeVisible();
  const login = new LoginPage(app);
  await login.fill('bientap', 'sai-mat-khau');
  await expect(app.getByRole('alert')).toContainText('không đúng');
  await expect(app.getByRole('button', { name: 'Đăng xuất' })).toHaveCount(0);
  await screenshot(app, 'login-refused');
});

test('write, return with a reason, fix, forward, sign with the password; an edit afterwards voids the sign-off', async ({ app }) => {
  test.setTimeout(120_000);
  const login = new LoginPage(app);
  const editor = new ArticleEditorPage(app);
  const flow = new ArticleWorkflow(app);

  // The author writes and submits.
  await login.login('bientap', SAMPLE_PASSWORD);
  await new ArticleListPage(app).newArticle();
  await editor.field('Tiêu đề').fill(TITLE);
  await editor.typeInBody('Điện lực thị xã thông báo cắt điện từ 7 giờ đến 11 giờ ngày 05/12.');
  await editor.waitSaved();
  const articleUrl = new URL(app.url()).hash;
  await flow.act('Gửi duyệt');
  await expect(flow.status()).toHaveText('Chờ biên tập');
  await login.logout();

  // The reviewer returns it with a reason.
  await login.login('thanhvien', SAMPLE_PASSWORD);
  const toReview = app.getByRole('region', { name: /Chờ tôi biên tập/ });
  await toReview.getByRole('link', { name: TITLE }).click();
  await expect(flow.action('Ký duyệt')).toBeDisabled();
  await flow.returnWithReason('Ghi rõ các tuyến đường bị ảnh hưởng.');
  await expect(flow.status()).toHaveText('Trả lại');
  await login.logout();

  // The author sees the reason prominently, fixes and resubmits.
  await login.login('bientap', SAMPLE_PASSWORD);
  const returned = app.getByRole('region', { name: /Bị trả lại cho tôi/ });
  await expect(returned).toContainText('Ghi rõ các tuyến đường bị ảnh hưởng.');
  await screenshot(app, 'my-work-returned');
  await returned.getByRole('link', { name: TITLE }).click();
  await expect(app.getByRole('note', { name: 'Lý do trả lại' })).toContainText('Ghi rõ các tuyến đường bị ảnh hưởng.');
  await editor.body.click();
  await app.keyboard.press('ControlOrMeta+End');
  await app.keyboard.type(' Các tuyến: đường 30/4, đường Lê Lợi.');
  await editor.waitSaved();
  await flow.act('Gửi duyệt');
  await login.logout();

  // The reviewer forwards it to the head of the board.
  await login.login('thanhvien', SAMPLE_PASSWORD);
  await app.goto(new URL(app.url()).origin + '/' + articleUrl);
  await flow.act('Chuyển trình duyệt');
  await expect(flow.status()).toHaveText('Chờ duyệt');
  await login.logout();

  // The head signs with the password; a wrong password is refused first.
  await login.login('truongban', SAMPLE_PASSWORD);
  await app.getByRole('region', { name: /Chờ tôi ký duyệt/ }).getByRole('link', { name: TITLE }).click();
  await flow.signOff('khong-dung');
  await expect(app.getByRole('dialog').getByRole('alert')).toBeVisible();
  await app.getByRole('dialog').getByLabel('Mật khẩu').fill(SAMPLE_PASSWORD);
  await app.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(flow.status()).toHaveText('Đã duyệt');
  const badge = app.getByRole('note', { name: 'Chữ ký duyệt' });
  await expect(badge).toContainText('chữ ký hợp lệ');
  await expect(badge).toContainText('Phó Chủ tịch');
  await screenshot(app, 'signed');

  // Any later edit voids the approval: back to Chờ duyệt, and the history says why.
  await editor.field('Tiêu đề').fill(TITLE + ' (cập nhật)');
  await expect(flow.status()).toHaveText('Chờ duyệt', { timeout: 15_000 });
  await expect(app.getByRole('region', { name: 'Lịch sử' })).toContainText(/ký duyệt/i);
  await expect(app.getByRole('note', { name: 'Chữ ký duyệt' })).toHaveCount(0);
  await screenshot(app, 'signoff-voided');
});
