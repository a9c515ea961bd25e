// People and roles of the editorial board (Ban biên tập).
import type { UserRef } from './article';

export const ROLES = ['cong_tac_vien', 'bien_tap_vien', 'thanh_vien', 'thu_ky', 'pho_truong_ban', 'truong_ban', 'quan_tri'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  cong_tac_vien: 'Cộng tác viên',
  bien_tap_vien: 'Biên tập viên',
  thanh_vien: 'Thành viên BBT',
  thu_ky: 'Thư ký',
  pho_truong_ban: 'Phó trưởng ban',
  truong_ban: 'Trưởng ban',
  quan_tri: 'Quản trị'
};

/** What a role lets a person do in the workflow. */
export type Capability = 'author' | 'reviewer' | 'approver' | 'admin';

export const ROLE_CAPABILITY: Record<Role, Capability> = {
  cong_tac_vien: 'author',
  bien_tap_vien: 'author',
  thanh_vien: 'reviewer',
  thu_ky: 'reviewer',
  pho_truong_ban: 'approver',
  truong_ban: 'approver',
  quan_tri: 'admin'
};

export function capabilitiesOf(roles: readonly Role[]): Set<Capability> {
  return new Set(roles.map((r) => ROLE_CAPABILITY[r]));
}

export interface Account {
  id: string;
  login: string;
  fullName: string;
  position: string;
  roles: Role[];
  disabled: boolean;
  createdAt: string;
}

/** The logged-in user as every handler sees it (from the session, never from renderer input). */
export interface SessionUser extends UserRef {
  login: string;
  position: string;
  roles: Role[];
}

export interface SessionInfo {
  user: SessionUser;
  /** Minutes of inactivity before the screen locks (0 = never). */
  lockAfterMinutes: number;
  locked: boolean;
}

export interface AuthStatus {
  /** No account exists yet: the first run creates the administrator. */
  needsSetup: boolean;
  session: SessionInfo | null;
  /** Shown on the login screen. */
  agencyName: string | null;
}

export interface SecuritySettings {
  lockAfterMinutes: number;
  /** Nobody signs off an article they wrote or were the last to edit. */
  separationOfDuties: boolean;
}

export const DEFAULT_SECURITY: SecuritySettings = { lockAfterMinutes: 10, separationOfDuties: true };
