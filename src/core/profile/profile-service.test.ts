import { describe, expect, it } from 'vitest';
import type { ProfileFields } from '../../shared/profile';
import { AppError, ErrorCode } from '../../shared/errors';
import { createTestServices } from '../testing/services';

const user = { id: 'u1', name: 'Thư ký' };
const base: ProfileFields = {
  agencyName: 'ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG',
  parentAgency: 'Ủy ban nhân dân tỉnh Long An',
  address: 'Số 12, đường 30/4, Phường 1, thị xã Kiến Tường, tỉnh Long An',
  phone: '(0272) 3841981',
  fax: '(072) 3841936',
  email: 'ubndtxkientuong@longan.gov.vn',
  website: '',
  licenceNumber: '',
  licenceDate: '',
  responsibleName: 'Ông Lê Quang Tửu',
  responsiblePosition: 'Chánh Văn phòng HĐND và UBND thị xã',
  boardHead: ''
};

function errorFields(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (err) {
    expect((err as AppError).code).toBe(ErrorCode.INVALID_INPUT);
    return (err as AppError).fields ?? {};
  }
  throw new Error('expected a validation error');
}

describe('ProfileService', () => {
  it('has no profile before the first save', () => {
    expect(createTestServices().profile.current()).toBeNull();
  });

  it('keeps past versions and answers which one was in force at a date', () => {
    const { profile, clock } = createTestServices();
    clock.set('2024-01-01T00:00:00Z');
    const first = profile.save(base, '2020-01-01T00:00:00Z', user);
    clock.set('2025-07-01T00:00:00Z');
    const merged = profile.save({ ...base, agencyName: 'ỦY BAN NHÂN DÂN PHƯỜNG KIẾN TƯỜNG', responsibleName: 'Bà Nguyễn Thị Hoa' }, undefined, user);
    expect(merged.effectiveFrom).toBe('2025-07-01T00:00:00.000Z');
    expect(profile.history().map((v) => v.agencyName)).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG KIẾN TƯỜNG', 'ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG']);
    expect(profile.at('2021-06-07T09:00:00Z')?.responsibleName).toBe('Ông Lê Quang Tửu');
    expect(profile.at('2025-08-01T00:00:00Z')?.responsibleName).toBe('Bà Nguyễn Thị Hoa');
    expect(profile.at('2019-01-01T00:00:00Z')).toBeNull();
    expect(profile.current()?.id).toBe(merged.id);
    // The first version is unchanged.
    expect(profile.history()[1]).toEqual(first);
  });

  it('schedules a future version without changing the current one', () => {
    const { profile, clock } = createTestServices();
    clock.set('2026-01-01T00:00:00Z');
    profile.save(base, undefined, user);
    profile.save({ ...base, phone: '(0272) 0000000' }, '2026-03-01T00:00:00+07:00', user);
    expect(profile.current()?.phone).toBe('(0272) 3841981');
    clock.set('2026-03-01T00:00:00Z');
    expect(profile.current()?.phone).toBe('(0272) 0000000');
  });

  it('requires the agency name and the responsible person, and checks the e-mail and website', () => {
    const { profile } = createTestServices();
    const errs = errorFields(() => profile.save({ ...base, agencyName: ' ', responsibleName: '', email: 'ubnd@', website: 'longan.gov.vn' }, undefined, user));
    expect(errs).toEqual({
      agencyName: 'Hãy nhập tên cơ quan.',
      responsibleName: 'Hãy nhập họ tên người Chịu trách nhiệm chính.',
      email: 'Thư điện tử không đúng dạng; hãy nhập theo mẫu ten@coquan.gov.vn.',
      website: 'Trang thông tin điện tử phải là địa chỉ web bắt đầu bằng http:// hoặc https://'
    });
    expect(profile.history()).toEqual([]);
  });

  it('stores NFD input as NFC', () => {
    const { profile } = createTestServices();
    const v = profile.save({ ...base, responsibleName: 'Ông Lê Quang Tửu'.normalize('NFD') }, undefined, user);
    expect(v.responsibleName).toBe('Ông Lê Quang Tửu');
    expect(v.createdBy).toBe('Thư ký');
  });
});
