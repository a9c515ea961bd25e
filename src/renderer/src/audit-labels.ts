// Vietnamese names for audit action codes (the codes stay stable for scripts and filters).
import { ACTION_LABELS, type WorkflowAction } from '../../shared/workflow';

const NAMES: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login-failed': 'Đăng nhập sai',
  'auth.logout': 'Đăng xuất',
  'auth.lock': 'Khóa màn hình',
  'auth.unlock': 'Mở khóa màn hình',
  'auth.unlock-failed': 'Mở khóa sai mật khẩu',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.disable': 'Vô hiệu hóa tài khoản',
  'user.enable': 'Kích hoạt tài khoản',
  'user.password-change': 'Đổi mật khẩu',
  'user.password-reset': 'Đặt lại mật khẩu',
  'key.create': 'Tạo khóa ký',
  'key.vouch': 'Ghi nhận khóa ký có sẵn (nâng cấp)',
  'audit.seal': 'Niêm phong nhật ký',
  'security.save': 'Cài đặt bảo mật',
  'backup.settings': 'Cài đặt sao lưu',
  'backup.restore': 'Khôi phục từ bản sao lưu',
  'profile.save': 'Sửa thông tin cơ quan',
  'lists.save': 'Sửa danh mục',
  'lock.takeOver': 'Tiếp quản quyền sửa',
  'article.create': 'Tạo bài viết',
  'article.save': 'Lưu bài viết',
  'article.import': 'Nhập bài từ tệp',
  'article.attachment-add': 'Thêm tệp đính kèm',
  'article.attachment-remove': 'Xóa tệp đính kèm',
  'workflow.tu-dong-huy-duyet': 'Tự động hủy duyệt',
  'publish.target.add': 'Thêm cổng xuất bản',
  'publish.target.update': 'Sửa cổng xuất bản',
  'publish.publish': 'Đưa vào hàng đợi xuất bản',
  'publish.update': 'Đưa vào hàng đợi cập nhật',
  'publish.correction': 'Đưa vào hàng đợi cải chính',
  'publish.take-down': 'Đưa vào hàng đợi gỡ bài',
  'publish.retry': 'Gửi lại bài trong hàng đợi',
  'publish.cancel': 'Hủy bài trong hàng đợi',
  'workflow.publish.publish.done': 'Đã xuất bản lên cổng',
  'workflow.publish.update.done': 'Đã cập nhật trên cổng',
  'workflow.publish.correction.done': 'Đã cải chính trên cổng',
  'workflow.publish.take-down.done': 'Đã gỡ bài khỏi cổng',
  'print.slip': 'In phiếu duyệt tin bài',
  'royalty.decide': 'Quyết định nhuận bút',
  'royalty.settings.save': 'Lưu bảng nhuận bút',
  'royalty.period.close': 'Chốt kỳ nhuận bút',
  'royalty.period.reopen': 'Mở lại kỳ nhuận bút'
};

export function auditActionName(code: string): string {
  if (NAMES[code]) return NAMES[code];
  const wf = code.startsWith('workflow.') ? (code.slice('workflow.'.length) as WorkflowAction) : null;
  if (wf && ACTION_LABELS[wf]) return ACTION_LABELS[wf];
  return code;
}
