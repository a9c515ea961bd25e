import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProtocolHandler, isAppUrl } from './protocol';
import { parseShellArgs } from './args';
import { instanceKey } from './instance-lock';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const JPEG_HASH = 'c'.repeat(64);
let root: string;
let handle: (request: Request) => Promise<Response>;
let loggedIn = true;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bbt-proto-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<title>Ban Biên Tập</title>');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  handle = createProtocolHandler({ rendererDir: join(root, 'renderer'), getMedia: (h) => (h === JPEG_HASH ? JPEG : null), canReadMedia: () => loggedIn });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bbt:// protocol', () => {
  it('serves the renderer with the strict CSP', async () => {
    const res = await handle(new Request('bbt://app/index.html'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Ban Biên Tập');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses paths outside the renderer and unknown hosts', async () => {
    for (const url of ['bbt://app/%2e%2e/secret.txt', 'bbt://app/..%2fsecret.txt', 'bbt://other/index.html']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
    }
  });

  it('serves media by hash with the sniffed type', async () => {
    const res = await handle(new Request(`bbt://media/${JPEG_HASH}`));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handle(new Request('bbt://media/not-a-hash'))).status).toBe(404);
  });

  it('serves media only while an app window is logged in, like browser mode', async () => {
    loggedIn = false;
    try {
      const res = await handle(new Request(`bbt://media/${JPEG_HASH}`));
      expect(res.status).toBe(401);
      expect(new Uint8Array(await res.arrayBuffer())).not.toEqual(JPEG);
    } finally {
      loggedIn = true;
    }
  });

  it('recognises only our app origin as trusted', () => {
    expect(isAppUrl('bbt://app/index.html')).toBe(true);
    expect(isAppUrl('bbt://media/' + JPEG_HASH)).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('shell arguments and instance key', () => {
  it('reads --workspace and --sample among Chromium switches', () => {
    expect(parseShellArgs(['/opt/electron', 'out/main/index.js', '--no-sandbox', '--workspace', '/tmp/ws', '--sample'])).toEqual({ workspace: '/tmp/ws', sample: true });
    expect(parseShellArgs(['electron', '.', '--workspace=/tmp/x'])).toEqual({ workspace: '/tmp/x', sample: false });
  });

  it('gives each workspace its own lock key, case-insensitive on Windows', () => {
    expect(instanceKey('/tmp/a', 'linux')).not.toBe(instanceKey('/tmp/b', 'linux'));
    expect(instanceKey('C:\\Users\\A\\ws', 'win32')).toBe(instanceKey('c:\\users\\a\\WS', 'win32'));
  });
});
