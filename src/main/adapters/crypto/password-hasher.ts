// PasswordHasher with node:crypto scrypt: "scrypt$N$r$p$<salt b64>$<hash b64>", random 16-byte salt,
// constant-time comparison. Hashing and checking are async (thread pool); a hash made with older
// parameters still verifies and `needsRehash` says it should be replaced.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '../../../core/ports';
import { deriveKey, deriveKeyAsync, parseScryptParams, sameParams, scryptParamsText, STANDARD_SCRYPT, type ScryptParams } from './scrypt';

const HASH_BYTES = 32;

export class ScryptPasswordHasher implements PasswordHasher {
  constructor(private readonly params: ScryptParams = STANDARD_SCRYPT) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    return this.format(salt, await deriveKeyAsync(password, salt, this.params, HASH_BYTES));
  }

  hashSync(password: string): string {
    const salt = randomBytes(16);
    return this.format(salt, deriveKey(password, salt, this.params, HASH_BYTES));
  }

  private format(salt: Buffer, hash: Buffer): string {
    return `${scryptParamsText(this.params)}$${salt.toString('base64')}$${hash.toString('base64')}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const derived = await deriveKeyAsync(password, parsed.salt, parsed.params, HASH_BYTES);
    return timingSafeEqual(derived, parsed.expected);
  }

  needsRehash(stored: string): boolean {
    const parsed = parse(stored);
    return !parsed || !sameParams(parsed.params, this.params);
  }
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; expected: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6) return null;
  const params = parseScryptParams(parts.slice(0, 4).join('$'));
  if (!params) return null;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (salt.length === 0 || expected.length !== HASH_BYTES) return null;
  return { params, salt, expected };
}
