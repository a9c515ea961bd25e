// Form digests (X-RequestDigest): POST {web}/_api/contextinfo, cached per web URL and refreshed before
// FormDigestTimeoutSeconds runs out. Not used with Bearer tokens. One fetch in flight per web.

export interface Digest {
  value: string;
  /** When this client stops using it (well before the portal's expiry). */
  refreshAt: number;
}

export type DigestLoader = (webUrl: string) => Promise<{ value: string; timeoutSeconds: number }>;

/** Refresh this long before the portal's expiry (or a tenth of the lifetime when that is shorter). */
const EARLY_MS = 120_000;

export class DigestCache {
  private readonly cache = new Map<string, Digest>();
  private readonly pending = new Map<string, Promise<Digest>>();

  constructor(private readonly load: DigestLoader, private readonly now: () => number) {}

  async get(webUrl: string): Promise<string> {
    const key = webUrl.toLowerCase();
    const cached = this.cache.get(key);
    if (cached && this.now() < cached.refreshAt) return cached.value;
    let p = this.pending.get(key);
    if (!p) {
      p = this.fetch(webUrl).finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return (await p).value;
  }

  /** After a 403 "security validation … invalid": forget it so the next get() asks the portal again. */
  invalidate(webUrl: string, value?: string): void {
    const key = webUrl.toLowerCase();
    if (value === undefined || this.cache.get(key)?.value === value) this.cache.delete(key);
  }

  private async fetch(webUrl: string): Promise<Digest> {
    const { value, timeoutSeconds } = await this.load(webUrl);
    const lifetime = Math.max(1, timeoutSeconds) * 1000;
    const digest = { value, refreshAt: this.now() + lifetime - Math.min(EARLY_MS, lifetime / 10) };
    this.cache.set(webUrl.toLowerCase(), digest);
    return digest;
  }
}
