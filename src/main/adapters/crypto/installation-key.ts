// The installation key: an Ed25519 key pair that signs seals of the audit chain. It is kept OUTSIDE the
// database, in its own file in the workspace folder readable by its owner only (like secrets.key), so a
// copy or rewrite of workspace.sqlite alone cannot produce a seal. Created on first use.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, ErrorCode } from '../../../shared/errors';
import { keyIdOf } from './key-vault';

export const INSTALLATION_KEY_FILE = 'installation-key.pem';

export class InstallationKey {
  private readonly path: string;

  constructor(workspaceDir: string) {
    this.path = join(workspaceDir, INSTALLATION_KEY_FILE);
  }

  /** The public half, or null when this installation has not sealed yet (verify never creates one). */
  publicKey(): { keyId: string; publicKeyPem: string } | null {
    if (!existsSync(this.path)) return null;
    const publicKeyPem = createPublicKey(this.privateKey()).export({ type: 'spki', format: 'pem' }).toString();
    return { keyId: keyIdOf(publicKeyPem)!, publicKeyPem };
  }

  /** The public half, creating the key file (0600) the first time. */
  ensure(): { keyId: string; publicKeyPem: string } {
    if (!existsSync(this.path)) {
      const { privateKey } = generateKeyPairSync('ed25519');
      writeFileSync(this.path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    }
    chmodSync(this.path, 0o600);
    return this.publicKey()!;
  }

  /** Ed25519 signature (base64); call ensure() first. */
  sign(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey()).toString('base64');
  }

  private privateKey() {
    try {
      return createPrivateKey(readFileSync(this.path, 'utf8'));
    } catch {
      throw new AppError(ErrorCode.WORKSPACE_DAMAGED, `Tệp khóa niêm phong ${INSTALLATION_KEY_FILE} trong thư mục làm việc bị hỏng.`);
    }
  }
}

export function verifyEd25519(publicKeyPem: string, message: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(message, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
