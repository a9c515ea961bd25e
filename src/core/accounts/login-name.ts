// Logins are compared trimmed, NFC and lower case ("BienTap " and "bientap" are the same person).
import { AppError, ErrorCode } from '../../shared/errors';

export function foldLogin(login: string): string {
  return login.normalize('NFC').trim().toLowerCase();
}

export const MIN_PASSWORD_LENGTH = 8;

export function checkLoginName(login: string): void {
  if (!/^[\p{L}\p{N}._-]{1,64}$/u.test(login)) {
    throw new AppError(ErrorCode.INVALID_INPUT, 'Tên đăng nhập chỉ gồm chữ, số, dấu chấm, gạch dưới hoặc gạch ngang, không có khoảng trắng.', {
      login: 'Tên đăng nhập không hợp lệ.'
    });
  }
}

export function checkNewPassword(password: string, field = 'password'): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AppError(ErrorCode.INVALID_INPUT, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`, {
      [field]: `Cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
    });
  }
}
