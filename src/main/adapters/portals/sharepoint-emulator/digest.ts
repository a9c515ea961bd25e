// Form digests: POST {web}/_api/contextinfo issues one per web and user; non-GET calls must carry it until it expires.
import { randomBytes } from 'node:crypto';
import type { Clock } from './types';

interface Issued { web: string; userId: number; expires: number }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export class DigestIssuer {
  private readonly issued = new Map<string, Issued>();

  constructor(private readonly clock: Clock, public timeoutSeconds: number) {}

  /** '0x<128 hex>,27 Nov 2026 03:00:00 -0000', like SharePoint's FormDigestValue. */
  issue(web: string, userId: number): { value: string; timeoutSeconds: number } {
    const now = this.clock.now();
    const d = new Date(now);
    const p = (n: number) => String(n).padStart(2, '0');
    const stamp = `${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
    const value = `0x${randomBytes(64).toString('hex').toUpperCase()},${stamp}`;
    this.issued.set(value, { web: web.toLowerCase(), userId, expires: now + this.timeoutSeconds * 1000 });
    return { value, timeoutSeconds: this.timeoutSeconds };
  }

  /** Valid only for the web and user it was issued to, and only before it expires. */
  valid(value: string | undefined, web: string, userId: number): boolean {
    const issued = value ? this.issued.get(value.trim()) : undefined;
    return !!issued && issued.web === web.toLowerCase() && issued.userId === userId && this.clock.now() < issued.expires;
  }

  /** Makes every digest issued so far invalid (as after an application pool recycle). */
  expireAll(): void {
    this.issued.clear();
  }
}
