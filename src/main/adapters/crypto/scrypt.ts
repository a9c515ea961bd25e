// scrypt parameters written next to every hash/wrapped key ("scrypt$N$r$p"), so they can be raised later
// without breaking stored values.
import { scryptSync } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** ~0.1–0.2 s on an office PC: slow for guessing, fine for a login. */
export const STANDARD_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

export function scryptParamsText(params: ScryptParams): string {
  return `scrypt$${params.N}$${params.r}$${params.p}`;
}

export function parseScryptParams(text: string): ScryptParams | null {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)$/.exec(text);
  if (!m) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Refuse absurd values from a tampered database instead of exhausting memory.
  if (N < 2 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  return { N, r, p };
}

export function deriveKey(password: string, salt: Buffer, params: ScryptParams, length = 32): Buffer {
  return scryptSync(password.normalize('NFC'), salt, length, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}
