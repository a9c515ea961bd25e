import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/accounts';
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings } from '../../shared/backups';
import type { AuditAppend, AuditLog } from '../ports';
import { FakeClock, InMemoryTx } from '../testing/fakes';
import { BackupSettingsService, type FolderFacts } from './backup-settings-service';

const ADMIN: SessionUser = { id: 'u1', name: 'Nguyễn Văn Hùng', login: 'quantri', position: '', roles: ['quan_tri'] };
const EDITOR: SessionUser = { id: 'u2', name: 'Lê Thị Thu Hà', login: 'bientap', position: '', roles: ['bien_tap_vien'] };
const OK: FolderFacts = { absolute: true, insideWorkspace: false, state: 'ok' };

function setup(facts: FolderFacts = OK) {
  let stored: BackupSettings | null = null;
  const entries: AuditAppend[] = [];
  const audit: AuditLog = { append: (e) => (entries.push(e), { ...e, seq: entries.length }) as never };
  const service = new BackupSettingsService({
    settings: { getBackup: () => stored ?? DEFAULT_BACKUP_SETTINGS, saveBackup: (s) => void (stored = s) },
    probe: { inspect: () => facts },
    audit,
    clock: new FakeClock('2026-12-03T02:00:00Z'),
    tx: new InMemoryTx()
  });
  return { service, entries, stored: () => stored };
}

const next = (patch: Partial<BackupSettings> = {}): BackupSettings => ({ ...DEFAULT_BACKUP_SETTINGS, folder: '/media/usb/SaoLuu', ...patch });

describe('backup settings', () => {
  it('starts from the defaults: on, the default folder, 24 hourly / 7 daily / 4 weekly', () => {
    expect(setup().service.current()).toEqual({ enabled: true, folder: null, hourly: 24, daily: 7, weekly: 4 });
  });

  it('saves an admin’s choice (NFC folder) and records it in the audit log', () => {
    const { service, entries, stored } = setup();
    service.save(ADMIN, next({ folder: '  /media/usb/Sao Lưu'.normalize('NFD'), hourly: 12, enabled: false }));
    expect(stored()).toEqual({ enabled: false, folder: '/media/usb/Sao Lưu', hourly: 12, daily: 7, weekly: 4 });
    expect(stored()!.folder).toBe('/media/usb/Sao Lưu'.normalize('NFC'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'backup.settings', user: { id: 'u1' }, at: '2026-12-03T02:00:00.000Z' });
    expect(entries[0]!.description).toContain('tắt sao lưu tự động');
  });

  it('keeps an empty folder as "the default"', () => {
    const { service, stored } = setup({ absolute: false, insideWorkspace: false, state: 'cannot-create' });
    service.save(ADMIN, next({ folder: '   ' }));
    expect(stored()!.folder).toBeNull();
  });

  it('refuses a non-admin, and stores nothing', () => {
    const { service, entries, stored } = setup();
    expect(() => service.save(EDITOR, next())).toThrow(/Chỉ quản trị viên/);
    expect(stored()).toBeNull();
    expect(entries).toHaveLength(0);
  });

  it.each([
    [{ absolute: false, insideWorkspace: false, state: 'ok' }, /đường dẫn đầy đủ/],
    [{ absolute: true, insideWorkspace: true, state: 'ok' }, /không được nằm trong thư mục dữ liệu/],
    [{ absolute: true, insideWorkspace: false, state: 'not-folder' }, /là một tệp/],
    [{ absolute: true, insideWorkspace: false, state: 'cannot-create' }, /không tạo được thư mục/],
    [{ absolute: true, insideWorkspace: false, state: 'not-writable' }, /Không ghi được/]
  ] as const)('refuses a folder with %o in Vietnamese, on the folder field, storing nothing', (facts, message) => {
    const { service, stored } = setup(facts);
    let err: { code?: string; fields?: Record<string, string> } = {};
    try {
      service.save(ADMIN, next());
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.fields?.folder).toMatch(message);
    expect(stored()).toBeNull();
  });
});
