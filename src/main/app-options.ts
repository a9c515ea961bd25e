// What openApp takes (options, adapters a test may swap) and what it gives (App). The assembly itself is in
// app.ts, the composition root.
import type { RemoteImageFetcher, Clock, IdGenerator, MediaStore, PasswordHasher } from '../core/ports';
import type { PdfRenderer } from '../core/printing/ports';
import type { PortalConnector } from '../core/publishing/ports';
import type { SecretBox } from '../core/publishing/store';
import type { VerifyReport } from '../core/audit/verify';
import type { SecuritySettings } from '../shared/accounts';
import type { UserRef } from '../shared/article';
import type { RestoreNotice } from '../shared/backups';
import type { StartupCheck } from '../shared/contract';
import type { PublishTarget } from '../shared/publishing';
import type { ScryptParams } from './adapters/crypto/scrypt';
import type { ConnectorOptions } from './adapters/portals/connectors';
import type { SqliteStore } from './adapters/sqlite/store';
import type { AppServices } from './app';
import type { AuditSealer } from './audit-seal';
import type { BackupControl } from './backup/backup-control';
import type { BackupJob } from './backup/backup-job';
import type { Dispatch } from './dispatch';
import type { EventHub } from './events/event-hub';
import type { LocalFileOpener } from './publishing/local-copy';
import type { SessionManager } from './sessions/session-manager';

export interface AppOptions {
  workspaceDir: string;
  mode: 'electron' | 'browser' | 'cli';
  sample?: boolean;
  /** Password of the sample accounts; generated when missing (then read it from App.samplePassword). */
  samplePassword?: string;
  log?: (line: string) => void;
  /** CLI: the verb, named in the workspace lock so that a second opener learns what holds the workspace. */
  verb?: string;
  /**
   * Opens the database read-only and without the workspace lock, so that it can run beside the app (CLI
   * verbs that only read). Anything that tries to write fails with SQLite's read-only error.
   */
  readOnly?: boolean;
  /** Adapters a test swaps for its own (a controllable clock, cheap key derivation, …). */
  overrides?: AppOverrides;
  /** The host's "Khôi phục từ bản sao lưu" (closes this app and opens the restored workspace); none in the CLI. */
  restore?: (name: string, by: UserRef) => Promise<RestoreNotice>;
  /** This opening follows a restore from the app: the login page says so. */
  restored?: RestoreNotice | null;
}

export interface AppOverrides {
  clock?: Clock;
  ids?: IdGenerator;
  passwords?: PasswordHasher;
  /** scrypt parameters of the signing-key vault. */
  keyScrypt?: ScryptParams;
  /** Workspace security settings as the workflow reads them (tests flip separation of duties). */
  security?: () => SecuritySettings;
  lockLeaseMs?: number;
  /** Background jobs (retention, publishing) run unless false; the CLI never runs them. */
  jobs?: boolean;
  /** Seals portal secrets (Electron: safeStorage); default: a key file in the workspace folder. */
  secrets?: SecretBox;
  /** How connectors reach portals (Electron: net.fetch; tests: short timeouts). */
  connectors?: ConnectorOptions;
  /** Replaces the connector factory (tests: an in-memory portal with scripted faults). */
  connect?: (target: PublishTarget, secret: string | null) => PortalConnector;
  /** The PDF engine (default: an installed Chromium/Chrome/Edge through playwright-core); App.close closes it. */
  pdf?: PdfRenderer;
  /** Opens a folder target's copy of an article on this PC (Electron's shell); none in browser mode and the CLI. */
  opener?: LocalFileOpener;
  /** Downloads pasted web images (tests: a short timeout). */
  remoteImages?: RemoteImageFetcher;
}

export interface App {
  /** Every call of every transport: `dispatch(method, input, { connectionId })`. */
  dispatch: Dispatch;
  /**
   * The command line's own identity for direct service calls that are not a user's action (e.g. batch
   * import). User actions go through `dispatch` with a logged-in session (see CLI_CONNECTION).
   */
  ctx: { user: UserRef };
  sessions: SessionManager;
  media: MediaStore;
  services: AppServices;
  /** The event channel: transports subscribe to forward events to windows and tabs. */
  events: EventHub;
  store: SqliteStore;
  /** Checks the whole audit chain, every sign-off, every user key and the history rows against the chain. */
  verify(): VerifyReport;
  /** "Niêm phong nhật ký": seals of the chain head, written outside the database. */
  sealer: AuditSealer;
  workspaceDir: string;
  /** Set when this opening created the sample accounts: the password they share. */
  samplePassword: string | null;
  /** What the database check at start found after an unclean shutdown; null when none was needed. */
  startupCheck: StartupCheck | null;
  /** Automatic backups (hourly while open); null where background jobs do not run (CLI, read-only, tests) or are switched off. */
  readonly backups: BackupJob | null;
  /** The backup folder in use, the automatic job (restarted when its settings change), "Sao lưu ngay". */
  backupControl: BackupControl;
  /** The network share the workspace folder is on (`\\server\share`, `cifs //server/share`): a warning; else null. */
  networkShare: string | null;
  close(): void;
}

export const WORKSPACE_DB = 'workspace.sqlite';

/** The connection id of a command-line run (one process, one session). */
export const CLI_CONNECTION = 'cli';
