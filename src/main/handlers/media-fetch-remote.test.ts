// media.fetchRemote through dispatch against a real local HTTP server: a web image pasted into an article is
// downloaded by the main process and stored like an upload; anything else leaves the placeholder with a reason.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, type Article } from '../../shared/article';
import type { Output } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { openApp, type App } from '../app';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { HttpRemoteImageFetcher } from '../adapters/remote-image-fetcher';
import { ok, refusal } from './testing';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** Cheaper password hashing: these tests are about input, not logins. */
const FAST = { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT };
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };
const MEMBER = { connectionId: 'test:member' };

let dir: string;
let app: App;
let server: Server;
let base: string;
let requests: string[];

beforeEach(async () => {
  requests = [];
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    switch (req.url) {
      case '/anh.png':
        res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
        return;
      case '/trang.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>không phải ảnh</html>');
        return;
      case '/gia-anh.png':
        res.writeHead(200, { 'content-type': 'image/png' }).end('<svg onload=alert(1)>');
        return;
      case '/khong-khai-kich-thuoc.png': {
        // No Content-Length (chunked): the cap must hold while reading.
        res.writeHead(200, { 'content-type': 'image/png' });
        const chunk = Buffer.alloc(1024 * 1024, 1);
        chunk.set(PNG);
        for (let i = 0; i <= MAX_IMAGE_BYTES / chunk.length; i++) res.write(chunk);
        res.end();
        return;
      }
      case '/cham.png':
        setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG), 2000);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'bbt-remote-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { ...FAST, remoteImages: new HttpRemoteImageFetcher(500) } });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  for (const [conn, login, role] of [[AUTHOR, 'bientap', 'bien_tap_vien'], [MEMBER, 'thanhvien', 'thanh_vien']] as const) {
    await ok(app.dispatch('users.create', { login, fullName: `Người ${login}`, position: '', roles: [role], password: `${login}-123456` }, ADMIN));
    await ok(app.dispatch('auth.login', { login, password: `${login}-123456` }, conn));
  }
});
afterEach(async () => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function newArticle(): Promise<string> {
  return (await ok<Article>(app.dispatch('article.create', {}, AUTHOR))).id;
}

const fetchRemote = (articleId: string, url: string, conn = AUTHOR) => app.dispatch('media.fetchRemote', { articleId, url }, conn);

describe('media.fetchRemote', () => {
  it('downloads a web image into the workspace, like an upload', async () => {
    const info = await ok<Output<'media.fetchRemote'>>(fetchRemote(await newArticle(), `${base}/anh.png`));
    expect(info).toMatchObject({ mime: 'image/png', size: PNG.length });
    expect(Buffer.from(app.media.get(info.hash)!)).toEqual(PNG);
  });

  it('refuses addresses that are not http(s) before anything is fetched', async () => {
    const articleId = await newArticle();
    for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/a.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA']) {
      expect((await refusal(fetchRemote(articleId, url))).code).toBe(ErrorCode.INVALID_INPUT);
    }
  });

  it('checks the edit right from the session before downloading', async () => {
    const err = await refusal(fetchRemote(await newArticle(), `${base}/anh.png`, MEMBER));
    expect(err.code).toBe(ErrorCode.FORBIDDEN);
    expect(requests).toEqual([]);
  });

  it('gives the reason in Vietnamese for a missing image, a web page, a disguised file, a slow server and a closed port', async () => {
    const articleId = await newArticle();
    const missing = await refusal(fetchRemote(articleId, `${base}/khong-co.png`));
    expect(missing).toMatchObject({ code: ErrorCode.REMOTE_IMAGE_FAILED });
    expect(missing.message).toContain('báo lỗi 404');
    const page = await refusal(fetchRemote(articleId, `${base}/trang.html`));
    expect(page).toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE, message: expect.stringContaining('không trả về ảnh') });
    const disguised = await refusal(fetchRemote(articleId, `${base}/gia-anh.png`));
    expect(disguised).toMatchObject({ code: ErrorCode.UNSUPPORTED_FILE, message: expect.stringContaining('“gia-anh.png” không phải ảnh') });
    const slow = await refusal(fetchRemote(articleId, `${base}/cham.png`));
    expect(slow.message).toContain('trả lời quá chậm');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const offline = await refusal(fetchRemote(articleId, `http://127.0.0.1:${port}/anh.png`));
    expect(offline.message).toContain('Không kết nối được tới “127.0.0.1:');
  });

  it('stops reading an image bigger than the limit even when the server does not say its size', async () => {
    const err = await refusal(fetchRemote(await newArticle(), `${base}/khong-khai-kich-thuoc.png`));
    expect(err.code).toBe(ErrorCode.REMOTE_IMAGE_FAILED);
    expect(err.message).toMatch(/nặng hơn giới hạn 10 MB/);
  });
});
