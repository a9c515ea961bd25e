// What the chain vouches for beyond itself: every user key (its public key recorded in the chain when
// it was created, or at the upgrade that introduced this check), and every line users read as history
// (workflow events, "Lịch sử", revision times), which live in their own tables and could otherwise be
// edited without touching the chain.
import type { AuditEntry } from '../../shared/workflow';
import type { PublicKeyRecord } from '../ports';
import type { BrokenEntry } from './verify';

/** Written when a key is created (details: keyId, userId, publicKeyPem, reason). */
export const KEY_CREATE_ACTION = 'key.create';
/** Written once by migration 0230 for keys that existed before key.create: vouched at upgrade, not at creation. */
export const KEY_VOUCH_ACTION = 'key.vouch';

export interface WorkflowEventRow {
  id: string;
  articleId: string;
  at: string;
  userId: string;
  userName: string;
  action: string;
  from: string;
  to: string;
  reason: string | null;
}

export interface HistoryRow {
  id: string;
  articleId: string;
  at: string;
  userId: string;
  userName: string;
  action: string;
  description: string;
}

export interface RevisionRow {
  id: string;
  articleId: string;
  version: number;
  createdAt: string;
  createdBy: string;
}

export interface KeyCheck {
  problems: BrokenEntry[];
  /** Key ids that are not vouched for (or whose id does not match their public key): sign-offs with them fail. */
  untrusted: Map<string, string>;
}

const pemBody = (pem: string) => pem.replace(/\s+/g, '');

/** Re-derives each key id from its public key and finds the chain entry that recorded that key. */
export function checkKeys(keys: readonly PublicKeyRecord[], entries: readonly AuditEntry[], keyIdOf: (pem: string) => string | null): KeyCheck {
  const vouch = new Map<string, AuditEntry>();
  for (const e of entries) {
    if (e.action !== KEY_CREATE_ACTION && e.action !== KEY_VOUCH_ACTION) continue;
    const id = e.details.keyId;
    if (typeof id === 'string' && !vouch.has(id)) vouch.set(id, e);
  }
  const problems: BrokenEntry[] = [];
  const untrusted = new Map<string, string>();
  const bad = (k: PublicKeyRecord, e: AuditEntry | null, problem: string) => {
    untrusted.set(k.keyId, problem);
    problems.push({ seq: e?.seq ?? null, id: e?.id ?? k.keyId, problem });
  };
  for (const k of keys) {
    const derived = keyIdOf(k.publicKeyPem);
    const e = vouch.get(k.keyId) ?? null;
    if (derived !== k.keyId) bad(k, e, `Khóa ký ${k.keyId}: mã khóa không khớp với khóa công khai đã lưu (tính lại được ${derived ?? 'không đọc được khóa'}); khóa đã bị sửa.`);
    else if (!e) bad(k, null, `Khóa ký ${k.keyId} của người dùng ${k.userId} không được ghi trong nhật ký lúc tạo: khóa do ai đó thêm thẳng vào cơ sở dữ liệu.`);
    else if (e.details.userId !== k.userId || typeof e.details.publicKeyPem !== 'string' || pemBody(e.details.publicKeyPem) !== pemBody(k.publicKeyPem)) {
      bad(k, e, `Khóa ký ${k.keyId}: người dùng hoặc khóa công khai đã lưu khác với bản ghi trong nhật ký.`);
    }
  }
  return { problems, untrusted };
}

const nfc = (s: string) => s.normalize('NFC');
const HISTORY_TIME_SLACK_MS = 2000;

/** Matches rows to chain entries: first by the row id carried in the entry, else by content (older entries). */
class Matcher {
  private readonly byKey = new Map<string, AuditEntry[]>();
  private readonly byRowId = new Map<string, AuditEntry>();
  private readonly used = new Set<number>();

  constructor(entries: readonly AuditEntry[], idField: string, keyOf: (e: AuditEntry) => string[] | null) {
    for (const e of entries) {
      const keys = keyOf(e);
      if (!keys) continue;
      const rowId = e.details[idField];
      if (typeof rowId === 'string') this.byRowId.set(rowId, e);
      else for (const k of keys) this.byKey.set(k, [...(this.byKey.get(k) ?? []), e]);
    }
  }

  take(rowId: string, key: string, fits: (e: AuditEntry) => boolean): AuditEntry | null {
    const direct = this.byRowId.get(rowId);
    if (direct) {
      this.used.add(direct.seq);
      return direct;
    }
    const found = (this.byKey.get(key) ?? []).find((e) => !this.used.has(e.seq) && fits(e)) ?? null;
    if (found) this.used.add(found.seq);
    return found;
  }

  /** Entries that name a row id that no row has any more (a deleted row). */
  unclaimed(): AuditEntry[] {
    return [...this.byRowId.values()].filter((e) => !this.used.has(e.seq));
  }
}

const where = (e: AuditEntry | null, fallbackId: string) => ({ seq: e?.seq ?? null, id: e?.id ?? fallbackId });
const sameUser = (e: AuditEntry, id: string, name: string) => e.user?.id === id && nfc(e.user.name) === nfc(name);

/** Every workflow event, history line and revision time must agree with an entry of the chain. */
export function checkHistory(
  entries: readonly AuditEntry[],
  rows: { events: readonly WorkflowEventRow[]; history: readonly HistoryRow[]; revisions: readonly RevisionRow[] }
): BrokenEntry[] {
  const problems: BrokenEntry[] = [];
  const key = (articleId: string | null, action: string, at: string) => `${articleId}|${action}|${at}`;

  const events = new Matcher(entries, 'eventId', (e) => (e.action.startsWith('workflow.') ? [key(e.articleId, e.action, e.at)] : null));
  for (const r of rows.events) {
    const e = events.take(r.id, key(r.articleId, `workflow.${r.action}`, r.at), (c) => sameUser(c, r.userId, r.userName));
    const label = `Sự kiện duyệt bài “${r.action}” lúc ${r.at} (bài ${r.articleId})`;
    if (!e) problems.push({ seq: null, id: r.id, problem: `${label} không có trong nhật ký: bảng workflow_events đã bị sửa hoặc thêm thẳng.` });
    else if (e.action !== `workflow.${r.action}` || e.articleId !== r.articleId || e.at !== r.at || !sameUser(e, r.userId, r.userName) || differs(e.details, { from: r.from, to: r.to, reason: r.reason })) {
      problems.push({ ...where(e, r.id), problem: `${label} khác với mục nhật ký tương ứng (người làm, thời điểm, trạng thái hoặc lý do đã bị sửa).` });
    }
  }
  for (const e of events.unclaimed()) problems.push({ ...where(e, ''), problem: `Sự kiện duyệt bài ghi trong nhật ký (mục số ${e.seq}) không còn trong bảng workflow_events: đã bị xóa.` });

  // A history line "x" is written with audit action x, article.x or workflow.x. Entries written before
  // this check took their time separately from the history line (publishing), a few ms apart: tolerated.
  const history = new Matcher(entries, 'historyId', (e) => {
    if (!e.articleId) return null;
    const bare = e.action.replace(/^(article|workflow)\./, '');
    return [...new Set([e.action, bare])].map((a) => `${e.articleId}|${a}`);
  });
  const near = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) <= HISTORY_TIME_SLACK_MS;
  for (const r of rows.history) {
    const e = history.take(r.id, `${r.articleId}|${r.action}`, (c) => near(c.at, r.at) && sameUser(c, r.userId, r.userName) && nfc(c.description) === nfc(r.description));
    const label = `Dòng “Lịch sử” lúc ${r.at} (bài ${r.articleId}: “${r.description}”)`;
    if (!e) problems.push({ seq: null, id: r.id, problem: `${label} không có trong nhật ký: bảng article_history đã bị sửa hoặc thêm thẳng.` });
    else if (e.articleId !== r.articleId || !near(e.at, r.at) || !sameUser(e, r.userId, r.userName) || nfc(e.description) !== nfc(r.description)) {
      problems.push({ ...where(e, r.id), problem: `${label} khác với mục nhật ký tương ứng.` });
    }
  }
  for (const e of history.unclaimed()) problems.push({ ...where(e, ''), problem: `Dòng “Lịch sử” ghi trong nhật ký (mục số ${e.seq}) không còn trong bảng article_history: đã bị xóa.` });

  // Revision times: the article.* entry that created a revision carries its id.
  const created = new Map<string, AuditEntry>();
  for (const e of entries) {
    const id = e.details.revisionId;
    if (e.action.startsWith('article.') && typeof id === 'string' && !created.has(id)) created.set(id, e);
  }
  for (const r of rows.revisions) {
    const e = created.get(r.id);
    const label = `Phiên bản ${r.version} của bài ${r.articleId}`;
    if (!e) problems.push({ seq: null, id: r.id, problem: `${label} không có trong nhật ký: phiên bản được thêm thẳng vào cơ sở dữ liệu.` });
    else if (e.at !== r.createdAt || e.user?.id !== r.createdBy || e.articleId !== r.articleId) {
      problems.push({ ...where(e, r.id), problem: `${label}: thời điểm hoặc người lưu khác với nhật ký (${r.createdAt} so với ${e.at}).` });
    }
  }
  return problems;
}

/** True when the entry's details carry one of these fields with a different value. */
function differs(details: Record<string, unknown>, fields: Record<string, string | null>): boolean {
  return Object.entries(fields).some(([k, v]) => k in details && details[k] !== v && !(details[k] === undefined && v === null));
}
