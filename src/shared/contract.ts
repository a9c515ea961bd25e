// The one typed IPC contract: every method the renderer may call, its input schema and output type.
// Main builds `Handlers` with `satisfies`, so a missing or extra method is a compile error.
import { z } from 'zod';
import {
  ArticleFieldsSchema,
  ListQuerySchema,
  type Article,
  type HistoryEntry,
  type ImportedArticle,
  type ListPage,
  type SearchHit
} from './article';
import { ProfileFieldsSchema, type ProfileVersion } from './profile';
import {
  BulletinProfileFieldsSchema,
  BulletinSectionSchema,
  type BulletinArticleRef,
  type BulletinIssueView,
  type BulletinProfileVersion
} from './bulletin';
import type { UserRef } from './article';
import { isRemoteImageUrl } from './web-address';
import { isoDateTime, isoDay } from './date-schemas';
import { ROLES, type Account, type AuthStatus, type SecuritySettings, type SessionInfo } from './accounts';
import type { VersionInfo, RetentionPolicy } from './versions';
import type { VersionComparison } from './compare';
import { MAX_COMMENT, type CommentList, type CommentThread } from './comments';
import {
  TargetConfigPatchSchema,
  TARGET_TYPES,
  type OutboxEntry,
  type PortalDiscovery,
  type PublicationReceipt,
  type PublishCheck,
  type PublishTarget
} from './publishing';
import { BackupNameSchema, BackupSettingsSchema, type BackupItem, type BackupsView, type RestoreNotice } from './backups';
import {
  PeriodSchema,
  RoyaltyDecisionInputSchema,
  RoyaltySettingsFieldsSchema,
  ROYALTY_EXPORT_FORMATS,
  type RoyaltyAccess,
  type RoyaltyAmounts,
  type RoyaltyArticleRow,
  type RoyaltyDecisionView,
  type RoyaltyPeriodState,
  type RoyaltyReport,
  type RoyaltySettingsFields,
  type RoyaltySettingsVersion
} from './royalties';
import { WORKFLOW_ACTIONS, type AuditEntry, type EditLockInfo, type MyWork, type SignOffView, type WorkflowView } from './workflow';

const id = z.string().min(1).max(100);
/** Files cross the boundary as base64; the size is checked again on the main side. */
const base64 = z.string().max(50 * 1024 * 1024);
const fileName = z.string().min(1).max(255);

export interface AppInfo {
  appVersion: string;
  mode: 'electron' | 'browser' | 'cli';
  /** '' before login. */
  workspaceDir: string;
  profileConfigured: boolean;
  /** The logged-in user, or null before login. */
  user: UserRef | null;
  /** The database check after an unclean shutdown: for admins, and for everyone when it found problems. */
  startupCheck: StartupCheck | null;
  /** Set when the workspace folder is on a network share (\\server\share, cifs //server/share): warn, SQLite is not safe there. */
  networkShare: string | null;
  /** Set after "Khôi phục từ bản sao lưu" in this run of the app: shown on the login page (no paths outside the workspace). */
  restoreNotice: RestoreNotice | null;
}

/** quick_check at start, run because the previous session did not close cleanly. */
export interface StartupCheck {
  checkedAt: string;
  ok: boolean;
  /** SQLite's own (English, technical) lines when not ok. */
  problems: string[];
  /** When not ok: the newest automatic or manual backup that passed its check just now, to offer "Khôi phục từ bản sao lưu". */
  newestBackup: { file: string; at: string } | null;
}

const login = z.string().trim().min(1).max(64);
const password = z.string().min(1).max(200);
const newPassword = z.string().min(8).max(200);
const personName = z.string().trim().min(1).max(200);
const position = z.string().trim().max(200);
const commentBody = z.string().max(MAX_COMMENT);
const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export interface EditableLists {
  categories: string[];
  articleTypes: string[];
}

export interface Facets {
  authors: string[];
  categories: string[];
  articleTypes: string[];
}

/** What `article.save` returns: the saved article, its workflow view (a save may void a sign-off) and history. */
export interface ArticleSaved {
  article: Article;
  view: WorkflowView;
  history: HistoryEntry[];
}

export interface MediaInfo {
  hash: string;
  mime: string;
  size: number;
}

export const contract = {
  'app.info': { input: z.object({}), output: {} as AppInfo },

  'auth.status': { input: z.object({}), output: {} as AuthStatus },
  /** The first administrator; `alsoEditor` (the setup page ticks it by default) also gives the Biên tập viên role, in one transaction. */
  'auth.setup': {
    input: z.object({ login, fullName: personName, position, password: newPassword, alsoEditor: z.boolean().default(false) }),
    output: {} as SessionInfo
  },
  'auth.login': { input: z.object({ login, password }), output: {} as SessionInfo },
  'auth.logout': { input: z.object({}), output: null },
  'auth.unlock': { input: z.object({ password }), output: {} as SessionInfo },
  'auth.lock': { input: z.object({}), output: null },
  'auth.changePassword': { input: z.object({ oldPassword: password, newPassword }), output: null },

  'users.list': { input: z.object({}), output: {} as Account[] },
  'users.create': { input: z.object({ login, fullName: personName, position, roles, password: newPassword }), output: {} as Account },
  'users.update': {
    input: z.object({ id, fullName: personName, position, roles, disabled: z.boolean() }),
    output: {} as Account
  },
  'users.resetPassword': { input: z.object({ id, newPassword }), output: null },

  'security.get': { input: z.object({}), output: {} as SecuritySettings },
  'security.save': {
    input: z.object({ lockAfterMinutes: z.number().int().min(0).max(480), separationOfDuties: z.boolean() }),
    output: {} as SecuritySettings
  },

  /** "Sao lưu" (admin): settings, the folder in use and the backups in it. */
  'backup.view': { input: z.object({}), output: {} as BackupsView },
  'backup.saveSettings': { input: BackupSettingsSchema, output: {} as BackupsView },
  /** "Sao lưu ngay": progress as "job.progress" events of kind "backup". */
  'backup.runNow': { input: z.object({}), output: {} as BackupItem },
  /** "Khôi phục từ bản sao lưu": saves the current state aside, restores, reopens the workspace; every session ends. */
  'backup.restore': { input: z.object({ name: BackupNameSchema }), output: {} as RestoreNotice },

  'workflow.view': { input: z.object({ articleId: id }), output: {} as WorkflowView },
  'workflow.act': {
    input: z.object({
      articleId: id,
      action: z.enum(WORKFLOW_ACTIONS),
      reason: z.string().max(4000).optional(),
      /** Re-entered for "Ký duyệt": unlocks the signer's private key. */
      password: password.optional(),
      /** "Trả lại" may point the author at open comment threads of the article. */
      commentIds: z.array(id).max(200).optional(),
      /** The revision on the user's screen (and its content hash): refused if the article changed since. */
      revisionId: id.optional(),
      contentHash: z.string().regex(/^[0-9a-f]{64}$/).optional()
    }),
    output: {} as WorkflowView
  },
  'workflow.signOffs': { input: z.object({ articleId: id }), output: {} as SignOffView[] },
  'workflow.myWork': { input: z.object({}), output: {} as MyWork },

  'lock.acquire': { input: z.object({ articleId: id }), output: {} as EditLockInfo },
  'lock.release': { input: z.object({ articleId: id }), output: null },
  'lock.takeOver': { input: z.object({ articleId: id }), output: {} as EditLockInfo },

  'version.list': { input: z.object({ articleId: id }), output: {} as VersionInfo[] },
  /** A version's full content, read-only. */
  'version.get': { input: z.object({ articleId: id, versionId: id }), output: {} as Article },
  'version.saveNamed': { input: z.object({ articleId: id, note: z.string().max(1000).default('') }), output: {} as VersionInfo },
  'version.restore': { input: z.object({ articleId: id, versionId: id }), output: {} as Article },
  'version.compare': {
    input: z.object({ articleId: id, fromVersionId: id.optional(), toVersionId: id.optional() }),
    output: {} as VersionComparison
  },
  /** Thins autosaves per the retention policy now (admin); the app also does it on its own when idle. */
  'version.retention.apply': { input: z.object({}), output: {} as { revisions: number; chunks: number } },
  'version.retention.get': { input: z.object({}), output: {} as RetentionPolicy },
  'version.retention.save': {
    input: z.object({ keepAllHours: z.number().int().min(1).max(24 * 90), hourlyForDays: z.number().int().min(1).max(3650) }),
    output: {} as RetentionPolicy
  },

  'comment.list': { input: z.object({ articleId: id }), output: {} as CommentList },
  /** `start`/`end`/`quote` are offsets in the plain text of `revisionId` (the revision the user sees). */
  'comment.create': {
    input: z.object({
      articleId: id,
      revisionId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      quote: z.string().min(1).max(MAX_COMMENT),
      body: commentBody
    }),
    output: {} as CommentThread
  },
  'comment.reply': { input: z.object({ articleId: id, threadId: id, body: commentBody }), output: {} as CommentThread },
  'comment.resolve': { input: z.object({ articleId: id, threadId: id }), output: {} as CommentThread },
  'comment.reopen': { input: z.object({ articleId: id, threadId: id }), output: {} as CommentThread },

  'audit.list': {
    input: z.object({
      articleId: id.optional(),
      userId: id.optional(),
      action: z.string().max(100).optional(),
      from: isoDateTime.optional(),
      to: isoDateTime.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100)
    }),
    output: {} as { total: number; items: AuditEntry[] }
  },

  'profile.current': { input: z.object({}), output: {} as ProfileVersion | null },
  'profile.history': { input: z.object({}), output: {} as ProfileVersion[] },
  'profile.save': {
    input: z.object({ fields: ProfileFieldsSchema, effectiveFrom: isoDateTime.optional() }),
    output: {} as ProfileVersion
  },

  'lists.get': { input: z.object({}), output: {} as EditableLists },
  'lists.save': {
    input: z.object({ categories: z.array(z.string().max(200)).max(200), articleTypes: z.array(z.string().max(200)).max(200) }),
    output: {} as EditableLists
  },

  'article.create': { input: z.object({ fields: ArticleFieldsSchema.partial().optional() }), output: {} as Article },
  'article.get': { input: z.object({ id }), output: {} as Article },
  /** Returns everything the open page shows after a save, so that saving needs no refetch. */
  'article.save': {
    input: z.object({ id, baseRevisionId: id, fields: ArticleFieldsSchema }),
    output: {} as ArticleSaved
  },
  /** The user has seen this revision ("the last version I saw", the default start of "So sánh"). */
  'article.seen': { input: z.object({ id, revisionId: id }), output: null },
  'article.list': { input: ListQuerySchema, output: {} as ListPage },
  'article.facets': { input: z.object({}), output: {} as Facets },
  'article.search': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(20) }),
    output: {} as SearchHit[]
  },
  'article.history': { input: z.object({ id }), output: {} as HistoryEntry[] },
  'article.import': { input: z.object({ fileName, dataBase64: base64 }), output: {} as ImportedArticle },

  /** An image for an article's body or main image: needs edit rights on that article. */
  'media.upload': { input: z.object({ articleId: id, fileName, mime: z.string().max(100), dataBase64: base64 }), output: {} as MediaInfo },
  /** A pasted or imported web image, downloaded by the main process into the workspace (same rules as an upload). */
  'media.fetchRemote': {
    input: z.object({ articleId: id, url: z.string().max(4096).refine(isRemoteImageUrl, 'Địa chỉ ảnh phải bắt đầu bằng http:// hoặc https://.') }),
    output: {} as MediaInfo
  },

  'attachment.add': {
    input: z.object({ articleId: id, fileName, mime: z.string().max(200), dataBase64: base64 }),
    output: {} as Article
  },
  'attachment.remove': { input: z.object({ articleId: id, attachmentId: id }), output: {} as Article },

  /** Publishing targets, without secrets (which never leave the main process). */
  'target.list': { input: z.object({}), output: {} as PublishTarget[] },
  /** Adds (no id) or changes a target (admin). `secret`: a new password/token; omitted keeps the stored one; '' removes it. */
  'target.save': {
    input: z.object({
      id: id.optional(),
      name: z.string().trim().min(1).max(200),
      type: z.enum(TARGET_TYPES),
      config: TargetConfigPatchSchema,
      secret: z.string().max(2000).optional(),
      disabled: z.boolean().optional()
    }),
    output: {} as PublishTarget
  },
  /** "Kiểm tra kết nối" (admin). */
  'target.test': { input: z.object({ id }), output: {} as PortalDiscovery },

  /** The gate: what blocks "Xuất bản" and what needs confirmation. */
  'publish.check': { input: z.object({ articleId: id, targetId: id, correctionNote: z.string().max(2000).optional() }), output: {} as PublishCheck },
  /** "Xuất bản" / "Cập nhật" / "Cải chính" (with a note): into the outbox. `confirm`: the warnings were seen. */
  'publish.enqueue': {
    input: z.object({ articleId: id, targetId: id, confirm: z.boolean().default(false), correctionNote: z.string().max(2000).optional() }),
    output: {} as OutboxEntry
  },
  'publish.takeDown': { input: z.object({ articleId: id, targetId: id }), output: {} as OutboxEntry },
  'publish.retry': { input: z.object({ id }), output: {} as OutboxEntry },
  'publish.cancel': { input: z.object({ id }), output: {} as OutboxEntry },
  /** "Hàng đợi xuất bản", newest first. */
  'publish.queue': { input: z.object({}), output: {} as OutboxEntry[] },
  /** One article's outbox entries and receipts (remote links). */
  'publish.article': { input: z.object({ articleId: id }), output: {} as { entries: OutboxEntry[]; receipts: PublicationReceipt[] } },
  /**
   * A folder target's copy of the article (its index.html), opened on this PC: `reveal` shows it in the file manager.
   * Electron only (the main process opens it); browser mode answers CONFLICT, since the server cannot open a file for
   * a page that may be on another machine: the UI shows the path to copy instead.
   */
  'publish.openCopy': { input: z.object({ articleId: id, targetId: id, reveal: z.boolean().default(false) }), output: {} as { path: string } },

  /** "In bài viết": the article as a PDF (agency header, byline, "Chịu trách nhiệm chính"); any logged-in user. */
  'print.article': { input: z.object({ articleId: id }), output: {} as { fileName: string; dataBase64: string } },

  /** "Cài đặt › Bản tin": the imprint and page set-up, effective-dated (admin saves). */
  'bulletinProfile.current': { input: z.object({}), output: {} as BulletinProfileVersion | null },
  'bulletinProfile.history': { input: z.object({}), output: {} as BulletinProfileVersion[] },
  'bulletinProfile.save': {
    input: z.object({ fields: BulletinProfileFieldsSchema, effectiveFrom: isoDateTime.optional() }),
    output: {} as BulletinProfileVersion
  },
  /** "Bản tin": issues, newest number first. */
  'bulletin.list': { input: z.object({}), output: {} as BulletinIssueView[] },
  'bulletin.get': { input: z.object({ id }), output: {} as BulletinIssueView },
  /** Articles the composer may add: signed off, scheduled or published. */
  'bulletin.candidates': { input: z.object({}), output: {} as BulletinArticleRef[] },
  'bulletin.create': { input: z.object({ date: isoDay.optional() }), output: {} as BulletinIssueView },
  /** Saves the issue's date and sections (titles and articles in order) as a whole. */
  'bulletin.save': {
    input: z.object({ id, date: isoDay, sections: z.array(BulletinSectionSchema).max(50) }),
    output: {} as BulletinIssueView
  },
  /** The issue as a PDF; progress arrives as "job.progress" events of kind "print". */
  'bulletin.print': { input: z.object({ id }), output: {} as { fileName: string; dataBase64: string; pageCount: number } },
  /** "In phiếu duyệt": the approval slip of the current sign-off, with its QR code; recorded in the audit log. */
  'print.slip': { input: z.object({ articleId: id }), output: {} as { fileName: string; dataBase64: string } },

  /** "Cài đặt › Nhuận bút": the coefficient table in force now (null before an admin saved one). */
  'royalty.settings.current': { input: z.object({}), output: {} as RoyaltySettingsVersion | null },
  'royalty.settings.history': { input: z.object({}), output: {} as RoyaltySettingsVersion[] },
  /** The shipped example table (from published provincial rules, marked `example`) to start from. */
  'royalty.settings.example': { input: z.object({}), output: {} as RoyaltySettingsFields },
  /** Admin; effective-dated: applies to articles first published at or after `effectiveFrom` (default now). */
  'royalty.settings.save': {
    input: z.object({ fields: RoyaltySettingsFieldsSchema, effectiveFrom: z.iso.datetime({ offset: true }).optional() }),
    output: {} as RoyaltySettingsVersion
  },
  /** What the session's user may do with royalties (read, decide, close, admin), as the core decides it. */
  'royalty.access': { input: z.object({}), output: {} as RoyaltyAccess },
  /** Published articles of a month or quarter, with their decision state. */
  'royalty.articles': { input: z.object({ period: PeriodSchema }), output: {} as RoyaltyArticleRow[] },
  /** The decision form of one published article: its settings, range, current decision or proposal. */
  'royalty.decision.get': { input: z.object({ articleId: id }), output: {} as RoyaltyDecisionView },
  /** The amounts the input would give, without saving (checked like a save, permissions included). */
  'royalty.decision.preview': { input: z.object({ articleId: id, decision: RoyaltyDecisionInputSchema }), output: {} as RoyaltyAmounts },
  /** Trưởng ban (or the settings' decider roles); refused once the period is closed; recorded in "Lịch sử". */
  'royalty.decision.save': { input: z.object({ articleId: id, decision: RoyaltyDecisionInputSchema }), output: {} as RoyaltyDecisionView },
  /** People who can be named as payees (active accounts: id and name). */
  'royalty.people': { input: z.object({}), output: {} as { id: string; name: string }[] },
  /** "Bảng kê nhuận bút" of "2026-11" or "2026-Q4". */
  'royalty.report': { input: z.object({ period: PeriodSchema }), output: {} as RoyaltyReport },
  'royalty.period.get': { input: z.object({ period: PeriodSchema }), output: {} as RoyaltyPeriodState },
  /** Trưởng ban: freezes the period's decisions. */
  'royalty.period.close': { input: z.object({ period: PeriodSchema }), output: {} as RoyaltyPeriodState },
  /** Admin, with a reason (audited). */
  'royalty.period.reopen': { input: z.object({ period: PeriodSchema, reason: z.string().trim().min(1).max(2000) }), output: {} as RoyaltyPeriodState },
  /** The report as XLSX or PDF (landscape A4, with the signature block). */
  'royalty.export': {
    input: z.object({ period: PeriodSchema, format: z.enum(ROYALTY_EXPORT_FORMATS) }),
    output: {} as { fileName: string; dataBase64: string }
  }
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

/** Methods callable before login (everything else needs a session; handlers get the user from it). */
export const PUBLIC_METHODS: ReadonlySet<Method> = new Set<Method>(['app.info', 'auth.status', 'auth.setup', 'auth.login']);
/** Methods allowed while the screen is locked. */
export const LOCKED_METHODS: ReadonlySet<Method> = new Set<Method>(['app.info', 'auth.status', 'auth.unlock', 'auth.logout']);

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { AppEvent, AppEventMap, AppEventName } from './events';
