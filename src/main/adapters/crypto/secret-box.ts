// Sealing portal passwords and tokens outside the renderer's reach. Electron uses safeStorage (the OS
// keychain / DPAPI, see electron/safe-storage-box.ts); browser mode and the CLI use AES-256-GCM with a
// random key kept in its own file in the workspace folder, readable by its owner only, so the
// database file alone does not reveal them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretBox } from '../../../core/publishing/store';
import { AppError, ErrorCode } from '../../../shared/errors';

export const SECRET_KEY_FILE = 'secrets.key';

export class FileKeySecretBox implements SecretBox {
  private readonly key: Buffer;

  constructor(workspaceDir: string) {
    const path = join(workspaceDir, SECRET_KEY_FILE);
    if (!existsSync(path)) {
      writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    }
    chmodSync(path, 0o600);
    this.key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (this.key.length !== 32) throw new AppError(ErrorCode.INTERNAL, `Tệp khóa ${SECRET_KEY_FILE} trong thư mục làm việc bị hỏng; hãy nhập lại mật khẩu các cổng xuất bản.`);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw unreadable();
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw unreadable();
    }
  }
}

function unreadable(): AppError {
  return new AppError(ErrorCode.INTERNAL, 'Không giải mã được mật khẩu của cổng xuất bản (khóa đã đổi?); hãy nhập lại mật khẩu trong trang “Cổng thông tin”.');
}
