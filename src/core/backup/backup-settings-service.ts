// "Sao lưu" settings: where automatic backups go, how many the rotation keeps, on/off. Admin only and
// audited. The folder rules: an absolute path, outside the workspace folder (a backup on the same folder
// dies with the disk it protects), a folder that exists or can be created, and is writable. The checks
// that need the file system are facts from a probe; the rules and messages are here.
import type { SessionUser } from '../../shared/accounts';
import type { UserRef } from '../../shared/article';
import { DEFAULT_BACKUP_SETTINGS, type BackupSettings, type RestoreNotice } from '../../shared/backups';
import { formatDateTime } from '../../shared/dates';
import { AppError, ErrorCode } from '../../shared/errors';
import { requireAdmin } from '../accounts/account-service';
import type { AuditLog, Clock, TransactionRunner } from '../ports';

export interface BackupSettingsRepository {
  getBackup(): BackupSettings;
  saveBackup(settings: BackupSettings): void;
}

export interface FolderFacts {
  absolute: boolean;
  /** The folder is the workspace folder or inside it. */
  insideWorkspace: boolean;
  /** ok; 'not-folder': a file has that name; 'cannot-create': missing and cannot be made; 'not-writable'. */
  state: 'ok' | 'not-folder' | 'cannot-create' | 'not-writable';
}

export interface FolderProbe {
  /** Creates the folder when missing (that is part of "can backups go there"). */
  inspect(folder: string): FolderFacts;
}

export class BackupSettingsService {
  constructor(private readonly d: { settings: BackupSettingsRepository; probe: FolderProbe; audit: AuditLog; clock: Clock; tx: TransactionRunner }) {}

  current(): BackupSettings {
    return { ...DEFAULT_BACKUP_SETTINGS, ...this.d.settings.getBackup() };
  }

  save(actor: SessionUser, next: BackupSettings): BackupSettings {
    requireAdmin(actor, 'thay đổi cài đặt sao lưu');
    const folder = next.folder?.normalize('NFC').trim() || null;
    if (folder !== null) this.checkFolder(folder);
    const saved: BackupSettings = { enabled: next.enabled, folder, hourly: next.hourly, daily: next.daily, weekly: next.weekly };
    const before = this.current();
    this.d.tx.transaction(() => {
      this.d.settings.saveBackup(saved);
      this.d.audit.append({
        at: this.d.clock.now().toISOString(),
        user: { id: actor.id, name: actor.name },
        action: 'backup.settings',
        articleId: null,
        description: `Thay đổi cài đặt sao lưu: ${saved.enabled ? 'bật' : 'tắt'} sao lưu tự động; thư mục: ${saved.folder ?? 'mặc định'}; giữ ${saved.hourly} bản hằng giờ, ${saved.daily} bản hằng ngày, ${saved.weekly} bản hằng tuần`,
        details: { before, after: saved }
      });
    });
    return saved;
  }

  /** Written into the restored workspace, so its own chain says where its data came from. */
  recordRestore(actor: UserRef, notice: RestoreNotice, backupFile: string): void {
    this.d.tx.transaction(() =>
      this.d.audit.append({
        at: notice.restoredAt,
        user: actor,
        action: 'backup.restore',
        articleId: null,
        description: `Khôi phục từ bản sao lưu lúc ${formatDateTime(notice.backupAt)}${notice.safetyBackup ? `; dữ liệu trước đó được sao lưu thành ${notice.safetyBackup}` : ''}`,
        details: { backupFile, ...notice }
      })
    );
  }

  private checkFolder(folder: string): void {
    const refuse = (message: string): never => {
      throw new AppError(ErrorCode.INVALID_INPUT, message, { folder: message });
    };
    const facts = this.d.probe.inspect(folder);
    if (!facts.absolute) refuse('Hãy nhập đường dẫn đầy đủ của thư mục sao lưu (ví dụ E:\\SaoLuu hoặc /media/usb/SaoLuu).');
    if (facts.insideWorkspace) refuse('Thư mục sao lưu không được nằm trong thư mục dữ liệu: hỏng ổ đĩa sẽ mất cả dữ liệu lẫn bản sao lưu. Hãy chọn ổ khác (ổ USB, ổ mạng).');
    if (facts.state === 'not-folder') refuse(`“${folder}” là một tệp, không phải thư mục.`);
    if (facts.state === 'cannot-create') refuse(`Không có và không tạo được thư mục “${folder}” (ổ USB hoặc ổ mạng đã cắm/kết nối chưa?).`);
    if (facts.state === 'not-writable') refuse(`Không ghi được vào thư mục “${folder}” (thiếu quyền ghi hoặc ổ chỉ đọc).`);
  }
}
