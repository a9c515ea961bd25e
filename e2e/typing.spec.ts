// Vietnamese typing: OS IMEs (composition events) and Unikey/EVKey (Backspaces then replacement characters).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

/** What Unikey sends for Telex "Vieetj Nam": each keystroke, then Backspaces + replacement text when a mark applies. */
async function unikeyTelexVietNam(page: Page) {
  const k = page.keyboard;
  await k.type('Vie');
  await k.press('Backspace'); // "ee" → "ê"
  await k.insertText('ê');
  await k.type('t');
  await k.press('Backspace'); // "j" puts the dot below on ê: deletes "êt", inserts "ệt"
  await k.press('Backspace');
  await k.insertText('ệt');
  await k.type(' Nam');
}

/** An OS IME composes "tiếng" step by step, then commits. */
async function imeCompose(page: Page, steps: string[], commit: string) {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

async function bodyText(editor: ArticleEditorPage) {
  return (await editor.body.innerText()).replace(/\u00a0/g, ' ').trim();
}

test('Unikey-style and IME typing give exact NFC text that survives saving', async ({ app }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.field('Tiêu đề').fill('Kiểm tra gõ tiếng Việt');

  await editor.body.click();
  await unikeyTelexVietNam(app);
  await expect.poll(() => bodyText(editor)).toBe('Việt Nam');

  await app.keyboard.type(' ');
  await imeCompose(app, ['t', 'ti', 'tiê', 'tiên', 'tiếng'], 'tiếng');
  await expect.poll(() => bodyText(editor)).toBe('Việt Nam tiếng');

  // A tool that sends decomposed (NFD) text still stores NFC.
  await app.keyboard.insertText(' Ủy ban'.normalize('NFD'));
  await expect.poll(() => bodyText(editor)).toBe('Việt Nam tiếng Ủy ban');

  await editor.waitSaved();
  await screenshot(app, 'typing');
  await editor.reload();
  const text = await bodyText(editor);
  expect(text).toBe('Việt Nam tiếng Ủy ban');
  expect(text).toBe(text.normalize('NFC'));

  // Saved text is NFC too, so searching finds it.
  const list = new ArticleListPage(app);
  await list.search('viet nam tieng uy ban');
  await expect(list.resultLink(/Kiểm tra gõ tiếng Việt/)).toBeVisible();
});
