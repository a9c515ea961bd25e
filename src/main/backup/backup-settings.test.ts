// Backup settings through the handlers over a real workspace: admin only, checked against the real file
// system, kept across a restart, and picked up by the running automatic job without one.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Output } from '../../shared/contract';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { openApp, type App } from '../app';
import { ok, refusal } from '../handlers/testing';

const ADMIN = { connectionId: 'test:admin' };
const EDITOR = { connectionId: 'test:editor' };
let dir: string;
let ws: string;
let app: App;

const open = () => openApp({ workspaceDir: ws, mode: 'browser', log: () => {}, overrides: { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT } });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-backup-settings-'));
  ws = join(dir, 'ws');
  app = open();
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Thu Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, EDITOR));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const settings = (patch: object = {}) => ({ enabled: true, folder: join(dir, 'usb'), hourly: 24, daily: 7, weekly: 4, ...patch });

describe('backup settings in the app', () => {
  it('are kept in the workspace across a restart, and the job backs up into the new folder at once', async () => {
    const view = await ok<Output<'backup.saveSettings'>>(app.dispatch('backup.saveSettings', settings({ hourly: 6 }), ADMIN));
    expect(view.folder).toBe(join(dir, 'usb'));
    expect(existsSync(join(dir, 'usb'))).toBe(true);
    // The running app's job now writes there, with no restart.
    const made = await app.backups!.runNow();
    expect(made?.file.startsWith(join(dir, 'usb'))).toBe(true);
    app.close();
    app = open();
    expect(app.services.backupSettings.current()).toEqual(settings({ hourly: 6 }));
    expect(app.backupControl.folder()).toBe(join(dir, 'usb'));
    expect([...app.store.audit.all()].map((e) => e.action)).toContain('backup.settings');
  });

  it('switched off: no automatic job; switched on again: one', async () => {
    await ok(app.dispatch('backup.saveSettings', settings({ enabled: false }), ADMIN));
    expect(app.backups).toBeNull();
    await ok(app.dispatch('backup.saveSettings', settings({ enabled: true }), ADMIN));
    expect(app.backups).not.toBeNull();
  });

  it('refuses a folder inside the workspace, a file, a relative path and rotation counts out of bounds', async () => {
    const inside = await refusal(app.dispatch('backup.saveSettings', settings({ folder: join(ws, 'backup', 'x') }), ADMIN));
    expect(inside.fields?.folder).toMatch(/không được nằm trong thư mục dữ liệu/);
    writeFileSync(join(dir, 'tep'), 'x');
    expect((await refusal(app.dispatch('backup.saveSettings', settings({ folder: join(dir, 'tep') }), ADMIN))).fields?.folder).toMatch(/là một tệp/);
    expect((await refusal(app.dispatch('backup.saveSettings', settings({ folder: 'SaoLuu' }), ADMIN))).fields?.folder).toMatch(/đường dẫn đầy đủ/);
    expect((await refusal(app.dispatch('backup.saveSettings', settings({ hourly: 0 }), ADMIN))).code).toBe('INVALID_INPUT');
    expect((await refusal(app.dispatch('backup.saveSettings', settings({ weekly: 1000 }), ADMIN))).code).toBe('INVALID_INPUT');
    expect(app.services.backupSettings.current().folder).toBeNull();
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder that cannot be written', async () => {
    const locked = join(dir, 'chi-doc');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect((await refusal(app.dispatch('backup.saveSettings', settings({ folder: locked }), ADMIN))).fields?.folder).toMatch(/Không ghi được/);
  });

  it('are the admin’s alone: every backup method refuses an editor and nothing happens', async () => {
    for (const [method, input] of [
      ['backup.view', {}],
      ['backup.saveSettings', settings()],
      ['backup.runNow', {}],
      ['backup.restore', { name: 'sao-luu-tay-20261203T020000Z.bbtbackup' }]
    ] as const) {
      expect((await refusal(app.dispatch(method, input, EDITOR))).code, method).toBe('FORBIDDEN');
    }
    expect(existsSync(join(dir, 'usb'))).toBe(false);
    expect(existsSync(join(ws, 'backup')) ? readdirSync(join(ws, 'backup')).filter((n) => n.endsWith('.bbtbackup')) : []).toEqual([]);
  });

  it('"Sao lưu ngay" lists a manual backup with its article count; a missing USB folder is a clear refusal', async () => {
    app.services.articles.create({ title: 'Hội nghị tổng kết năm' }, app.ctx.user);
    const made = await ok<Output<'backup.runNow'>>(app.dispatch('backup.runNow', {}, ADMIN));
    expect(made).toMatchObject({ kind: 'manual', verified: true, articles: 1 });
    const view = await ok<Output<'backup.view'>>(app.dispatch('backup.view', {}, ADMIN));
    expect(view.items.map((b) => b.name)).toEqual([made.name]);
    await ok(app.dispatch('backup.saveSettings', settings(), ADMIN));
    rmSync(join(dir, 'usb'), { recursive: true });
    const gone = await refusal(app.dispatch('backup.runNow', {}, ADMIN));
    expect(gone.message).toMatch(/ổ USB hoặc ổ mạng/);
    expect((await ok<Output<'backup.view'>>(app.dispatch('backup.view', {}, ADMIN))).folderProblem).toMatch(/Không thấy thư mục sao lưu/);
  });
});
