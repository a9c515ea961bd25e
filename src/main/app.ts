// The composition root: the one place where the app is assembled. It opens a workspace folder, takes
// every repository from the SQLite store, builds each domain service once with all its dependencies
// (no setters afterwards), the handler map, dispatch, the event channel and the background jobs.
// Electron, browser mode, the CLI, the benchmark and the tests all build the app here (tests may swap
// adapters through `overrides`).
import { hostname } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json';
import { AccountService } from '../core/accounts/account-service';
import { PasswordAttempts } from '../core/accounts/password-attempts';
import { SecurityService } from '../core/accounts/security-service';
import { ArticleImport } from '../core/articles/article-import';
import { ArticlePage } from '../core/articles/article-page';
import { ArticleReader } from '../core/articles/article-reader';
import { ArticleService } from '../core/articles/article-service';
import { editorBodyTools } from '../core/articles/body-tools';
import { ListsService } from '../core/articles/lists-service';
import { AuditTrail } from '../core/audit/audit-trail';
import { verifyWorkspace, type VerifyReport } from '../core/audit/verify';
import { CommentService } from '../core/comments/comment-service';
import { CompareService } from '../core/compare/compare-service';
import { MediaService } from '../core/media/media-service';
import type { Clock, IdGenerator, MediaStore, PasswordHasher, RemoteImageFetcher } from '../core/ports';
import { ProfileService } from '../core/profile/profile-service';
import { OutboxWorker } from '../core/publishing/outbox-worker';
import { approvalFingerprint } from '../core/publishing/keys';
import { PortalWitness } from '../core/publishing/portal-witness';
import { PublishingService } from '../core/publishing/publishing-service';
import { BulletinProfileService } from '../core/bulletins/bulletin-profile-service';
import { BulletinService } from '../core/bulletins/bulletin-service';
import { BulletinPrinter } from '../core/printing/bulletin-printer';
import type { PdfRenderer } from '../core/printing/ports';
import { PrintingService } from '../core/printing/printing-service';
import { SlipService } from '../core/printing/slip-service';
import type { PortalConnector } from '../core/publishing/ports';
import type { SecretBox } from '../core/publishing/store';
import type { PublishTarget } from '../shared/publishing';
import { DecisionService } from '../core/royalties/decision-service';
import { PeriodBook } from '../core/royalties/period-book';
import { RoyaltyReportService } from '../core/royalties/report-service';
import { RoyaltySettingsService } from '../core/royalties/settings-service';
import { SettingsAdmin } from '../core/settings/settings-admin';
import { BackupSettingsService, type FolderProbe } from '../core/backup/backup-settings-service';
import type { RestoreNotice } from '../shared/backups';
import { VersionService } from '../core/versions/version-service';
import { EditLocks } from '../core/workflow/edit-locks';
import { WorkflowEditGuard } from '../core/workflow/edit-guard';
import { SignOffs } from '../core/workflow/signoffs';
import { WorkList } from '../core/workflow/work-list';
import { WorkflowRecorder } from '../core/workflow/workflow-recorder';
import { WorkflowService } from '../core/workflow/workflow-service';
import type { SecuritySettings } from '../shared/accounts';
import type { StartupCheck } from '../shared/contract';
import type { Article, UserRef } from '../shared/article';
import { keyIdOf, SqliteKeyVault } from './adapters/crypto/key-vault';
import { SAMPLE_SCRYPT, STANDARD_SCRYPT, type ScryptParams } from './adapters/crypto/scrypt';
import { ScryptPasswordHasher } from './adapters/crypto/password-hasher';
import { FileKeySecretBox } from './adapters/crypto/secret-box';
import { anchorWords, jsdiffDiffer } from './adapters/diff/jsdiff';
import { domPurifySanitizer } from './adapters/html/sanitize';
import { createConnector, type ConnectorOptions } from './adapters/portals/connectors';
import { ChromiumPdfRenderer } from './adapters/pdf/chromium-pdf';
import { BundledFonts } from './adapters/pdf/fonts';
import { PdfLibInspector } from './adapters/pdf/pdf-layout';
import { qrEncoder } from './adapters/pdf/qr';
import { ExcelRoyaltyWorkbook } from './adapters/xlsx/royalty-workbook';
import { FileMediaStore } from './adapters/media-store';
import { HttpRemoteImageFetcher } from './adapters/remote-image-fetcher';
import { createSqliteStore, type SqliteStore } from './adapters/sqlite/store';
import { SqliteVerifyReader } from './adapters/sqlite/verify-reader';
import { AuditSealer, startSealing } from './audit-seal';
import { nodeHasher, systemClock, uuidV7Ids } from './adapters/system';
import { createDispatch, type Dispatch } from './dispatch';
import { EventHub } from './events/event-hub';
import { createHandlers } from './handlers/index';
import { startPublishingJob } from './publishing-job';
import type { LocalFileOpener } from './publishing/local-copy';
import { startRetentionJob } from './retention-job';
import type { BackupJob } from './backup/backup-job';
import { BackupControl, defaultBackupFolder } from './backup/backup-control';
import { fileFolderProbe } from './backup/folder-probe';
import { newestVerifiedBackup, readMounts } from './backup/startup';
import { backupWorkspace } from './backup/workspace-backup';
import { networkShareOf } from '../core/backup/network-share';
import { acquireWorkspaceLock, type WorkspaceLock } from './workspace-lock';
import { prepareWorkspaceDir, restrictDatabaseFiles } from './workspace-permissions';
import { seedSampleWorkspace } from './sample/workspace';
import { SessionManager } from './sessions/session-manager';

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

export type AppServices = ReturnType<typeof buildServices>;

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

const CLI_OPERATOR: UserRef = { id: 'cli', name: 'Dòng lệnh' };

interface Adapters {
  store: SqliteStore;
  media: MediaStore;
  remoteImages: RemoteImageFetcher;
  events: EventHub;
  clock: Clock;
  ids: IdGenerator;
  passwords: PasswordHasher;
  keyScrypt?: ScryptParams;
  security?: () => SecuritySettings;
  lockLeaseMs?: number;
  secrets: SecretBox;
  connect: (target: PublishTarget, secret: string | null) => PortalConnector;
  pdf: PdfRenderer;
  /** "Niêm phong nhật ký": slips and publications seal through it. */
  sealer: AuditSealer;
  /** File-system facts for the backup folder rules. */
  folderProbe: FolderProbe;
  workerId: string;
  log: (line: string) => void;
}

/** Every domain service, each built once, in dependency order; frozen so nothing is installed later. */
function buildServices(a: Adapters) {
  const { store, media, events, clock, ids } = a;
  const hasher = nodeHasher;
  // Events raised inside a transaction are delivered after it commits.
  const tx = events.transactional(store.tx);
  const base = { tx, clock, ids };

  const keys = new SqliteKeyVault(store.keys, clock, a.keyScrypt, store.audit);
  // One guess budget per user for every password check: login, unlock, Đổi mật khẩu, Ký duyệt.
  const attempts = new PasswordAttempts({ audit: store.audit, clock });
  const accounts = new AccountService({ ...base, accounts: store.accounts, hasher: a.passwords, keys, audit: store.audit, attempts });
  const security = new SecurityService({ settings: store.securitySettings, audit: store.audit, clock });
  const lists = new ListsService(store.settings);
  const profile = new ProfileService({ ...base, profiles: store.profiles });
  const settings = new SettingsAdmin({ profile, lists, audit: store.audit, clock, tx });
  const backupSettings = new BackupSettingsService({ settings: store.backupSettings, probe: a.folderProbe, audit: store.audit, clock, tx });

  // Built on the repository, so that what ArticleService needs at construction can read articles too.
  const reader = new ArticleReader(store.articles);
  const signOffs = new SignOffs({ signOffs: store.signOffs, keys, hasher, ids });
  const recorder = new WorkflowRecorder({ workflow: store.workflow, history: store.history, audit: store.audit, ids });
  const locks = new EditLocks({ ...base, locks: store.locks, accounts: store.accounts, articles: reader, audit: store.audit, leaseMs: a.lockLeaseMs });
  const guard = new WorkflowEditGuard({ accounts: store.accounts, locks, signOffs, recorder, audit: store.audit });
  const comments = new CommentService({
    ...base,
    comments: store.comments,
    articles: reader,
    revisionText: (articleId, revisionId) => {
      const snapshot = store.versions.snapshot(revisionId);
      return snapshot?.id === articleId ? snapshot.bodyText : null;
    },
    words: anchorWords
  });
  const articles = new ArticleService({
    ...base,
    articles: store.articles,
    history: store.history,
    media,
    hasher,
    lists,
    body: editorBodyTools,
    reader,
    guard,
    revisionListeners: [comments.onRevision],
    events
  });
  const workflow = new WorkflowService({
    ...base,
    articles: reader,
    workflow: store.workflow,
    signOffs,
    locks,
    recorder,
    accounts: store.accounts,
    events,
    security: a.security ?? (() => security.current()),
    openComments: (articleId) => comments.openThreadIds(articleId),
    attempts
  });
  const workList = new WorkList({ workflow: store.workflow, accounts: store.accounts });
  const versions = new VersionService({ ...base, versions: store.versions, articles, history: store.history, audit: store.audit });
  const compare = new CompareService({ versions, workflow, views: store.views, differ: jsdiffDiffer });
  const page = new ArticlePage({ articles, workflow, views: store.views });
  const mediaFiles = new MediaService({ media, articles, remote: a.remoteImages });
  // mammoth and jsdom take seconds to load and most sessions never import: loaded on first use.
  const importer = new ArticleImport({
    articles,
    read: async (bytes, fileName) => (await import('./adapters/import/import-file')).importFile(bytes, fileName, media)
  });
  const audit = new AuditTrail({ reader: store.audit, accounts: store.accounts });
  const signOffRecord = (articleId: string, signOffId: string) => store.signOffs.forArticle(articleId).find((r) => r.id === signOffId) ?? null;
  const publishing = new PublishingService({
    ...base,
    targets: store.targets,
    outbox: store.outbox,
    secrets: a.secrets,
    articles: reader,
    signOffs,
    profile,
    openComments: (articleId) => comments.openThreadIds(articleId),
    accounts: store.accounts,
    history: store.history,
    audit: store.audit,
    connect: a.connect,
    sanitizer: domPurifySanitizer,
    events
  });
  const witness = new PortalWitness({
    publishing,
    targets: store.targets,
    outbox: store.outbox,
    articles: reader,
    signOffRecord,
    signOffChecks: () => signOffs.checkDeps(),
    hasher,
    setViewCount: (articleId, count) => store.articles.setViewCount(articleId, count),
    recorder,
    tx,
    clock,
    events
  });
  const outbox = new OutboxWorker({
    ...base,
    outbox: store.outbox,
    targets: store.targets,
    connector: (targetId) => publishing.connector(publishing.target(targetId)),
    articles: reader,
    media,
    profile,
    signOffs,
    signOffRecord,
    recorder,
    auditHead: () => store.audit.head(),
    sealer: a.sealer,
    sanitizer: domPurifySanitizer,
    hasher,
    events,
    workerId: a.workerId,
    log: a.log
  });
  const fonts = new BundledFonts();
  const currentFingerprint = (article: Article): string => {
    const view = signOffs.current(article);
    const record = view ? signOffRecord(article.id, view.id) : null;
    return record ? approvalFingerprint(record, hasher) : '';
  };
  const printing = new PrintingService({ articles: reader, profile, media, sanitizer: domPurifySanitizer, fonts, pdf: a.pdf, clock, fingerprint: currentFingerprint });
  const bulletinProfile = new BulletinProfileService({ ...base, profiles: store.bulletinProfiles, audit: store.audit });
  const bulletins = new BulletinService({ ...base, issues: store.bulletinIssues, articles: store.articles, audit: store.audit });
  const bulletinPrinter = new BulletinPrinter({
    bulletins,
    profile: bulletinProfile,
    media,
    sanitizer: domPurifySanitizer,
    fonts,
    pdf: a.pdf,
    inspector: new PdfLibInspector(),
    events,
    ids,
    clock
  });
  const slips = new SlipService({ articles: reader, signOffs, signOffRecords: store.signOffs, audit: store.audit, accounts: store.accounts, profile, fonts, pdf: a.pdf, qr: qrEncoder, clock, hasher, sealer: a.sealer });
  const royaltySettings = new RoyaltySettingsService({ ...base, settings: store.royaltySettings, audit: store.audit });
  const royaltyPeriods = new PeriodBook({ ...base, periods: store.royaltyPeriods, audit: store.audit });
  const royalties = new DecisionService({
    ...base,
    settings: royaltySettings,
    decisions: store.royaltyDecisions,
    periods: royaltyPeriods,
    publications: store.publicationDates,
    articles: reader,
    accounts: store.accounts,
    history: store.history,
    audit: store.audit
  });
  const royaltyReports = new RoyaltyReportService({
    decisions: store.royaltyDecisions,
    published: royalties,
    articles: reader,
    settings: royaltySettings,
    periods: royaltyPeriods,
    profile,
    clock,
    deciderRoles: () => royalties.deciderRoles(),
    workbook: new ExcelRoyaltyWorkbook(),
    pdf: a.pdf,
    fonts
  });

  return Object.freeze({
    keys: frozen(keys),
    accounts: frozen(accounts),
    security: frozen(security),
    lists: frozen(lists),
    profile: frozen(profile),
    settings: frozen(settings),
    backupSettings: frozen(backupSettings),
    signOffs: frozen(signOffs),
    recorder: frozen(recorder),
    locks: frozen(locks),
    comments: frozen(comments),
    articles: frozen(articles),
    workflow: frozen(workflow),
    workList: frozen(workList),
    versions: frozen(versions),
    compare: frozen(compare),
    page: frozen(page),
    media: frozen(mediaFiles),
    importer: frozen(importer),
    audit: frozen(audit),
    publishing: frozen(publishing),
    witness: frozen(witness),
    outbox: frozen(outbox),
    printing: frozen(printing),
    bulletinProfile: frozen(bulletinProfile),
    bulletins: frozen(bulletins),
    bulletinPrinter: frozen(bulletinPrinter),
    slips: frozen(slips),
    royaltySettings: frozen(royaltySettings),
    royaltyPeriods: frozen(royaltyPeriods),
    royalties: frozen(royalties),
    royaltyReports: frozen(royaltyReports)
  });
}

function frozen<T extends object>(service: T): T {
  return Object.freeze(service);
}

const PROGRAMS: Record<AppOptions['mode'], string> = {
  electron: 'Ban Biên Tập',
  browser: 'Ban Biên Tập (chế độ trình duyệt)',
  cli: 'dòng lệnh Ban Biên Tập'
};

/** Takes the workspace lock, then opens the database; a stale lock taken over means a crash: check the file. */
function openStore(opts: AppOptions, clock: Clock, log: (line: string) => void): { store: SqliteStore; lock: WorkspaceLock | null } {
  const file = join(opts.workspaceDir, WORKSPACE_DB);
  if (opts.readOnly) return { store: createSqliteStore(file, { clock, readOnly: true }), lock: null };
  prepareWorkspaceDir(opts.workspaceDir, WORKSPACE_DB, log);
  const program = opts.verb ? `${PROGRAMS[opts.mode]} (lệnh ${opts.verb})` : PROGRAMS[opts.mode];
  const lock = acquireWorkspaceLock(opts.workspaceDir, { program, log });
  try {
    const store = createSqliteStore(file, { clock, checkIntegrity: lock.tookOver !== null });
    restrictDatabaseFiles(file);
    return { store, lock };
  } catch (err) {
    lock.release();
    throw err;
  }
}

function startupCheckOf(store: SqliteStore, clock: Clock, backupDir: string, log: (line: string) => void): StartupCheck | null {
  const found = store.integrity;
  if (!found) return null;
  if (found.ok) log('[app] previous session did not close cleanly; quick_check: ok');
  else log(`[app] quick_check found ${found.problems.length} problem(s): ${found.problems.join(' | ')}`);
  // A damaged database: offer the newest backup that still passes its check (checked now, not trusted from its name).
  const newestBackup = found.ok ? null : newestVerifiedBackup(backupDir, log);
  return { checkedAt: clock.now().toISOString(), ok: found.ok, problems: found.problems, newestBackup };
}

export function openApp(opts: AppOptions): App {
  const log = opts.log ?? ((line: string) => void process.stderr.write(line + '\n'));
  const o = opts.overrides ?? {};
  const workspaceDir = opts.workspaceDir;
  const clock = o.clock ?? systemClock;
  const { store, lock } = openStore(opts, clock, log);
  let backupControl: BackupControl | null = null;
  try {
    // Seals stay in the default folder: a removed USB stick chosen for backups must not stop publishing.
    const sealDir = defaultBackupFolder(workspaceDir);
    const networkShare = networkShareOf(workspaceDir, { platform: process.platform, mounts: readMounts() });
    if (networkShare) log(`[app] WARNING: the workspace is on a network share (${networkShare}); keep the live database on a local disk`);
    const media = new FileMediaStore(workspaceDir);
    const events = new EventHub(log);
    const pdf = o.pdf ?? new ChromiumPdfRenderer();
    const sealer = new AuditSealer({ db: store.db, audit: store.audit, workspaceDir, backupDir: sealDir, clock });
    // The command line exits long before the first run; the app thins old autosaves and backs up while it is open.
    const runJobs = opts.mode !== 'cli' && !opts.readOnly && o.jobs !== false;
    const control = new BackupControl({
      workspaceDir,
      settings: () => store.backupSettings.getBackup(),
      backup: (out, now) => backupWorkspace({ store, sealer, workspaceDir }, out, { now }),
      changes: () => store.db.prepare('SELECT total_changes()').pluck().get() as number,
      clock,
      log,
      events,
      automatic: runJobs
    });
    backupControl = control;
    const startupCheck = startupCheckOf(store, clock, control.folder(), log);
    const services = buildServices({
      store,
      media,
      remoteImages: o.remoteImages ?? new HttpRemoteImageFetcher(),
      events,
      clock,
      ids: o.ids ?? uuidV7Ids,
      passwords: o.passwords ?? new ScryptPasswordHasher(opts.sample ? SAMPLE_SCRYPT : STANDARD_SCRYPT),
      keyScrypt: o.keyScrypt ?? (opts.sample ? SAMPLE_SCRYPT : undefined),
      security: o.security,
      lockLeaseMs: o.lockLeaseMs,
      secrets: o.secrets ?? new FileKeySecretBox(workspaceDir),
      connect: o.connect ?? ((target, secret) => createConnector(target, secret, o.connectors)),
      pdf,
      sealer,
      folderProbe: fileFolderProbe(workspaceDir),
      workerId: `${hostname()}:${process.pid}`,
      log
    });
    const sessions = new SessionManager({
      now: () => clock.now().getTime(),
      lockAfterMinutes: () => services.security.current().lockAfterMinutes,
      onIdleLock: (user) => services.accounts.recordLock(user, true)
    });
    const samplePassword = opts.sample ? seedSampleWorkspace({ store, media, services, clock, log, workspaceDir }, opts.samplePassword) : null;

    const handlers = createHandlers(
      services,
      sessions,
      { appVersion: pkg.version, mode: opts.mode, workspaceDir, startupCheck, networkShare, restoreNotice: opts.restored ?? null },
      { control, restore: opts.restore ?? null },
      o.opener ?? null
    );
    const retentionJob = runJobs ? startRetentionJob({ versions: services.versions, log, events }) : null;
    const publishingJob = runJobs ? startPublishingJob({ worker: services.outbox, views: services.witness, log }) : null;
    // Something queued (or queued again): send at once rather than at the next poll.
    const stopWaking = publishingJob
      ? events.subscribe((e) => {
          if (e.type === 'outbox.changed' && e.payload.state === 'waiting' && e.payload.attempts === 0) publishingJob.wake();
        })
      : null;
    const sealing = o.jobs === false || opts.readOnly ? null : startSealing({ sealer, events, log, daily: runJobs });
    const verifyRows = new SqliteVerifyReader(store.db);
    let closed = false;
    return {
      dispatch: createDispatch(handlers, sessions, log),
      ctx: { user: CLI_OPERATOR },
      sessions,
      media,
      services,
      events,
      store,
      verify: () =>
        verifyWorkspace(
          {
            entries: store.audit.all(),
            signOffs: store.signOffs.all(),
            unsigned: store.signOffs.approvedWithoutSignOff(),
            keys: verifyRows.keys(),
            events: verifyRows.events(),
            history: verifyRows.history(),
            revisions: verifyRows.revisions()
          },
          { ...services.signOffs.checkDeps(), keyIdOf },
          nodeHasher
        ),
      sealer,
      workspaceDir,
      samplePassword,
      startupCheck,
      get backups() {
        return control.job;
      },
      backupControl: control,
      networkShare,
      close() {
        if (closed) return;
        closed = true;
        retentionJob?.stop();
        control.stop();
        sealing?.stop();
        stopWaking?.();
        publishingJob?.stop();
        // A browser kept for printing would keep the command line running: ended here (in the background).
        pdf.close?.().catch((err: unknown) => log(`[app] closing the PDF engine failed: ${err instanceof Error ? err.message : String(err)}`));
        store.close();
        lock?.release();
      }
    };
  } catch (err) {
    backupControl?.stop();
    store.close();
    lock?.release();
    throw err;
  }
}
