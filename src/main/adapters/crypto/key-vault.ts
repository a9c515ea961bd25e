// KeyVault: Ed25519 key pairs (node:crypto). The private key (PKCS#8 DER) is encrypted with AES-256-GCM
// under a key derived from the user's password with scrypt (its own salt); a wrong password fails the
// GCM tag check. keyId = first 32 hex chars of SHA-256 over the public key DER. Each key records its
// origin; a key whose password an administrator knew (a reset, or the account's first password set by
// the administrator who created it) is pending and never unlocks for signing. Every new
// key's public key is recorded in the audit chain ('key.create'), so `verify` can refuse a key row
// added to the file.
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { adminKnewPassword, pendingKeyMessage } from '../../../core/accounts/key-origin';
import { KEY_CREATE_ACTION } from '../../../core/audit/cross-check';
import type { AuditLog, Clock, KeyOrigin, KeySigner, KeyVault, PublicKeyRecord } from '../../../core/ports';
import { AppError, ErrorCode } from '../../../shared/errors';
import type { SqliteKeyRepository, StoredKey } from '../sqlite/key-repository';
import { deriveKey, deriveKeyAsync, parseScryptParams, scryptParamsText, STANDARD_SCRYPT, type ScryptParams } from './scrypt';

type Wrapped = Pick<StoredKey, 'encryptedPrivateKey' | 'kdf' | 'salt' | 'iv' | 'tag'>;

export class SqliteKeyVault implements KeyVault {
  constructor(
    private readonly keys: SqliteKeyRepository,
    private readonly clock: Clock,
    private readonly params: ScryptParams = STANDARD_SCRYPT,
    /** Where each new public key is vouched for; only key-vault unit tests leave it out. */
    private readonly audit: AuditLog | null = null
  ) {}

  async createKey(userId: string, password: string, origin: KeyOrigin = 'self'): Promise<() => PublicKeyRecord> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const wrapped = await this.wrapAsync(privateKey.export({ type: 'pkcs8', format: 'der' }), password);
    return () => this.store(userId, publicKey, wrapped, origin);
  }

  createKeySync(userId: string, password: string, origin: KeyOrigin = 'self'): PublicKeyRecord {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    return this.store(userId, publicKey, this.wrap(privateKey.export({ type: 'pkcs8', format: 'der' }), password), origin);
  }

  private store(userId: string, publicKey: KeyObject, wrapped: Wrapped, origin: KeyOrigin): PublicKeyRecord {
    const publicDer = publicKey.export({ type: 'spki', format: 'der' });
    const record: PublicKeyRecord = {
      keyId: keyIdOfDer(publicDer),
      userId,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      createdAt: this.clock.now().toISOString(),
      origin,
      pending: adminKnewPassword(origin)
    };
    const replaces = this.keys.active(userId);
    this.keys.addActive({ ...record, origin, pending: record.pending === true, ...wrapped });
    this.audit?.append({
      at: record.createdAt,
      user: null,
      action: KEY_CREATE_ACTION,
      articleId: null,
      description: `${replaces ? 'Tạo khóa ký mới (thay khóa cũ)' : 'Tạo khóa ký'}${PENDING_WHY[origin] ?? ''}`,
      details: { keyId: record.keyId, userId, publicKeyPem: record.publicKeyPem, origin, reason: replaces ? 'replace' : 'first', ...(replaces ? { replacesKeyId: replaces.keyId } : {}) }
    });
    return record;
  }

  async rewrapKey(userId: string, oldPassword: string, newPassword: string): Promise<() => void> {
    const key = this.requireActive(userId);
    const privateDer = await this.unwrapAsync(key, oldPassword);
    const wrapped = await this.wrapAsync(privateDer, newPassword);
    return () => this.keys.rewrap(key.keyId, wrapped);
  }

  activeKey(userId: string): PublicKeyRecord | null {
    const key = this.keys.active(userId);
    return key ? publicPart(key) : null;
  }

  publicKey(keyId: string): PublicKeyRecord | null {
    const key = this.keys.get(keyId);
    return key ? publicPart(key) : null;
  }

  async unlock(userId: string, password: string): Promise<KeySigner> {
    const key = this.requireSigning(userId);
    const privateKey = createPrivateKey({ key: await this.unwrapAsync(key, password), format: 'der', type: 'pkcs8' });
    return { keyId: key.keyId, sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64') };
  }

  unlockSync(userId: string, password: string): KeySigner {
    const key = this.requireSigning(userId);
    const privateKey = createPrivateKey({ key: this.unwrap(key, password), format: 'der', type: 'pkcs8' });
    return { keyId: key.keyId, sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64') };
  }

  sign(userId: string, password: string, message: string): { keyId: string; signature: string } {
    const key = this.requireSigning(userId);
    const privateKey = createPrivateKey({ key: this.unwrap(key, password), format: 'der', type: 'pkcs8' });
    return { keyId: key.keyId, signature: sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64') };
  }

  verify(publicKeyPem: string, message: string, signatureBase64: string): boolean {
    try {
      return verify(null, Buffer.from(message, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signatureBase64, 'base64'));
    } catch {
      return false;
    }
  }

  private requireActive(userId: string): StoredKey {
    const key = this.keys.active(userId);
    if (!key) throw new AppError(ErrorCode.NOT_FOUND, 'Tài khoản này chưa có khóa ký. Hãy nhờ quản trị viên đặt lại mật khẩu.');
    return key;
  }

  private requireSigning(userId: string): StoredKey {
    const key = this.requireActive(userId);
    if (key.pending) throw new AppError(ErrorCode.FORBIDDEN, pendingKeyMessage(key.origin));
    return key;
  }

  private wrap(privateDer: Buffer, password: string): Wrapped {
    const salt = randomBytes(16);
    return this.encrypt(privateDer, salt, deriveKey(password, salt, this.params));
  }

  private async wrapAsync(privateDer: Buffer, password: string): Promise<Wrapped> {
    const salt = randomBytes(16);
    return this.encrypt(privateDer, salt, await deriveKeyAsync(password, salt, this.params));
  }

  private encrypt(privateDer: Buffer, salt: Buffer, derived: Buffer): Wrapped {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', derived, iv);
    const encryptedPrivateKey = Buffer.concat([cipher.update(privateDer), cipher.final()]);
    return { encryptedPrivateKey, kdf: scryptParamsText(this.params), salt, iv, tag: cipher.getAuthTag() };
  }

  private unwrap(key: StoredKey, password: string): Buffer {
    return decrypt(key, deriveKey(password, key.salt, paramsOf(key)));
  }

  private async unwrapAsync(key: StoredKey, password: string): Promise<Buffer> {
    return decrypt(key, await deriveKeyAsync(password, key.salt, paramsOf(key)));
  }
}

const PENDING_WHY: Partial<Record<KeyOrigin, string>> = {
  reset: ' do quản trị viên đặt lại mật khẩu: chờ người dùng tự đổi mật khẩu',
  created: ' với mật khẩu ban đầu do quản trị viên đặt: chờ người dùng tự đổi mật khẩu'
};

function paramsOf(key: StoredKey) {
  const params = parseScryptParams(key.kdf);
  if (!params) throw new AppError(ErrorCode.WORKSPACE_DAMAGED, 'Khóa ký trong thư mục làm việc bị hỏng. Hãy nhờ quản trị viên đặt lại mật khẩu.');
  return params;
}

function decrypt(key: StoredKey, derived: Buffer): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', derived, key.iv);
    decipher.setAuthTag(key.tag);
    return Buffer.concat([decipher.update(key.encryptedPrivateKey), decipher.final()]);
  } catch {
    throw new AppError(ErrorCode.FORBIDDEN, 'Mật khẩu không đúng.');
  }
}

function keyIdOfDer(publicDer: Buffer): string {
  return createHash('sha256').update(publicDer).digest('hex').slice(0, 32);
}

/** Re-derives a key id from a public key PEM (null when it is not a readable public key). */
export function keyIdOf(publicKeyPem: string): string | null {
  try {
    return keyIdOfDer(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' }));
  } catch {
    return null;
  }
}

function publicPart(key: StoredKey): PublicKeyRecord {
  return { keyId: key.keyId, userId: key.userId, publicKeyPem: key.publicKeyPem, createdAt: key.createdAt, origin: key.origin, pending: key.pending };
}
