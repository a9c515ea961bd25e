// Discovery against the emulator: profiles, entity type, proposed mapping, and each problem in Vietnamese.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from '../sharepoint-emulator';
import { connector, SEED_MAPPING } from './test-fixtures';

describe.each(['2013', '2016'] as const)('discover on SharePoint %s', (profile) => {
  let sp: SharePointEmulator;
  beforeAll(async () => { sp = await startSharePointEmulator({ profile }); });
  afterAll(() => sp.close());

  it('detects the profile, reads the list and proposes the mapping from Vietnamese column titles', async () => {
    const c = connector(sp, { mapping: {} });
    const d = await c.discover();
    expect(d.problems).toEqual([]);
    expect(d.ok).toBe(true);
    expect(d.summary).toContain(profile === '2013' ? 'SharePoint 2013 (odata=verbose)' : 'JSON light');
    expect(d.summary).toContain('“Tin Tức Mở Rộng”');
    expect(d.proposedMapping).toEqual(SEED_MAPPING);
    expect(d.uniqueKey).toBe(true);
    expect(d.schedules).toBe(false);
    expect(d.categories).toEqual(['Tin tức – sự kiện', 'Thông báo', 'Chỉ đạo – điều hành', 'Văn bản', 'Cải cách hành chính', 'Kinh tế', 'Văn hóa – Xã hội', 'Quốc phòng – An ninh', 'Nông thôn mới']);
    expect(d.articleTypes).toEqual(['Tin', 'Tin ảnh', 'Bài', 'Phóng sự', 'Phỏng vấn', 'Tổng hợp', 'Tường thuật', 'Bình luận', 'Nghiên cứu']);
    const names = d.columns.map((x) => x.name);
    expect(names).toContain('Ngu_x1ed3_n_x0020_tin');
    expect(names).not.toContain('ID');
    expect(names).not.toContain('Author');
    expect(d.columns.find((x) => x.name === 'NoiDung')).toEqual({ name: 'NoiDung', title: 'Nội dung', type: 'HTML', required: true });
    // The list was addressed by title once, then by its GUID; the entity type came from ListItemEntityTypeFullName.
    expect(sp.requests.some((r) => r.path.includes('ListItemEntityTypeFullName'))).toBe(true);
  });

  it('honours a configured profile', async () => {
    const d = await connector(sp, { profile }).discover();
    expect(d.ok).toBe(true);
  });

  it('explains a missing list', async () => {
    const d = await connector(sp, { list: "Tin O'Neil" }).discover();
    expect(d.ok).toBe(false);
    expect(d.problems).toEqual([{ code: 'missing_list', message: expect.stringContaining('“Tin O\'Neil”') }]);
  });

  it('explains mapped columns that do not exist and required columns nothing is mapped to', async () => {
    const { category: _c, ...rest } = SEED_MAPPING;
    const d = await connector(sp, { mapping: { ...rest, summary: 'TrichYeu' } }).discover();
    expect(d.ok).toBe(false);
    expect(d.problems.map((p) => p.code)).toEqual(['missing_columns', 'missing_columns']);
    expect(d.problems[0]?.message).toContain('Tóm tắt → “TrichYeu”');
    expect(d.problems[1]?.message).toContain('“Phân loại” (PhanLoai)');
  });

  it('reports a wrong password (401) and an account without access (403)', async () => {
    const wrong = await connector(sp, {}, {}, 'sai-mat-khau').discover();
    expect(wrong.problems).toEqual([{ code: 'auth', message: expect.stringContaining('HTTP 401') }]);
    const none = await connector(sp, { user: 'PORTAL\\khach' }).discover();
    expect(none.problems).toEqual([{ code: 'forbidden', message: expect.stringContaining('HTTP 403') }]);
  });
});

describe('discover: network problems', () => {
  it('connection refused', async () => {
    const sp = await startSharePointEmulator();
    await sp.close();
    const d = await connector(sp).discover();
    expect(d.problems).toEqual([{ code: 'unreachable', message: expect.stringContaining('từ chối kết nối') }]);
  });

  it('bad URL and unknown host (DNS)', async () => {
    const sp = await startSharePointEmulator();
    try {
      expect((await connector(sp, { url: 'cong thong tin' }).discover()).problems[0]?.code).toBe('bad_url');
      expect((await connector(sp, { url: 'ftp://cong.gov.vn/sites/portal' }).discover()).problems[0]?.code).toBe('bad_url');
      const dns = await connector(sp, { url: 'http://khong-ton-tai.invalid/sites/portal' }).discover();
      expect(dns.problems).toEqual([{ code: 'dns', message: expect.stringContaining('DNS') }]);
    } finally {
      await sp.close();
    }
  });

  it('a site that is not SharePoint (404 on _api)', async () => {
    const sp = await startSharePointEmulator();
    try {
      const d = await connector(sp, { url: `${sp.url}/khong-phai-sharepoint` }).discover();
      expect(d.problems[0]?.code).toBe('no_api');
    } finally {
      await sp.close();
    }
  });
});

function selfSignedCert(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-sp-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', join(dir, 'k.pem'),
      '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('discover: TLS and timeouts', () => {
  const cert = selfSignedCert();
  it.skipIf(cert === null)('a self-signed certificate is a TLS problem', async () => {
    const server = createHttpsServer({ ...(cert as { key: Buffer; cert: Buffer }) }, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const sp = { webUrl: `https://127.0.0.1:${port}/sites/portal` } as SharePointEmulator;
      const d = await connector(sp).discover();
      expect(d.problems).toEqual([{ code: 'tls', message: expect.stringContaining('TLS') }]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a server that accepts but never answers is a timeout', async () => {
    const sockets = new Set<Socket>();
    const server = createTcpServer((s) => { sockets.add(s); s.on('error', () => {}); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const sp = { webUrl: `http://127.0.0.1:${port}/sites/portal` } as SharePointEmulator;
      const d = await connector(sp, {}, { timeoutMs: 200 }).discover();
      expect(d.problems).toEqual([{ code: 'timeout', message: expect.stringContaining('không trả lời') }]);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
