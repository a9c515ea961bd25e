import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { ProfileVersion } from '../../../shared/profile';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

function version(agencyName: string, effectiveFrom: string): ProfileVersion {
  return {
    id: uuidv7(), effectiveFrom, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'u',
    agencyName, parentAgency: '', address: 'Số 12, đường 30/4, Phường 1', phone: '(0272) 3841981', fax: '', email: '',
    website: '', licenceNumber: '', licenceDate: '', responsibleName: 'Ông Lê Quang Tửu', responsiblePosition: 'Chánh Văn phòng', boardHead: ''
  };
}

describe('SqliteProfileRepository', () => {
  it('answers which profile was in force at a date, keeping past versions', () => {
    const store = createSqliteStore(tempDbFile());
    const old = version('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG', '2020-01-01T00:00:00+07:00');
    const merged = version('ỦY BAN NHÂN DÂN PHƯỜNG KIẾN TƯỜNG', '2025-07-01T00:00:00+07:00');
    store.profiles.insert(merged);
    store.profiles.insert(old);
    expect(store.profiles.list().map((v) => v.agencyName)).toEqual([merged.agencyName, old.agencyName]);
    expect(store.profiles.at('2025-06-30T23:59:59+07:00')).toEqual(old);
    expect(store.profiles.at('2025-07-01T00:00:00+07:00')).toEqual(merged);
    expect(store.profiles.at('2019-12-31T00:00:00Z')).toBeNull();
  });
});
