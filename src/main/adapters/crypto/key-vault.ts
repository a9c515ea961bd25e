// KeyVault: Ed25519 key pairs (node:crypto). The private key (PKCS#8 DER) is encrypted with AES-256-GCM
// under a key derived from the user's password with scrypt (its own salt); a wrong password fails the
// GCM tag check. keyId = first 32 hex chars of SHA-256 over the public key DER. Every new key's public
// key is recorded in the audit chain ('key.create'), so `verify` can refuse a key row added to the file.
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { KEY_CREATE_ACTION } from '../../../core/audit/cross-check';
import type { AuditLog, Clock, KeyVault, PublicKeyRecord } from '../../../core/ports';
import { AppError, ErrorCode } from '../../../shared/errors';
import type { SqliteKeyRepository, StoredKey } from '../sqlite/key-repository';
import { deriveKey, parseScryptParams, scryptParamsText, STANDARD_SCRYPT, type ScryptParams } from './scrypt';

type Wrapped = Pick<StoredKey, 'encryptedPrivateKey' | 'kdf' | 'salt' | 'iv' | 'tag'>;

export class SqliteKeyVault implements KeyVault {
  constructor(
    private readonly keys: SqliteKeyRepository,
    private readonly clock: Clock,
    private readonly params: ScryptParams = STANDARD_SCRYPT,
    /** Where each new public key is vouched for; only key-vault unit tests leave it out. */
    private readonly audit: AuditLog | null = null
  ) {}

  createKey(userId: string, password: string): PublicKeyRecord {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const publicDer = publicKey.export({ type: 'spki', format: 'der' });
    const record: PublicKeyRecord = {
      keyId: keyIdOfDer(publicDer),
      userId,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      createdAt: this.clock.now().toISOString()
    };
    const replaces = this.keys.active(userId);
    this.keys.addActive({ ...record, ...this.wrap(privateKey.export({ type: 'pkcs8', format: 'der' }), password) });
    this.audit?.append({
      at: record.createdAt,
      user: null,
      action: KEY_CREATE_ACTION,
      articleId: null,
      description: replaces ? 'Tạo khóa ký mới (thay khóa cũ)' : 'Tạo khóa ký',
      details: { keyId: record.keyId, userId, publicKeyPem: record.publicKeyPem, reason: replaces ? 'replace' : 'first', ...(replaces ? { replacesKeyId: replaces.keyId } : {}) }
    });
    return record;
  }

  rewrapKey(userId: string, oldPassword: string, newPassword: string): void {
    const key = this.requireActive(userId);
    this.keys.rewrap(key.keyId, this.wrap(this.unwrap(key, oldPassword), newPassword));
  }

  activeKey(userId: string): PublicKeyRecord | null {
    const key = this.keys.active(userId);
    return key ? publicPart(key) : null;
  }

  publicKey(keyId: string): PublicKeyRecord | null {
    const key = this.keys.get(keyId);
    return key ? publicPart(key) : null;
  }

  sign(userId: string, password: string, message: string): { keyId: string; signature: string } {
    const key = this.requireActive(userId);
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

  private wrap(privateDer: Buffer, password: string): Wrapped {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', deriveKey(password, salt, this.params), iv);
    const encryptedPrivateKey = Buffer.concat([cipher.update(privateDer), cipher.final()]);
    return { encryptedPrivateKey, kdf: scryptParamsText(this.params), salt, iv, tag: cipher.getAuthTag() };
  }

  private unwrap(key: StoredKey, password: string): Buffer {
    const params = parseScryptParams(key.kdf);
    if (!params) throw new AppError(ErrorCode.WORKSPACE_DAMAGED, 'Khóa ký trong thư mục làm việc bị hỏng. Hãy nhờ quản trị viên đặt lại mật khẩu.');
    try {
      const decipher = createDecipheriv('aes-256-gcm', deriveKey(password, key.salt, params), key.iv);
      decipher.setAuthTag(key.tag);
      return Buffer.concat([decipher.update(key.encryptedPrivateKey), decipher.final()]);
    } catch {
      throw new AppError(ErrorCode.FORBIDDEN, 'Mật khẩu không đúng.');
    }
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
  return { keyId: key.keyId, userId: key.userId, publicKeyPem: key.publicKeyPem, createdAt: key.createdAt };
}
