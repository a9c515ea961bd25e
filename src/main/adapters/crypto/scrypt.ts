// scrypt parameters written next to every hash/wrapped key ("scrypt$N$r$p"), so they can be raised later
// without breaking stored values. Checking and setting a password run the async scrypt (libuv thread
// pool), so a burst of logins or password changes never blocks the main process's event loop.
import { scrypt, scryptSync } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's current minimum for scrypt (N = 2^17, r = 8, p = 1): 128 MiB and ~0.6 s per derivation. */
export const STANDARD_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * For what a `--sample` run creates (a demo whose shared password is printed or given on the command
 * line): 8× lighter, so a sample workspace opens in seconds. Stored with each hash; a workspace opened
 * later without --sample re-hashes a password at the standard cost on its next login.
 */
export const SAMPLE_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };

export function scryptParamsText(params: ScryptParams): string {
  return `scrypt$${params.N}$${params.r}$${params.p}`;
}

export function sameParams(a: ScryptParams, b: ScryptParams): boolean {
  return a.N === b.N && a.r === b.r && a.p === b.p;
}

export function parseScryptParams(text: string): ScryptParams | null {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)$/.exec(text);
  if (!m) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Refuse absurd values from a tampered database instead of exhausting memory.
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { N, r, p };
}

/** Memory scrypt needs is 128·N·r·p bytes; node refuses above maxmem (default 32 MiB). */
function options(params: ScryptParams) {
  return { ...params, maxmem: 2 * 128 * params.N * params.r * params.p + 1024 * 1024 };
}

/** Synchronous: only for the sample seed (inside openApp, before anyone is served) and tests. */
export function deriveKey(password: string, salt: Buffer, params: ScryptParams, length = 32): Buffer {
  return scryptSync(password.normalize('NFC'), salt, length, options(params));
}

export function deriveKeyAsync(password: string, salt: Buffer, params: ScryptParams, length = 32): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, options(params), (err, key) => (err ? reject(err) : resolve(key)));
  });
}
