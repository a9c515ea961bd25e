// Vietnamese labels and small rules the publishing screens share.
import type { Role } from '../../../shared/accounts';
import { PUBLISH_ROLES, TAKE_DOWN_ROLES, type OutboxEntry, type PublicationReceipt } from '../../../shared/publishing';

export { PORTAL_FIELD_LABELS } from '../../../shared/publishing';

/** The same role lists the main side checks (shared/publishing). */
export const canPublish = (roles: readonly Role[]) => roles.some((r) => PUBLISH_ROLES.includes(r));
export const canTakeDown = (roles: readonly Role[]) => roles.some((r) => TAKE_DOWN_ROLES.includes(r));

/** Only web pages open outside the app (the Electron shell hands them to the system browser). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

/** Per target, the latest receipt while the item is up on the portal (not taken down). */
export function liveReceipts(receipts: PublicationReceipt[]): Map<string, PublicationReceipt> {
  const latest = new Map<string, PublicationReceipt>();
  for (const r of receipts) {
    const known = latest.get(r.targetId);
    if (!known || r.at > known.at) latest.set(r.targetId, r);
  }
  for (const [targetId, r] of latest) if (r.kind === 'take-down') latest.delete(targetId);
  return latest;
}

/** Newest first, one entry replaced (or added) by its id: the queue as `outbox.changed` announces it. */
export function upsertEntry(entries: OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const i = entries.findIndex((e) => e.id === entry.id);
  if (i === -1) return [entry, ...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const next = entries.slice();
  next[i] = entry;
  return next;
}
