// Logged-in sessions, held in the main process and keyed by the caller's connection id:
// Electron `wc:<webContents.id>`, browser mode `http:<bbt_sid cookie>`, CLI its own id. Sessions live in
// memory only: restarting the app logs everybody out. The screen locks after `lockAfterMinutes` without a
// call (measured here, not in the renderer) or on request; a locked session may only unlock or log out.
import type { SessionInfo, SessionUser } from '../../shared/accounts';

export interface Connection {
  connectionId: string;
  /**
   * Browser mode: gives the connection a new session id (a new cookie) and returns the new connection
   * id. Called at login, setup and logout, so a session id planted before login is never the one used after.
   */
  rotate?: () => string;
  /** The page says no person started this call (a timer or an event refresh): it does not count as activity. */
  background?: boolean;
}

interface Session {
  user: SessionUser;
  lastActive: number;
  locked: boolean;
}

export interface SessionManagerOptions {
  now: () => number;
  /** Read on every check, so a saved setting applies to open sessions at once. 0 = never lock. */
  lockAfterMinutes: () => number;
  /** Called once when an idle session becomes locked (for the audit log). */
  onIdleLock?: (user: SessionUser) => void;
}

export class SessionManager {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly opts: SessionManagerOptions) {}

  begin(connectionId: string, user: SessionUser): SessionInfo {
    this.sessions.set(connectionId, { user, lastActive: this.opts.now(), locked: false });
    return this.info(connectionId)!;
  }

  /** The session's user (locked or not), or null when nobody is logged in on this connection. */
  user(connectionId: string): SessionUser | null {
    return this.current(connectionId)?.user ?? null;
  }

  isLocked(connectionId: string): boolean {
    return this.current(connectionId)?.locked ?? false;
  }

  info(connectionId: string): SessionInfo | null {
    const s = this.current(connectionId);
    return s ? { user: s.user, lockAfterMinutes: this.opts.lockAfterMinutes(), locked: s.locked } : null;
  }

  /** Records activity: the idle clock restarts. Call only for calls the session was allowed to make. */
  touch(connectionId: string): void {
    const s = this.current(connectionId);
    if (s && !s.locked) s.lastActive = this.opts.now();
  }

  lock(connectionId: string): void {
    const s = this.current(connectionId);
    if (s) s.locked = true;
  }

  unlock(connectionId: string, user: SessionUser): SessionInfo | null {
    const s = this.sessions.get(connectionId);
    if (!s) return null;
    s.user = user;
    s.locked = false;
    s.lastActive = this.opts.now();
    return this.info(connectionId);
  }

  /** The session now lives under `to` (a rotated session id); `from` has none. */
  move(from: string, to: string): void {
    const s = this.sessions.get(from);
    this.sessions.delete(from);
    if (s) this.sessions.set(to, s);
  }

  end(connectionId: string): SessionUser | null {
    const s = this.sessions.get(connectionId);
    this.sessions.delete(connectionId);
    return s?.user ?? null;
  }

  /** After an admin edit: refresh the user's sessions, or end them all (`null`: disabled or reset). */
  updateUser(userId: string, user: SessionUser | null): void {
    for (const [id, s] of this.sessions) {
      if (s.user.id !== userId) continue;
      if (user) s.user = user;
      else this.sessions.delete(id);
    }
  }

  private current(connectionId: string): Session | null {
    const s = this.sessions.get(connectionId);
    if (!s) return null;
    const minutes = this.opts.lockAfterMinutes();
    if (!s.locked && minutes > 0 && this.opts.now() - s.lastActive >= minutes * 60_000) {
      s.locked = true;
      this.opts.onIdleLock?.(s.user);
    }
    return s;
  }
}
