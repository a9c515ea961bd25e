// backup.*: the "Sao lưu" page. Admin only, checked here from the session (and again by the settings
// service); the restore itself belongs to whoever hosts the app (it closes and reopens the workspace).
import type { UserRef } from '../../shared/article';
import type { RestoreNotice } from '../../shared/backups';
import { AppError, ErrorCode } from '../../shared/errors';
import { requireAdmin } from '../../core/accounts/account-service';
import type { AppServices } from '../app';
import type { BackupControl } from '../backup/backup-control';
import type { Handlers } from './types';

type BackupMethods = Pick<Handlers, 'backup.view' | 'backup.saveSettings' | 'backup.runNow' | 'backup.restore'>;

export interface BackupActions {
  control: Pick<BackupControl, 'view' | 'runNow' | 'settingsChanged'>;
  /** Null where the workspace cannot be reopened in place (the command line, tests without a host). */
  restore: ((name: string, by: UserRef) => Promise<RestoreNotice>) | null;
}

export function backupHandlers(s: Pick<AppServices, 'backupSettings'>, b: BackupActions): BackupMethods {
  return {
    'backup.view': async (_input, ctx) => {
      requireAdmin(ctx.user, 'xem các bản sao lưu');
      return b.control.view();
    },
    'backup.saveSettings': async (input, ctx) => {
      requireAdmin(ctx.user, 'thay đổi cài đặt sao lưu');
      s.backupSettings.save(ctx.user, input);
      b.control.settingsChanged();
      return b.control.view();
    },
    'backup.runNow': async (_input, ctx) => {
      requireAdmin(ctx.user, 'sao lưu');
      return b.control.runNow();
    },
    'backup.restore': async ({ name }, ctx) => {
      requireAdmin(ctx.user, 'khôi phục từ bản sao lưu');
      if (!b.restore) throw new AppError(ErrorCode.CONFLICT, 'Ở chế độ này không khôi phục được từ giao diện; hãy dùng lệnh restore của dòng lệnh.');
      return b.restore(name, { id: ctx.user.id, name: ctx.user.name });
    }
  };
}
