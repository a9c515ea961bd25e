// Hostile and odd input in the editor: web images in a paste (downloaded by the app, or a placeholder to
// fetch later), a 20 MB paste from Word, and a paste too big to take. The "remote server" is a local HTTP
// server started by each test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect, invokeInPage } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { makeNoisePng, makePng } from './support/png';
import { screenshot } from './support/screens';
import { bodyToHtml } from '../src/core/editor/body';
import type { Article } from '../src/shared/article';
import { DISK_FULL_MESSAGE } from '../src/main/dispatch';

test.use({ sample: true });

interface ImageServer {
  origin: string;
  host: string;
  close(): Promise<void>;
}

/** Serves `png` at any path on 127.0.0.1 (on `port` when given). */
async function startImageServer(png: Buffer, port = 0): Promise<ImageServer> {
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: `http://${host}`,
    host,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  };
}

async function openNewArticle(app: Page): Promise<ArticleEditorPage> {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.waitEditable();
  return editor;
}

async function savedArticle(app: Page): Promise<Article> {
  const id = new URL(app.url()).hash.replace('#/bai-viet/', '');
  const r = await invokeInPage(app, 'article.get', { id });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Article;
}

test('a pasted web image is downloaded into the workspace; nothing saved points at the remote server', async ({ app }) => {
  const remote = await startImageServer(makePng(480, 270));
  try {
    const editor = await openNewArticle(app);
    await editor.pasteHtml(
      `<p>Lễ khánh thành cầu mới.</p><p><img src="${remote.origin}/cau.png" alt="Cầu mới"></p><p>Người dân phấn khởi.</p>`,
      'Lễ khánh thành cầu mới. Người dân phấn khởi.'
    );
    const image = editor.body.locator('figure.bbt-image img');
    await expect(image).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}$/);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
    await expect(editor.body.locator('.bbt-remote-image')).toHaveCount(0);
    await editor.waitSaved();

    const saved = await savedArticle(app);
    expect(saved.body.json).toMatch(/"src":"media:[0-9a-f]{64}"/);
    expect(saved.body.json).not.toContain(remote.host);
    expect(bodyToHtml(saved.body)).not.toContain(remote.host);
  } finally {
    await remote.close();
  }
});

test('with the server down the image waits as a placeholder; "Tải lại" fetches it once the server is up', async ({ app }) => {
  const probe = await startImageServer(Buffer.alloc(0));
  const host = probe.host;
  await probe.close();

  const editor = await openNewArticle(app);
  await editor.pasteHtml(`<p>Ảnh hiện trường:</p><img src="http://${host}/hien-truong.png" alt="Hiện trường">`, 'Ảnh hiện trường:');
  const box = editor.remoteImage(host);
  await expect(box).toContainText('Không kết nối được tới');
  // Lexical puts a src-less <img> next to a block decorator as a caret anchor; nothing is loaded from anywhere.
  await expect(editor.body.locator('img[src]')).toHaveCount(0);
  await editor.waitSaved();
  await screenshot(app, 'remote-image-placeholder');

  const waiting = await savedArticle(app);
  expect(waiting.body.json).toContain('"type":"remote-image"');
  expect(waiting.body.json).not.toMatch(/"src":"http/);
  const html = bodyToHtml(waiting.body);
  expect(html).not.toContain('<img');
  expect(html).toContain(`Ảnh chưa tải về: ${host}`);

  const port = Number(host.split(':')[1]);
  const remote = await startImageServer(makePng(320, 180), port);
  try {
    await box.getByRole('button', { name: 'Tải lại' }).click();
    await expect(editor.body.locator('figure.bbt-image img')).toHaveAttribute('src', /^\/media\//);
    await expect(box).toHaveCount(0);
    await editor.waitSaved();
    const saved = await savedArticle(app);
    expect(saved.body.json).not.toContain('remote-image');
    expect(saved.body.json).not.toContain(host);
  } finally {
    await remote.close();
  }
});

const TEN_WORDS = 'Ủy ban nhân dân thị xã tổ chức hội nghị';

test('a 20 MB paste from Word with embedded photos is taken: photos become workspace media and the article saves', async ({ app }) => {
  const photos = [0, 1, 2].map(() => makeNoisePng(1700, 1000).toString('base64'));
  const text = Array.from({ length: 3000 }, () => `<p class=MsoNormal>${TEN_WORDS}</p>`).join('');
  const html = `<html><body>${text.slice(0, text.length / 2)}${photos.map((b) => `<p><img src="data:image/png;base64,${b}"></p>`).join('')}${text.slice(text.length / 2)}</body></html>`;
  expect(html.length).toBeGreaterThan(20_000_000);

  const editor = await openNewArticle(app);
  // The photos' uploads are held back until the busy state has been looked at.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await app.route('**/api/invoke', async (route) => {
    if (route.request().headers()['x-bbt-method'] === 'media.upload') await held;
    await route.fallback();
  });
  await editor.pasteHtml(html, TEN_WORDS);
  await expect(editor.pasteBusy()).toBeVisible();
  await expect(editor.body).toHaveAttribute('contenteditable', 'false');
  await screenshot(app, 'big-paste-busy');
  release();
  await expect(editor.pasteBusy()).toBeHidden({ timeout: 30_000 });
  await app.unroute('**/api/invoke');
  await expect(editor.body).toHaveAttribute('contenteditable', 'true');
  await expect(editor.body.locator('figure.bbt-image img')).toHaveCount(3);
  await expect(editor.wordCount()).toHaveText('30.000 từ');
  await editor.waitSaved();

  const saved = await savedArticle(app);
  expect(saved.body.json).not.toContain('data:image');
  expect(saved.body.json.match(/"src":"media:[0-9a-f]{64}"/g)).toHaveLength(3);
  expect(saved.body.json.length).toBeLessThan(3_000_000);
  expect(saved.wordCount).toBe(30_000);
});

test('a paste too big to take is refused with a message and the saved text stays', async ({ app }) => {
  const editor = await openNewArticle(app);
  await editor.typeInBody('Đoạn đã lưu trước khi dán.');
  await editor.waitSaved();

  await editor.pastePlain('chữ '.repeat(5_000_000));
  await expect(app.getByRole('alert').filter({ hasText: 'Nội dung dán quá lớn' })).toContainText('tối đa 1.000.000 ký tự');
  await screenshot(app, 'big-paste-refused');
  await expect(editor.body).toHaveText('Đoạn đã lưu trước khi dán.');
  await editor.reload();
  await expect(editor.body).toHaveText('Đoạn đã lưu trước khi dán.');
});

test('the word count is right in the frame after a paste, not after the typing pause', async ({ app }) => {
  const editor = await openNewArticle(app);
  await editor.body.click();
  const text = Array.from({ length: 200 }, () => TEN_WORDS).join('\n');
  const shown = await editor.body.evaluate(async (el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return document.querySelector('[aria-label="Số từ"]')?.textContent;
  }, text);
  expect(shown).toBe('2.000 từ');
});

// The server side of a full disk (real SQLITE_FULL and ENOSPC) is tested in src/main/handlers/disk-full.test.ts;
// here the save calls answer as that server does while the disk is full, to see what the user sees.
test('a full disk: the status says the draft is not saved, the text stays, and the save is retried by itself', async ({ app }) => {
  const editor = await openNewArticle(app);
  await editor.typeInBody('Đoạn đã lưu.');
  await editor.waitSaved();

  const full = JSON.stringify({ ok: false, error: { code: 'DISK_FULL', message: DISK_FULL_MESSAGE } });
  await app.route('**/api/invoke', (route) =>
    route.request().headers()['x-bbt-method'] === 'article.save' ? route.fulfill({ contentType: 'application/json', body: full }) : route.fallback()
  );
  await app.keyboard.type(' Câu viết khi ổ đĩa đầy.');
  await expect(editor.saveStatus).toHaveText(DISK_FULL_MESSAGE);
  await expect(editor.body).toHaveText('Đoạn đã lưu. Câu viết khi ổ đĩa đầy.');
  await screenshot(app, 'disk-full-status');

  await app.unroute('**/api/invoke');
  await expect(editor.saveStatus).toHaveText(/^Đã lưu/, { timeout: 30_000 });
  await editor.reload();
  await expect(editor.body).toHaveText('Đoạn đã lưu. Câu viết khi ổ đĩa đầy.');
});
