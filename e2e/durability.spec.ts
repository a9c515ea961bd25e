// Nothing acknowledged is lost: after "Đã lưu", even a killed process (crash, power cut) keeps the text.
import { test, expect, SAMPLE_PASSWORD } from './fixtures/app';
import { startBrowserMode } from './fixtures/browser-mode';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { LoginPage } from './pages/LoginPage';

test.use({ sample: true });

test('an autosaved article survives the app being killed', async ({ app, server, workspace }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Bản tin sáng thứ Hai');
  await editor.typeInBody('Nội dung đã được lưu trước khi mất điện.');
  await editor.waitSaved();
  const url = app.url();

  await server.kill();
  const again = await startBrowserMode({ workspace });
  try {
    await app.goto(again.url);
    await new LoginPage(app).login('bientap', SAMPLE_PASSWORD);
    await app.goto(again.origin + '/' + new URL(url).hash);
    await expect(editor.field('Tiêu đề')).toHaveValue('Bản tin sáng thứ Hai');
    await expect(editor.body).toContainText('Nội dung đã được lưu trước khi mất điện.');
  } finally {
    await again.stop();
  }
});
