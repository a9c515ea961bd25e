// Accessibility of what is published (issue #14): an image without alternative text blocks "Xuất bản" with
// a message that says which image, "Đến chỗ này" shows it in the editor, and filling "Văn bản thay thế" in
// the image dialog (then signing again) clears the error.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, invokeInPage, SAMPLE_PASSWORD } from './fixtures/app';
import { LoginPage } from './pages/LoginPage';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { ArticleWorkflow } from './pages/ArticleWorkflow';
import { PublishingPage } from './pages/PublishingPage';
import { makePng } from './support/png';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: null });

/** The sample article waiting for the head's sign-off ("Chờ duyệt"). */
const AWAITING = 'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới';
const CAPTION = 'Cửa khẩu quốc tế Bình Hiệp';
const MISSING_ALT = `Ảnh thứ 1 (chú thích “${CAPTION}”) chưa có văn bản thay thế`;

async function openArticle(page: Page, title: string): Promise<void> {
  const list = new ArticleListPage(page);
  await list.open();
  await list.row(title).getByRole('link', { name: title }).click();
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
}

test('an image without alternative text blocks “Xuất bản” and says which; its alt text in the image dialog clears it', async ({ app }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'bbt-a11y-'));
  try {
    const login = new LoginPage(app);
    const pub = new PublishingPage(app);
    const flow = new ArticleWorkflow(app);
    const editor = new ArticleEditorPage(app);
    await login.login('quantri', SAMPLE_PASSWORD);
    const saved = await invokeInPage(app, 'target.save', { name: 'Ổ USB', type: 'folder', config: { folder: dir } });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    await login.logout();

    // A board member adds a photo with a caption only.
    const photo = join(dir, 'cua-khau.png');
    writeFileSync(photo, makePng(480, 270, [40, 90, 150]));
    await login.login('thanhvien', SAMPLE_PASSWORD);
    await openArticle(app, AWAITING);
    await editor.insertImageAtEnd(photo, CAPTION);
    await editor.waitSaved();
    await login.logout();

    // The head signs it; the checklist refuses it and names the image.
    await login.login('truongban', SAMPLE_PASSWORD);
    await openArticle(app, AWAITING);
    await flow.signOff(SAMPLE_PASSWORD);
    await expect(flow.status()).toHaveText('Đã duyệt');
    await pub.openPublishDialog('Ổ USB');
    const errors = pub.checklist().getByRole('list', { name: /Lỗi cần sửa/ });
    const line = errors.getByRole('listitem').filter({ hasText: MISSING_ALT });
    await expect(line).toContainText('điền “Văn bản thay thế”');
    await expect(pub.dialog.getByRole('button', { name: 'Xuất bản', exact: true })).toBeDisabled();
    await screenshot(app, 'publish-accessibility-error');

    // "Đến chỗ này": the dialog closes on the image, selected in the text.
    await line.getByRole('button', { name: 'Đến chỗ này' }).click();
    await expect(pub.dialog).toHaveCount(0);
    const located = editor.body.locator('figure[data-bbt-located]');
    await expect(located).toHaveCount(1);
    await expect(located.locator('figcaption')).toHaveText(CAPTION);
    await expect(located).toBeInViewport();
    await screenshot(app, 'publish-accessibility-located');
    await login.logout();

    // The board member describes the image in the dialog (a new version: the sign-off is voided).
    await login.login('thanhvien', SAMPLE_PASSWORD);
    await openArticle(app, AWAITING);
    await editor.waitEditable();
    await editor.body.locator('figure', { hasText: CAPTION }).click();
    const dialog = editor.imageDialog();
    await expect(dialog.getByLabel('Văn bản thay thế')).toHaveValue('');
    await expect(dialog).toContainText('Tả ngắn gọn ảnh cho thấy gì');
    await dialog.getByLabel('Văn bản thay thế').fill('Cổng cửa khẩu với mái vòm xanh, xe tải xếp hàng chờ làm thủ tục.');
    await screenshot(app, 'image-dialog-alt-text');
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(editor.body.locator('figure img')).toHaveAttribute('alt', 'Cổng cửa khẩu với mái vòm xanh, xe tải xếp hàng chờ làm thủ tục.');
    await editor.waitSaved();
    await login.logout();

    // Signed again: the checklist has nothing left about the image, and "Xuất bản" goes through.
    await login.login('truongban', SAMPLE_PASSWORD);
    await openArticle(app, AWAITING);
    await flow.signOff(SAMPLE_PASSWORD);
    await expect(flow.status()).toHaveText('Đã duyệt');
    await pub.openPublishDialog('Ổ USB');
    await expect(pub.checklist()).not.toContainText('văn bản thay thế');
    await expect(pub.checklist().getByRole('list', { name: /Lỗi cần sửa/ })).toHaveCount(0);
    await pub.confirmPublish();
    await expect(pub.panelLine('Ổ USB').locator('.badge')).toHaveText('Đã xuất bản', { timeout: 20_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
