// Identities that must be the same on every PC: the idempotency key of an article's item on a target,
// its slug, and the approval fingerprint a portal carries.
import { fold } from '../../shared/text';
import type { Hasher } from '../ports';
import type { SignOffRecord } from '../signoff/signoff';

/** One remote item per article and target, ever: the key depends on the article alone (it is looked up within one target). */
export function publicationKey(articleId: string): string {
  return `bbt-${articleId}`;
}

/**
 * A readable ASCII slug for the portal's URL ("ubnd-thi-xa-ra-quan-don-tet-1a2b3c4d"). Chosen once, at the
 * first publication to a target, and stored with the outbox entry, so later updates and other PCs reuse it.
 */
export function publicationSlug(title: string, articleId: string): string {
  const words = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const tail = articleId.replace(/[^0-9a-f]/gi, '').slice(-8).toLowerCase();
  return words ? `${words}-${tail}` : `bai-${tail}`;
}

/** "<key id>:<first 32 hex of SHA-256 of the signature>": short enough for a column, tied to one signature. */
export function approvalFingerprint(signOff: Pick<SignOffRecord, 'keyId' | 'signature'>, hasher: Hasher): string {
  return `${signOff.keyId}:${hasher.sha256(signOff.signature).slice(0, 32)}`;
}
