// Keys whose password an administrator knew: made by a password reset or when the administrator
// created the account with its first password. Such a key is pending (never signs); the user's own
// password change replaces it with a fresh key, and `verify` flags any sign-off made with one.
import type { KeyOrigin } from '../ports';

export function adminKnewPassword(origin: KeyOrigin | undefined): origin is 'reset' | 'created' {
  return origin === 'reset' || origin === 'created';
}

/** Why a pending key does not sign, and what the user does about it. */
export function pendingKeyMessage(origin: KeyOrigin | undefined): string {
  return origin === 'created'
    ? 'Bạn đang dùng mật khẩu ban đầu do quản trị viên đặt khi tạo tài khoản: hãy tự đổi mật khẩu (Đổi mật khẩu) trước khi ký duyệt.'
    : 'Mật khẩu của bạn vừa được quản trị viên đặt lại: hãy tự đổi mật khẩu trước khi ký duyệt.';
}
