// Review comments: pinned to words, following them through edits, replies, resolve and reopen, counts in
// the list, and a return ("Trả lại") that points the author at the comments.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { ArticleWorkflow } from './pages/ArticleWorkflow';
import { CommentsPanel } from './pages/CommentsPanel';
import { LoginPage } from './pages/LoginPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

const TITLE = 'Hội nghị tổng kết công tác năm 2026';

test('comment on a phrase, the comment follows its words through edits, reply, resolve and reopen', async ({ app }) => {
  const list = new ArticleListPage(app);
  await list.newArticle();
  const editor = new ArticleEditorPage(app);
  const comments = new CommentsPanel(app);
  await editor.field('Tiêu đề').fill(TITLE);
  await editor.typeInBody('Hội nghị diễn ra tại hội trường Ủy ban vào sáng thứ Sáu.');
  await editor.waitSaved();

  // Select "hội trường Ủy ban" with the keyboard and comment on it.
  await editor.caretToLineEnd();
  for (let i = 0; i < ' vào sáng thứ Sáu.'.length; i++) await app.keyboard.press('ArrowLeft');
  await editor.selectBack('hội trường Ủy ban'.length);
  await comments.comment('Ghi rõ hội trường nào, tầng mấy.');
  const thread = comments.thread('Ghi rõ hội trường nào');
  await expect(thread).toContainText('“hội trường Ủy ban”');
  await expect.poll(() => comments.highlightedTexts()).toEqual(['hội trường Ủy ban']);

  // A second, overlapping comment.
  await comments.selectPhrase('Ủy ban vào sáng');
  await comments.comment('Sáng hay chiều?');
  await expect.poll(async () => (await comments.highlightedTexts()).sort()).toEqual(['hội trường Ủy ban', 'Ủy ban vào sáng']);
  await screenshot(app, 'comments-panel');

  // Edits before and inside the text: the comments stay on their words, also after a reload.
  await editor.body.click();
  await app.keyboard.press('ControlOrMeta+Home');
  await app.keyboard.type('Sáng nay, ');
  await editor.waitSaved();
  await expect.poll(async () => (await comments.highlightedTexts()).sort()).toEqual(['hội trường Ủy ban', 'Ủy ban vào sáng']);
  await editor.reload();
  await expect.poll(async () => (await comments.highlightedTexts()).sort()).toEqual(['hội trường Ủy ban', 'Ủy ban vào sáng']);

  // Clicking commented words opens their thread.
  await comments.clickPhrase('hội trường');
  await expect(thread).toHaveAttribute('aria-current', 'true');

  // Reply, resolve, find it under "Đã giải quyết", reopen.
  await comments.reply(thread, 'Hội trường tầng 2, nhà A.');
  await thread.getByRole('button', { name: 'Giải quyết' }).click();
  await expect(app.getByText(/Đã giải quyết bình luận/)).toBeVisible();
  await expect(thread).toHaveCount(0);
  await expect.poll(() => comments.highlightedTexts()).toEqual(['Ủy ban vào sáng']);
  await comments.filter('Đã giải quyết').check();
  await expect(thread).toContainText('Đã giải quyết bởi');
  await expect(thread).toContainText('Hội trường tầng 2, nhà A.');
  await screenshot(app, 'comments-resolved');
  await thread.getByRole('button', { name: 'Mở lại' }).click();
  await comments.filter('Chưa giải quyết').check();
  await expect(thread.getByRole('button', { name: 'Giải quyết' })).toBeVisible();

  // Nothing of it is in the article: the body has only the text.
  await expect(editor.body).toHaveText('Sáng nay, Hội nghị diễn ra tại hội trường Ủy ban vào sáng thứ Sáu.');

  // The list shows how many comments are open.
  await list.open();
  await expect(list.row(TITLE).getByRole('cell').last()).toHaveText('2 bình luận chưa giải quyết');
  await screenshot(app, 'comments-count-in-list');
});

test('the approver returns the article pointing at a comment, comments on the read-only text, and the author jumps to it', async ({ app }) => {
  const login = new LoginPage(app);
  const flow = new ArticleWorkflow(app);
  const comments = new CommentsPanel(app);
  const editor = new ArticleEditorPage(app);
  const list = new ArticleListPage(app);
  const title = 'Phỏng vấn: Phát triển kinh tế cửa khẩu gắn với bảo vệ biên giới';

  await login.logout();
  await login.login('truongban', SAMPLE_PASSWORD);
  await list.open();
  await list.row(title).getByRole('link', { name: title }).click();
  await expect(flow.status()).toHaveText('Chờ duyệt');
  await comments.selectPhrase('khoảng 410 triệu USD');
  await comments.comment('Đề nghị ghi số liệu chính xác theo báo cáo của Hải quan.');

  await flow.action('Trả lại').click();
  const dialog = app.getByRole('dialog', { name: 'Trả lại bài viết' });
  await expect(dialog.getByRole('checkbox', { name: /khoảng 410 triệu USD/ })).toBeChecked();
  await screenshot(app, 'comments-return-dialog');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(flow.status()).toHaveText('Trả lại');

  // Returned, the text is read-only for the approver, who can still comment on it.
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');
  await comments.selectPhrase('Bộ đội Biên phòng');
  await comments.comment('Viết đúng tên đơn vị: Bộ đội Biên phòng tỉnh.');
  await expect.poll(async () => (await comments.highlightedTexts()).sort()).toEqual(['Bộ đội Biên phòng', 'khoảng 410 triệu USD']);

  // The author sees which words to fix and jumps to the comment.
  await login.logout();
  await login.login('bientap', SAMPLE_PASSWORD);
  const returned = app.getByRole('region', { name: /Bị trả lại cho tôi/ });
  await expect(returned.getByRole('listitem').filter({ hasText: title })).toContainText('2 bình luận chưa giải quyết');
  await screenshot(app, 'comments-my-work');
  await returned.getByRole('link', { name: title }).click();
  const note = app.getByRole('note', { name: 'Lý do trả lại' });
  await expect(note).toContainText('Đề nghị sửa theo 1 bình luận trong bài.');
  await note.getByRole('button', { name: /khoảng 410 triệu USD/ }).click();
  await expect(comments.thread('Hải quan')).toHaveAttribute('aria-current', 'true');
  // "Của tôi": the author has not written any of them yet.
  await comments.region.getByRole('checkbox', { name: 'Của tôi' }).check();
  await expect(comments.region).toContainText('Không có bình luận nào khớp bộ lọc.');
  await comments.region.getByRole('checkbox', { name: 'Của tôi' }).uncheck();
  await screenshot(app, 'comments-returned-author');
});
