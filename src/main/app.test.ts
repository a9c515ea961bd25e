import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../shared/events';
import { openApp } from './app';

const dirs: string[] = [];
const tempWorkspace = () => {
  const d = join(mkdtempSync(join(tmpdir(), 'bbt-app-')), 'ws');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(join(d, '..'), { recursive: true, force: true });
});

describe('openApp', () => {
  it('creates the workspace folder with the database and media folder; the first run needs an administrator', async () => {
    const dir = tempWorkspace();
    const first = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(first.services.accounts.needsSetup()).toBe(true);
    await first.services.accounts.setup({ login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' });
    first.close();
    expect(existsSync(join(dir, 'workspace.sqlite'))).toBe(true);
    expect(existsSync(join(dir, 'media'))).toBe(true);
    const again = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(again.services.accounts.needsSetup()).toBe(false);
    expect((await again.services.accounts.login('quantri', 'quantri-123')).name).toBe('Nguyễn Văn Hùng');
    again.close();
  });

  it('creates the sample accounts once, with the given password or a generated one', async () => {
    const given = openApp({ workspaceDir: tempWorkspace(), mode: 'cli', sample: true, samplePassword: 'mau-12345678', log: () => {} });
    expect(given.samplePassword).toBe('mau-12345678');
    const truongban = await given.services.accounts.login('truongban', 'mau-12345678');
    expect(truongban).toMatchObject({ position: 'Phó Chủ tịch UBND thị xã', roles: ['truong_ban'] });
    for (const login of ['quantri', 'bientap', 'thanhvien']) expect((await given.services.accounts.login(login, 'mau-12345678')).login).toBe(login);
    given.close();

    const dir = tempWorkspace();
    const generated = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
    const password = generated.samplePassword!;
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect((await generated.services.accounts.login('bientap', password)).roles).toEqual(['bien_tap_vien']);
    generated.close();
    const reopened = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
    expect(reopened.samplePassword).toBeNull();
    expect((await reopened.services.accounts.login('quantri', password)).roles).toEqual(['quan_tri']);
    reopened.close();
  });

  it('keeps saved articles across reopening', () => {
    const dir = tempWorkspace();
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    const a = app.services.articles.create({ title: 'Lưu bền vững' }, app.ctx.user);
    app.close();
    const reopened = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    expect(reopened.services.articles.get(a.id).title).toBe('Lưu bền vững');
    reopened.close();
  });

  it('closes the PDF engine when it closes (a browser kept for printing must not outlive the command line)', async () => {
    let closed = 0;
    const lines: string[] = [];
    const pdf = { render: async () => new Uint8Array(), close: async () => void closed++ };
    openApp({ workspaceDir: tempWorkspace(), mode: 'cli', log: () => {}, overrides: { pdf } }).close();
    expect(closed).toBe(1);
    const failing = { render: pdf.render, close: async () => Promise.reject(new Error('browser gone')) };
    openApp({ workspaceDir: tempWorkspace(), mode: 'cli', log: (l) => lines.push(l), overrides: { pdf: failing } }).close();
    await expect.poll(() => lines).toContain('[app] closing the PDF engine failed: browser gone');
  });
});

describe('content hash with the real hasher', () => {
  it('is SHA-256 hex and identical for NFC and NFD input', () => {
    const dir = tempWorkspace();
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {} });
    const title = 'Ủy ban nhân dân thị xã Kiến Tường';
    const a = app.services.articles.create({ title }, app.ctx.user);
    const b = app.services.articles.create({ title: title.normalize('NFD') }, app.ctx.user);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.contentHash).toBe(a.contentHash);
    expect(app.services.articles.get(b.id).title).toBe(title);
    app.close();
  });
});

describe('the composition root', () => {
  /** Every object reachable from `root` through own fields (the services' dependencies), database handles aside. */
  function reachable(root: object): Set<object> {
    const seen = new Set<object>();
    const visit = (value: unknown) => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      const kind = value.constructor?.name ?? '';
      if (kind === 'Database' || kind === 'Statement') return;
      seen.add(value);
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key]);
      if (Array.isArray(value)) value.forEach(visit);
    };
    visit(root);
    return seen;
  }

  it('builds each repository once: every service reaches the same instance', () => {
    const app = openApp({ workspaceDir: tempWorkspace(), mode: 'cli', log: () => {} });
    try {
      const byClass = new Map<string, Set<object>>();
      for (const o of reachable(app.services)) {
        const kind = o.constructor?.name ?? '';
        if (/^Sqlite/.test(kind)) byClass.set(kind, (byClass.get(kind) ?? new Set()).add(o));
      }
      const counts = Object.fromEntries([...byClass].map(([kind, instances]) => [kind, instances.size]));
      // The services reach every repository of the store (not only a few)…
      expect(Object.keys(counts).sort()).toEqual(
        expect.arrayContaining([
          'SqliteAccountRepository',
          'SqliteArticleRepository',
          'SqliteArticleViewRepository',
          'SqliteAuditLog',
          'SqliteCommentRepository',
          'SqliteHistoryRepository',
          'SqliteKeyRepository',
          'SqliteKeyVault',
          'SqliteLockRepository',
          'SqliteProfileRepository',
          'SqliteSecuritySettingsRepository',
          'SqliteSettingsRepository',
          'SqliteSignOffRepository',
          'SqliteVersionRepository',
          'SqliteWorkflowRepository'
        ])
      );
      // …and each through one instance.
      for (const [kind, n] of Object.entries(counts)) expect({ kind, n }).toEqual({ kind, n: 1 });
      // The store's repositories are those same instances.
      expect(reachable(app.services).has(app.store.articles)).toBe(true);
      expect(reachable(app.services).has(app.store.audit)).toBe(true);
    } finally {
      app.close();
    }
  });

  it('installs nothing after construction: every service is frozen', async () => {
    const app = openApp({ workspaceDir: tempWorkspace(), mode: 'cli', log: () => {} });
    try {
      const services = Object.entries(app.services);
      expect(services.length).toBeGreaterThan(15);
      expect(Object.isFrozen(app.services)).toBe(true);
      for (const [name, service] of services) expect({ name, frozen: Object.isFrozen(service) }).toEqual({ name, frozen: true });
      expect(() => Object.assign(app.services.articles, { guard: null })).toThrow(TypeError);
      // A frozen service still works: an unknown login is checked against the lazily made dummy hash.
      await expect(app.services.accounts.login('khong-co', 'mat-khau-sai')).rejects.toThrow();
    } finally {
      app.close();
    }
  });

  it('announces a change after its transaction commits, to every subscriber', async () => {
    const app = openApp({ workspaceDir: tempWorkspace(), mode: 'cli', log: () => {} });
    try {
      const events: AppEvent[] = [];
      const stop = app.events.subscribe((e) => events.push(e));
      const admin = await app.services.accounts.setup({ login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123', alsoEditor: true });
      const created = app.services.articles.create({ title: 'Tin có sự kiện' }, admin);
      expect(events).toEqual([
        {
          type: 'article.changed',
          payload: { articleId: created.id, revisionId: created.revisionId, version: 1, status: 'nhap', title: 'Tin có sự kiện', by: { id: admin.id, name: admin.name }, at: created.modifiedAt, action: 'create' }
        }
      ]);
      // Inside an outer transaction the event waits for the commit, and a rollback drops it.
      const tx = app.events.transactional(app.store.tx);
      expect(() =>
        tx.transaction(() => {
          app.services.articles.create({ title: 'Bị hủy' }, admin);
          expect(events).toHaveLength(1);
          throw new Error('rollback');
        })
      ).toThrow('rollback');
      expect(events).toHaveLength(1);
      stop();
      app.services.articles.create({ title: 'Không ai nghe' }, admin);
      expect(events).toHaveLength(1);
    } finally {
      app.close();
    }
  });
});
