// The administrator sets how long autosaves are kept and can thin old ones at once.
import { test, expect } from './fixtures/app';
import { screenshot } from './support/screens';

test.use({ sample: true, loginAs: 'quantri' });

test('the version retention policy is saved, kept after reload, and old autosaves are thinned on demand', async ({ app }) => {
  await app.getByRole('link', { name: 'Người dùng' }).click();
  const section = app.getByRole('region', { name: 'Lưu giữ phiên bản' });
  const hours = section.getByLabel('Giữ mọi bản lưu tự động trong (giờ)');
  const days = section.getByLabel('Sau đó giữ mỗi giờ một bản đến (ngày)');
  await expect(hours).toHaveValue('24');
  await expect(days).toHaveValue('14');

  // An out-of-range value is refused with a Vietnamese message.
  await hours.fill('0');
  await section.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(section.getByRole('alert')).toContainText('từ 1 đến');

  await hours.fill('6');
  await days.fill('30');
  await section.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(app.getByText('Đã lưu chính sách lưu giữ phiên bản.')).toBeVisible();
  await app.reload();
  await expect(hours).toHaveValue('6');
  await expect(days).toHaveValue('30');

  await section.getByRole('button', { name: 'Dọn bản lưu cũ ngay' }).click();
  await expect(app.getByText(/Đã lược bớt \d+ bản lưu tự động\./)).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await screenshot(app, 'retention-settings');
});
