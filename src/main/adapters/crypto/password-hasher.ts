// PasswordHasher with node:crypto scrypt: "scrypt$N$r$p$<salt b64>$<hash b64>", random 16-byte salt,
// constant-time comparison.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from '../../../core/ports';
import { deriveKey, parseScryptParams, scryptParamsText, STANDARD_SCRYPT, type ScryptParams } from './scrypt';

const HASH_BYTES = 32;

export class ScryptPasswordHasher implements PasswordHasher {
  constructor(private readonly params: ScryptParams = STANDARD_SCRYPT) {}

  hash(password: string): string {
    const salt = randomBytes(16);
    const hash = deriveKey(password, salt, this.params, HASH_BYTES);
    return `${scryptParamsText(this.params)}$${salt.toString('base64')}$${hash.toString('base64')}`;
  }

  verify(password: string, stored: string): boolean {
    const parts = stored.split('$');
    if (parts.length !== 6) return false;
    const params = parseScryptParams(parts.slice(0, 4).join('$'));
    if (!params) return false;
    const salt = Buffer.from(parts[4]!, 'base64');
    const expected = Buffer.from(parts[5]!, 'base64');
    if (salt.length === 0 || expected.length !== HASH_BYTES) return false;
    return timingSafeEqual(deriveKey(password, salt, params, HASH_BYTES), expected);
  }
}
