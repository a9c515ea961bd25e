// Hosts the open workspace for a transport (browser-mode server, Electron IPC): calls, events and media
// go to whichever app is current, so that "Khôi phục từ bản sao lưu" can swap in a freshly built app
// (through openApp, the composition root) without restarting the process. The new app has a new session
// manager: every session ends and each window lands on the login page.
import type { AppEvent } from '../shared/events';
import { AppError, ErrorCode, type Result } from '../shared/errors';
import type { RestoreNotice } from '../shared/backups';
import type { UserRef } from '../shared/article';
import type { App, AppOptions } from './app';
import type { Connection } from './sessions/session-manager';
import { restoreInProcess } from './backup/restore-in-process';

export const RESTORING = 'Đang khôi phục dữ liệu từ bản sao lưu; hãy chờ trong giây lát rồi đăng nhập lại.';

export class WorkspaceHost {
  private app: App;
  private restoring = false;
  private readonly listeners = new Set<(event: AppEvent) => void>();
  private unsubscribe: () => void;

  /** `open`: openApp with the host's options; the host adds its restore and the notice of the last restore. */
  constructor(
    private readonly open: (extra: Pick<AppOptions, 'restore' | 'restored'>) => App,
    private readonly log: (line: string) => void
  ) {
    this.app = this.openWith(null);
    this.unsubscribe = this.forward();
  }

  get current(): App {
    return this.app;
  }

  dispatch = (method: string, input: unknown, conn: Connection): Promise<Result<unknown>> => {
    if (this.restoring) return Promise.resolve({ ok: false, error: { code: ErrorCode.CONFLICT, message: RESTORING } });
    return this.app.dispatch(method, input, conn);
  };

  subscribe = (listener: (event: AppEvent) => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  close(): void {
    this.unsubscribe();
    this.app.close();
  }

  private async restore(name: string, by: UserRef): Promise<RestoreNotice> {
    if (this.restoring) throw new AppError(ErrorCode.CONFLICT, RESTORING);
    this.restoring = true;
    try {
      return await restoreInProcess({
        app: this.app,
        name,
        by,
        now: new Date(),
        log: this.log,
        reopen: (notice) => {
          this.unsubscribe();
          this.app = this.openWith(notice);
          this.unsubscribe = this.forward();
          return this.app;
        }
      });
    } finally {
      this.restoring = false;
    }
  }

  private openWith(notice: RestoreNotice | null): App {
    return this.open({ restore: (name, by) => this.restore(name, by), restored: notice });
  }

  private forward(): () => void {
    return this.app.events.subscribe((event) => {
      for (const listener of [...this.listeners]) listener(event);
    });
  }
}
