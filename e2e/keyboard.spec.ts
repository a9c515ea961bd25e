// The board's work with the keyboard only: writing and submitting, commenting and returning, signing off.
// No clicks: Tab, Shift+Tab, Enter, Escape and the documented shortcuts.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { ArticleWorkflow } from './pages/ArticleWorkflow';
import { KeyboardUser } from './pages/KeyboardUser';

test.use({ sample: true });
test.describe.configure({ mode: 'parallel' });

test.describe('Biên tập viên', () => {
  test.use({ loginAs: 'bientap' });
  test('skips to the content, writes a new article and sends it for review', async ({ app }) => {
    const kb = new KeyboardUser(app);
    const main = app.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Việc của tôi' })).toBeVisible();
    // The first Tab stop is the skip link; Enter moves the focus past the navigation.
    await kb.press('Tab');
    const skip = app.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    await kb.expectFocused(skip);
    await expect(skip).toBeInViewport();
    await kb.press('Enter');
    await kb.expectFocused(main);

    await kb.activate(app.getByRole('button', { name: 'Bài viết mới' }));
    const title = app.getByLabel('Tiêu đề', { exact: true });
    await expect(title).toBeVisible();
    await kb.tabTo(title);
    await kb.type('Thông báo lịch cắt điện ngày 05/12');
    const body = app.getByRole('textbox', { name: 'Nội dung', exact: true });
    await kb.tabTo(body);
    await kb.type('Điện lực thị xã thông báo cắt điện từ 7 giờ đến 11 giờ.');
    await expect(app.getByTestId('save-status')).toHaveText(/^Đã lưu/, { timeout: 15_000 });
    const flow = new ArticleWorkflow(app);
    await kb.activate(flow.action('Gửi duyệt'));
    await expect(flow.status()).toHaveText('Chờ biên tập');
  });
});

test.describe('Thành viên BBT', () => {
  test.use({ loginAs: 'thanhvien' });
  test('comments on selected words and returns the article with a reason', async ({ app }) => {
    const kb = new KeyboardUser(app);
    const title = 'Ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”';
    await kb.activate(app.getByRole('region', { name: /Chờ tôi biên tập/ }).getByRole('link', { name: title }));
    const body = app.getByRole('textbox', { name: 'Nội dung', exact: true });
    await expect(body).toBeVisible();
    await expect(app.getByTestId('save-status')).toBeVisible();

    // Select the first word with Shift+arrows, then Ctrl+Alt+M opens the comment box with the focus in it.
    await kb.tabTo(body);
    await kb.press('ControlOrMeta+Home');
    for (let i = 0; i < 6; i++) await kb.press('Shift+ArrowRight');
    await kb.press('Control+Alt+m');
    const box = app.getByRole('textbox', { name: 'Nội dung bình luận' });
    await kb.expectFocused(box);
    await kb.type('Ghi rõ thời gian ra quân.');
    await kb.press('Control+Enter');
    const comments = app.getByRole('region', { name: /^Bình luận/ });
    await expect(comments.getByText('Ghi rõ thời gian ra quân.')).toBeVisible();

    const flow = new ArticleWorkflow(app);
    await kb.activate(flow.action('Trả lại'));
    const dialog = app.getByRole('dialog', { name: 'Trả lại bài viết' });
    await kb.expectFocused(dialog.getByLabel('Lý do trả lại'));
    // Tab stays inside the dialog.
    for (let i = 0; i < 6; i++) await kb.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await kb.tabTo(dialog.getByLabel('Lý do trả lại'));
    await kb.type('Bổ sung thời gian và địa điểm.');
    await kb.activate(dialog.getByRole('button', { name: 'Xác nhận' }));
    await expect(flow.status()).toHaveText('Trả lại');
  });
});

test.describe('Trưởng ban', () => {
  test.use({ loginAs: 'truongban' });
  test('signs an article off with the password; Escape closes the dialog and gives the focus back', async ({ app }) => {
    const kb = new KeyboardUser(app);
    const title = 'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới';
    await kb.activate(app.getByRole('region', { name: /Chờ tôi ký duyệt/ }).getByRole('link', { name: title }));
    const flow = new ArticleWorkflow(app);
    const sign = flow.action('Ký duyệt');
    await kb.activate(sign);
    const dialog = app.getByRole('dialog', { name: 'Ký duyệt bài viết' });
    await expect(dialog).toBeVisible();
    await kb.press('Escape');
    await expect(dialog).toBeHidden();
    await kb.expectFocused(sign);

    await kb.press('Enter');
    await kb.expectFocused(dialog.getByLabel('Mật khẩu'));
    await kb.type(SAMPLE_PASSWORD);
    await kb.press('Enter');
    await expect(flow.status()).toHaveText('Đã duyệt');
    await expect(app.getByRole('note', { name: 'Chữ ký duyệt' })).toContainText('chữ ký hợp lệ');
  });
});
