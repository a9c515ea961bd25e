// Portal passwords and tokens sealed with Electron's safeStorage (DPAPI on Windows, the keychain on
// macOS, libsecret on Linux): the ciphertext in the workspace is useless on another account or PC.
import { safeStorage } from 'electron';
import type { SecretBox } from '../../core/publishing/store';
import { AppError, ErrorCode } from '../../shared/errors';

const PREFIX = 'safe:';

/** null when the OS offers no encryption (then the workspace key file is used instead). */
export function safeStorageBox(): SecretBox | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  return {
    seal: (plain) => PREFIX + safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => {
      if (!sealed.startsWith(PREFIX)) throw unreadable();
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(PREFIX.length), 'base64'));
      } catch {
        throw unreadable();
      }
    }
  };
}

function unreadable(): AppError {
  return new AppError(ErrorCode.INTERNAL, 'Không giải mã được mật khẩu của cổng xuất bản trên máy này; hãy nhập lại mật khẩu trong trang “Cổng thông tin”.');
}
