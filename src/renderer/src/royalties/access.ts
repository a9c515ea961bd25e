// Who sees the royalty screens (the handlers refuse everyone else anyway).
import type { Role } from '../../../shared/accounts';
import { ROYALTY_CLOSE_ROLES, ROYALTY_READ_ROLES } from '../../../shared/royalties';

export function canReadRoyalties(roles: readonly Role[]): boolean {
  return roles.some((r) => ROYALTY_READ_ROLES.includes(r));
}

export function canClosePeriods(roles: readonly Role[]): boolean {
  return roles.some((r) => ROYALTY_CLOSE_ROLES.includes(r));
}

/** Settings and reopening a closed period are the administrator's. */
export function isRoyaltyAdmin(roles: readonly Role[]): boolean {
  return roles.includes('quan_tri');
}
