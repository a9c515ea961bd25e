// The composition root: the one place where the app is assembled. It opens a workspace folder, takes
// every repository from the SQLite store, builds each domain service once with all its dependencies
// (no setters afterwards), the handler map, dispatch, the event channel and the background jobs.
// Electron, browser mode, the CLI, the benchmark and the tests all build the app here (tests may swap
// adapters through `overrides`).
import { hostname } from 'node:os';
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
import { VersionService } from '../core/versions/version-service';
import { EditLocks } from '../core/workflow/edit-locks';
import { WorkflowEditGuard } from '../core/workflow/edit-guard';
import { SignOffs } from '../core/workflow/signoffs';
import { WorkList } from '../core/workflow/work-list';
import { WorkflowRecorder } from '../core/workflow/workflow-recorder';
import { WorkflowService } from '../core/workflow/workflow-service';
import type { SecuritySettings } from '../shared/accounts';
import type { Article, UserRef } from '../shared/article';
import { SqliteKeyVault } from './adapters/crypto/key-vault';
import { SAMPLE_SCRYPT, STANDARD_SCRYPT, type ScryptParams } from './adapters/crypto/scrypt';
import { ScryptPasswordHasher } from './adapters/crypto/password-hasher';
import { FileKeySecretBox } from './adapters/crypto/secret-box';
import { anchorWords, jsdiffDiffer } from './adapters/diff/jsdiff';
import { domPurifySanitizer } from './adapters/html/sanitize';
import { createConnector } from './adapters/portals/connectors';
import { ChromiumPdfRenderer } from './adapters/pdf/chromium-pdf';
import { BundledFonts } from './adapters/pdf/fonts';
import { PdfLibInspector } from './adapters/pdf/pdf-layout';
import { qrEncoder } from './adapters/pdf/qr';
import { ExcelRoyaltyWorkbook } from './adapters/xlsx/royalty-workbook';
import { FileMediaStore } from './adapters/media-store';
import { HttpRemoteImageFetcher } from './adapters/remote-image-fetcher';
import type { SqliteStore } from './adapters/sqlite/store';
import { AuditSealer } from './audit-seal';
import { nodeHasher, systemClock, uuidV7Ids } from './adapters/system';
import { createDispatch } from './dispatch';
import { EventHub } from './events/event-hub';
import { createHandlers } from './handlers/index';
import { BackupControl, defaultBackupFolder } from './backup/backup-control';
import { fileFolderProbe } from './backup/folder-probe';
import { readMounts } from './backup/startup';
import { backupWorkspace } from './backup/workspace-backup';
import { networkShareOf } from '../core/backup/network-share';
import { seedSampleWorkspace } from './sample/workspace';
import { SessionManager } from './sessions/session-manager';
import { CLI_CONNECTION, WORKSPACE_DB, type App, type AppOptions, type AppOverrides } from './app-options';
import { startBackgroundJobs } from './background-jobs';
import { openStore, startupCheckOf } from './open-store';
import { verifyStoredWorkspace } from './verify-stored';

export { CLI_CONNECTION, WORKSPACE_DB, type App, type AppOptions, type AppOverrides };

export type AppServices = ReturnType<typeof buildServices>;

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
  const royaltySettings = new RoyaltySettingsService({ ...base, settings: store.royaltySettings, audit: store.audit, events });
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
    const jobs = startBackgroundJobs({ services, events, sealer, log, run: runJobs, seal: o.jobs !== false && !opts.readOnly });
    let closed = false;
    return {
      dispatch: createDispatch(handlers, sessions, log),
      ctx: { user: CLI_OPERATOR },
      sessions,
      media,
      services,
      events,
      store,
      verify: () => verifyStoredWorkspace(store, services.signOffs),
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
        jobs.stop();
        control.stop();
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
