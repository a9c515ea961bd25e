import { test, expect, invokeInPage, SAMPLE_PASSWORD } from './fixtures/app';
import { startBrowserMode } from './fixtures/browser-mode';
import { makePng } from './support/png';

test('opens the app in browser mode, and the API refuses calls without the token', async ({ app, server }) => {
  await expect(app).toHaveTitle('Ban Biên Tập');
  // The token left the address bar (it now lives in an HttpOnly cookie the page cannot read).
  expect(app.url()).not.toContain('token=');
  expect(await app.evaluate('document.cookie')).toBe('');

  const info = await invokeInPage(app, 'app.info');
  expect(info).toMatchObject({ ok: true, value: { mode: 'browser' } });

  const withoutToken = await app.evaluate(async () => {
    const res = await fetch('/api/invoke', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'x-bbt-request': '1' },
      body: JSON.stringify({ method: 'app.info', input: {} })
    });
    return { status: res.status, body: await res.text() };
  });
  expect([401, 403]).toContain(withoutToken.status);
  expect(withoutToken.body).not.toContain('workspace');

  const wrongToken = await app.request.post(`${server.origin}/api/invoke`, {
    headers: { 'x-bbt-token': 'wrong', 'x-bbt-request': '1', 'content-type': 'application/json' },
    data: { method: 'app.info', input: {} }
  });
  expect(wrongToken.status()).toBe(403);
});

test('the printed link opens the app once: another browser is refused until it gets a new link', async ({ app, server, browser }) => {
  await expect(app).toHaveTitle('Ban Biên Tập');
  const other = await browser.newContext();
  try {
    const page = await other.newPage();
    await page.goto(server.url);
    await expect(page.locator('body')).toContainText('Đường dẫn này đã được dùng');
    expect(await page.evaluate(() => 'bridge' in globalThis)).toBe(false);

    await page.goto(await server.mintLink());
    await page.waitForFunction(() => 'bridge' in window);
    expect(await invokeInPage(page, 'app.info')).toMatchObject({ ok: true, value: { mode: 'browser' } });
  } finally {
    await other.close();
  }
  // A second tab of the first browser needs no link: it shares that browser's cookie.
  const tab = await app.context().newPage();
  await tab.goto(server.origin + '/');
  await tab.waitForFunction(() => 'bridge' in window);
  expect(await invokeInPage(tab, 'app.info')).toMatchObject({ ok: true });
});

test('calls need a login: refused before, accepted after the first-run administrator is created', async ({ app }) => {
  const before = await invokeInPage(app, 'article.list', {});
  expect(before).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  const setup = await invokeInPage(app, 'auth.setup', { login: 'quantri', fullName: 'Quản Trị', position: '', password: 'mat-khau-dai-8' });
  expect(setup).toMatchObject({ ok: true });
  expect(await invokeInPage(app, 'article.list', {})).toMatchObject({ ok: true });
});

test('an uploaded image is shown from its media URL (cookie-authenticated, allowed by the CSP)', async ({ app }) => {
  await invokeInPage(app, 'auth.setup', { login: 'quantri', fullName: 'Quản Trị', position: '', password: 'mat-khau-dai-8', alsoEditor: true });
  const article = (await invokeInPage(app, 'article.create', {})) as { value: { id: string } };
  const uploaded = await invokeInPage(app, 'media.upload', { articleId: article.value.id, fileName: 'ảnh.png', mime: 'image/png', dataBase64: makePng(40, 30).toString('base64') });
  expect(uploaded).toMatchObject({ ok: true, value: { mime: 'image/png' } });
  const hash = (uploaded as { value: { hash: string } }).value.hash;
  const size = await app.evaluate(
    (h) =>
      new Promise<string>((resolve) => {
        const bridge = (globalThis as unknown as { bridge: { mediaUrl(hash: string): string } }).bridge;
        const doc = (globalThis as unknown as { document: { createElement(tag: 'img'): { src: string; naturalWidth: number; naturalHeight: number; onload: () => void; onerror: () => void } } }).document;
        const img = doc.createElement('img');
        img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`);
        img.onerror = () => resolve('error');
        img.src = bridge.mediaUrl(h);
      }),
    hash
  );
  expect(size).toBe('40x30');
});

test('stopping browser mode closes the workspace cleanly, and it opens again with its data', async ({ workspace }) => {
  const first = await startBrowserMode({ workspace, sample: true, password: SAMPLE_PASSWORD });
  expect(await first.stop()).toBe(0);
  expect(first.log()).toContain('workspace closed cleanly');

  const second = await startBrowserMode({ workspace });
  try {
    expect(second.log()).not.toContain('did not close cleanly');
    expect(new URL(second.url).searchParams.get('token')).not.toBe(new URL(first.url).searchParams.get('token'));
    const tokenCookie = await second.tokenCookie();
    const headers = { 'content-type': 'application/json', 'x-bbt-request': '1' };
    const login = await fetch(`${second.origin}/api/invoke`, {
      method: 'POST',
      headers: { ...headers, 'x-bbt-method': 'auth.login', cookie: tokenCookie },
      body: JSON.stringify({ method: 'auth.login', input: { login: 'bientap', password: SAMPLE_PASSWORD } })
    });
    const sid = login.headers.getSetCookie().find((c) => c.startsWith('bbt_sid_'))?.split(';')[0];
    expect(sid).toBeTruthy();
    const list = await fetch(`${second.origin}/api/invoke`, {
      method: 'POST',
      headers: { ...headers, 'x-bbt-method': 'article.search', cookie: `${tokenCookie}; ${sid!}` },
      body: JSON.stringify({ method: 'article.search', input: { query: 'kien tuong' } })
    });
    const result = (await list.json()) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value.length).toBeGreaterThan(0);
  } finally {
    await second.stop();
  }
});
