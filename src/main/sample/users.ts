// Sample accounts for a --sample workspace: one per role, all with the same password (given with
// --password, or generated and printed by the CLI / browser mode).
import { randomInt } from 'node:crypto';
import type { AccountService } from '../../core/accounts/account-service';
import type { Account, Role } from '../../shared/accounts';

export const SAMPLE_LOGINS = ['quantri', 'bientap', 'thanhvien', 'truongban'] as const;
export type SampleLogin = (typeof SAMPLE_LOGINS)[number];

interface SampleUser {
  login: SampleLogin;
  fullName: string;
  position: string;
  roles: Role[];
}

export const SAMPLE_USERS: readonly SampleUser[] = [
  { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng HĐND và UBND thị xã', roles: ['quan_tri'] },
  { login: 'bientap', fullName: 'Lê Thị Thu Hà', position: 'Chuyên viên Phòng Văn hóa và Thông tin', roles: ['bien_tap_vien'] },
  { login: 'thanhvien', fullName: 'Phạm Minh Tuấn', position: 'Trưởng phòng Văn hóa và Thông tin', roles: ['thanh_vien'] },
  { login: 'truongban', fullName: 'Trần Quốc Bảo', position: 'Phó Chủ tịch UBND thị xã', roles: ['truong_ban'] }
];

/** Creates the sample accounts on a workspace without accounts (the first one is the administrator). */
export function createSampleUsers(accounts: AccountService, password: string): Record<SampleLogin, Account> {
  const [first, ...others] = SAMPLE_USERS;
  const admin = accounts.setupForSample({ login: first!.login, fullName: first!.fullName, position: first!.position, password });
  const created = { [first!.login]: accounts.list(admin)[0]! } as Record<SampleLogin, Account>;
  for (const u of others) created[u.login] = accounts.createForSample(admin, { ...u, password });
  return created;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no look-alikes (i/l/1, o/0)

/** A readable random password such as "k7pm-x3ra-q9wd" (about 59 bits). */
export function generateSamplePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${group()}-${group()}-${group()}`;
}
