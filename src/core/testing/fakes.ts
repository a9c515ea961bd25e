// In-memory implementations of the core ports, for unit tests of the domain services.
// They follow the ports' contracts (append-only history, CONFLICT on a stale revision) without SQLite.
import type {
  ArticleRepository,
  Clock,
  Hasher,
  HistoryRepository,
  IdGenerator,
  MediaStore,
  ParsedListQuery,
  ProfileRepository,
  SettingsRepository,
  TransactionRunner
} from '../ports';
import type { AnchorRow, CommentRepository, StoredMessage, StoredThread, ThreadEvent } from '../comments/ports';
import type { Article, ArticleSummary, HistoryEntry, ListPage, SearchHit } from '../../shared/article';
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES } from '../../shared/article';
import type { EditableLists, Facets } from '../../shared/contract';
import type { ProfileVersion } from '../../shared/profile';
import { AppError, ErrorCode } from '../../shared/errors';
import { compareVi, fold } from '../../shared/text';

/** A clock that only moves when told to. */
export class FakeClock implements Clock {
  private t: number;
  constructor(start = '2026-01-05T02:00:00.000Z') {
    this.t = Date.parse(start);
  }
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Predictable ids that still sort by creation order. */
export class SequentialIds implements IdGenerator {
  private n = 0;
  newId(): string {
    this.n += 1;
    return `00000000-0000-7000-8000-${String(this.n).padStart(12, '0')}`;
  }
}

/**
 * A deterministic 64-hex digest (eight FNV-1a lanes). Not cryptographic: only for tests, where it
 * stands in for SHA-256 so core tests need no node:crypto.
 */
export const fakeHasher: Hasher = {
  sha256(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let out = '';
    for (let lane = 0; lane < 8; lane++) {
      let h = (0x811c9dc5 ^ (lane * 0x9e3779b1)) >>> 0;
      for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      out += h.toString(16).padStart(8, '0');
    }
    return out;
  }
};

export class InMemoryMedia implements MediaStore {
  readonly files = new Map<string, Uint8Array>();
  constructor(private readonly hasher: Hasher = fakeHasher) {}
  put(bytes: Uint8Array): { hash: string; size: number } {
    // Latin-1 view of the bytes, so equal bytes give equal digests.
    let latin1 = '';
    for (const b of bytes) latin1 += String.fromCharCode(b);
    const hash = this.hasher.sha256(latin1);
    if (!this.files.has(hash)) this.files.set(hash, bytes.slice());
    return { hash, size: bytes.length };
  }
  get(hash: string): Uint8Array | null {
    return this.files.get(hash) ?? null;
  }
  has(hash: string): boolean {
    return this.files.has(hash);
  }
}

function summaryOf(a: Article): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    status: a.status,
    category: a.category,
    articleType: a.articleType,
    author: a.author,
    featured: a.featured,
    publishAt: a.publishAt,
    modifiedAt: a.modifiedAt,
    createdAt: a.createdAt,
    wordCount: a.wordCount,
    imageHash: a.imageHash,
    openComments: 0
  };
}

export class InMemoryArticles implements ArticleRepository {
  readonly current = new Map<string, Article>();
  /** Every revision ever stored, oldest first (immutable copies). */
  readonly revisions: Article[] = [];

  insert(article: Article): void {
    if (this.current.has(article.id)) throw new Error('duplicate article id ' + article.id);
    this.store(article);
  }

  update(article: Article, expectedRevisionId: string): void {
    const existing = this.current.get(article.id);
    if (!existing) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy bài viết.');
    if (existing.revisionId !== expectedRevisionId) {
      throw new AppError(ErrorCode.CONFLICT, 'Bài viết vừa được lưu ở nơi khác.');
    }
    this.store(article);
  }

  private store(article: Article): void {
    const copy = structuredClone(article);
    this.revisions.push(copy);
    this.current.set(article.id, structuredClone(copy));
  }

  get(id: string): Article | null {
    const a = this.current.get(id);
    return a ? structuredClone(a) : null;
  }

  list(q: ParsedListQuery): ListPage {
    const rows = [...this.current.values()].filter(
      (a) =>
        (!q.status || a.status === q.status) &&
        (!q.category || a.category === q.category) &&
        (!q.articleType || a.articleType === q.articleType) &&
        (!q.author || a.author === q.author) &&
        (!q.from || (a.publishAt ?? a.modifiedAt) >= q.from) &&
        (!q.to || (a.publishAt ?? a.modifiedAt) <= q.to)
    );
    const key = q.sort;
    rows.sort((x, y) => {
      const a = x[key] ?? '';
      const b = y[key] ?? '';
      const c = key === 'title' || key === 'author' ? compareVi(a, b) : a < b ? -1 : a > b ? 1 : 0;
      return q.direction === 'asc' ? c : -c;
    });
    return { total: rows.length, items: rows.slice(q.offset, q.offset + q.limit).map(summaryOf) };
  }

  facets(): Facets {
    const pick = (f: (a: Article) => string) =>
      [...new Set([...this.current.values()].map(f).filter((s) => s !== ''))].sort(compareVi);
    return { authors: pick((a) => a.author), categories: pick((a) => a.category), articleTypes: pick((a) => a.articleType) };
  }

  search(query: string, limit: number): SearchHit[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return [...this.current.values()]
      .filter((a) => {
        const hay = fold(a.title + ' ' + a.bodyText);
        return words.every((w) => hay.includes(w));
      })
      .slice(0, limit)
      .map((a) => ({
        id: a.id,
        title: a.title,
        status: a.status,
        category: a.category,
        modifiedAt: a.modifiedAt,
        snippet: [{ text: a.bodyText.slice(0, 120), hit: false }],
        titleParts: [{ text: a.title, hit: false }],
        exact: (a.title + ' ' + a.bodyText).includes(query)
      }));
  }

  setViewCount(id: string, count: number): void {
    const a = this.current.get(id);
    if (a) this.current.set(id, { ...a, viewCount: count });
  }

  count(): number {
    return this.current.size;
  }
}

export class InMemoryHistory implements HistoryRepository {
  private readonly rows: { articleId: string; entry: HistoryEntry }[] = [];
  append(articleId: string, entry: HistoryEntry): void {
    this.rows.push({ articleId, entry: structuredClone(entry) });
  }
  list(articleId: string): HistoryEntry[] {
    return this.rows.filter((r) => r.articleId === articleId).map((r) => structuredClone(r.entry));
  }
}

export class InMemoryProfiles implements ProfileRepository {
  private readonly rows: ProfileVersion[] = [];
  insert(version: ProfileVersion): void {
    this.rows.push(structuredClone(version));
  }
  list(): ProfileVersion[] {
    return [...this.rows]
      .sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.createdAt.localeCompare(a.createdAt) : b.effectiveFrom.localeCompare(a.effectiveFrom)))
      .map((v) => structuredClone(v));
  }
  at(iso: string): ProfileVersion | null {
    return this.list().find((v) => v.effectiveFrom <= iso) ?? null;
  }
}

export class InMemorySettings implements SettingsRepository {
  private lists: EditableLists = { categories: [...DEFAULT_CATEGORIES], articleTypes: [...DEFAULT_ARTICLE_TYPES] };
  getLists(): EditableLists {
    return structuredClone(this.lists);
  }
  saveLists(lists: EditableLists): void {
    this.lists = structuredClone(lists);
  }
}

/**
 * Runs the function and, when it throws, restores the fakes from snapshots so that a failed
 * transaction leaves nothing behind (as SQLite would).
 */
export class InMemoryTx implements TransactionRunner {
  constructor(private readonly articles?: InMemoryArticles) {}
  transaction<T>(fn: () => T): T {
    const before = this.articles ? { current: new Map(this.articles.current), revisions: this.articles.revisions.length } : null;
    try {
      return fn();
    } catch (err) {
      if (this.articles && before) {
        this.articles.current.clear();
        for (const [k, v] of before.current) this.articles.current.set(k, v);
        this.articles.revisions.length = before.revisions;
      }
      throw err;
    }
  }
}

/** Comments in memory, append-only like the SQLite tables; rows come back in insertion order. */
export class InMemoryComments implements CommentRepository {
  readonly threadRows: StoredThread[] = [];
  readonly messageRows: StoredMessage[] = [];
  readonly eventRows: ThreadEvent[] = [];
  readonly anchorRows: AnchorRow[] = [];

  insertThread(t: StoredThread): void {
    this.threadRows.push(structuredClone(t));
  }
  insertMessage(m: StoredMessage): void {
    this.messageRows.push(structuredClone(m));
  }
  insertEvent(e: ThreadEvent): void {
    this.eventRows.push(structuredClone(e));
  }
  insertAnchor(a: AnchorRow): void {
    if (this.anchorRows.some((x) => x.threadId === a.threadId && x.revisionId === a.revisionId)) throw new Error('duplicate anchor');
    this.anchorRows.push(structuredClone(a));
  }
  thread(threadId: string): StoredThread | null {
    return structuredClone(this.threadRows.find((t) => t.id === threadId) ?? null);
  }
  threads(articleId: string): StoredThread[] {
    return structuredClone(this.threadRows.filter((t) => t.articleId === articleId));
  }
  messages(articleId: string): StoredMessage[] {
    return structuredClone(this.messageRows.filter((m) => m.articleId === articleId));
  }
  latestEvents(articleId: string): ThreadEvent[] {
    return this.threads(articleId).flatMap((t) => this.eventRows.filter((e) => e.threadId === t.id).slice(-1));
  }
  anchors(articleId: string, revisionId: string): AnchorRow[] {
    return this.threads(articleId).flatMap((t) => {
      const rows = this.anchorRows.filter((a) => a.threadId === t.id);
      const row = rows.find((a) => a.revisionId === revisionId) ?? rows[rows.length - 1];
      return row ? [structuredClone(row)] : [];
    });
  }
}
