import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SECURITY } from '../../../shared/accounts';
import { SqliteAccountRepository } from './account-repository';
import { SqliteSecuritySettingsRepository } from './security-settings-repository';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

describe('SqliteAccountRepository', () => {
  it('stores accounts with roles and credentials, updates them, finds them by login', () => {
    const file = tempDbFile();
    const store = createSqliteStore(file);
    const repo = new SqliteAccountRepository(store.db);
    const account = { id: uuidv7(), login: 'truongban', fullName: 'Trần Văn Minh', position: 'Phó Chủ tịch UBND thị xã', roles: ['truong_ban' as const], disabled: false, createdAt: '2026-01-01T00:00:00.000Z' };
    repo.insert(account, { passwordHash: 'scrypt$1' });
    repo.update({ ...account, roles: ['truong_ban', 'quan_tri'], disabled: true });
    repo.setCredentials(account.id, { passwordHash: 'scrypt$2' });
    store.close();

    const reopened = createSqliteStore(file);
    const again = new SqliteAccountRepository(reopened.db);
    expect(again.byLogin('truongban')).toEqual({ ...account, roles: ['truong_ban', 'quan_tri'], disabled: true });
    expect(again.credentials(account.id)).toEqual({ passwordHash: 'scrypt$2' });
    expect(again.count()).toBe(1);
    expect(again.list().map((a) => a.login)).toEqual(['truongban']);
    expect(again.get('khong-co')).toBeNull();
    reopened.close();
  });
});

describe('SqliteSecuritySettingsRepository', () => {
  it('starts from the defaults and keeps what the admin saved', () => {
    const store = createSqliteStore(tempDbFile());
    const repo = new SqliteSecuritySettingsRepository(store.db);
    expect(repo.getSecurity()).toEqual(DEFAULT_SECURITY);
    repo.saveSecurity({ lockAfterMinutes: 0, separationOfDuties: false });
    expect(new SqliteSecuritySettingsRepository(store.db).getSecurity()).toEqual({ lockAfterMinutes: 0, separationOfDuties: false });
    store.close();
  });
});
