// Who may do what with royalties, checked from the session user (the renderer is untrusted):
// - decide an article's royalty: the settings' decider roles (Trưởng ban by default);
// - read decisions and reports: Thư ký (who draws up the list), Phó trưởng ban, Trưởng ban, Quản trị,
//   and the decider roles;
// - close a period: Trưởng ban; reopen it: Quản trị, with a reason (both audited).
import { ROLE_LABELS, type Role, type SessionUser } from '../../shared/accounts';
import { AppError, ErrorCode } from '../../shared/errors';
import { ROYALTY_CLOSE_ROLES, ROYALTY_READ_ROLES, type RoyaltyAccess } from '../../shared/royalties';

function hasAny(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.some((r) => roles.includes(r));
}

function names(roles: readonly Role[]): string {
  const labels = roles.map((r) => ROLE_LABELS[r]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} hoặc ${labels.at(-1)}`;
}

export function canDecide(user: SessionUser, deciderRoles: readonly Role[]): boolean {
  return hasAny(user, deciderRoles);
}

export function requireDecider(user: SessionUser, deciderRoles: readonly Role[]): void {
  if (!canDecide(user, deciderRoles)) throw new AppError(ErrorCode.FORBIDDEN, `Chỉ ${names(deciderRoles)} mới được quyết định nhuận bút.`);
}

function readerRoles(deciderRoles: readonly Role[]): Role[] {
  return [...new Set([...ROYALTY_READ_ROLES, ...deciderRoles])];
}

export function requireReader(user: SessionUser, deciderRoles: readonly Role[]): void {
  const roles = readerRoles(deciderRoles);
  if (!hasAny(user, roles)) throw new AppError(ErrorCode.FORBIDDEN, `Chỉ ${names(roles)} mới được xem nhuận bút.`);
}

/** The same rules as the require* checks, for the screens to show what the user may do. */
export function royaltyAccess(user: SessionUser, deciderRoles: readonly Role[]): RoyaltyAccess {
  return {
    read: hasAny(user, readerRoles(deciderRoles)),
    decide: canDecide(user, deciderRoles),
    close: hasAny(user, ROYALTY_CLOSE_ROLES),
    admin: user.roles.includes('quan_tri')
  };
}

export function requireCloser(user: SessionUser): void {
  if (!hasAny(user, ROYALTY_CLOSE_ROLES)) throw new AppError(ErrorCode.FORBIDDEN, `Chỉ ${names(ROYALTY_CLOSE_ROLES)} mới được chốt kỳ nhuận bút.`);
}

export function requireReopener(user: SessionUser): void {
  if (!user.roles.includes('quan_tri')) throw new AppError(ErrorCode.FORBIDDEN, 'Chỉ Quản trị mới được mở lại kỳ nhuận bút đã chốt.');
}
