import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

describe('SqliteUserRepository', () => {
  it('creates the local default user once', () => {
    const store = createSqliteStore(tempDbFile());
    const first = store.users.ensure({ id: uuidv7(), login: 'bientap', fullName: 'Biên tập viên', createdAt: '2026-01-01T00:00:00.000Z' });
    const again = store.users.ensure({ id: uuidv7(), login: 'bientap', fullName: 'Tên khác', createdAt: '2026-02-01T00:00:00.000Z' });
    expect(again).toEqual(first);
    expect(store.users.get(first.id)?.fullName).toBe('Biên tập viên');
    expect(store.users.byLogin('khong-co')).toBeNull();
  });
});
