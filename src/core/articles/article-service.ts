// Article use-cases over the ports: create, save (immutable revisions), read, search, attachments, import.
import {
  approvalStatusOf,
  userRefOf,
  type Article,
  type ArticleFields,
  type ArticleStatus,
  type Attachment,
  type Body,
  type HistoryEntry,
  type ListPage,
  type SearchHit,
  type UserRef
} from '../../shared/article';
import type { Facets } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import type {
  ArticleRepository,
  Clock,
  Hasher,
  HistoryRepository,
  IdGenerator,
  MediaStore,
  ParsedListQuery,
  TransactionRunner
} from '../ports';
import type { EventSink } from '../events';
import type { ArticleReader } from './article-reader';
import type { BodyTools } from './body-tools';
import { canonicalJson } from './canonical';
import type { ListsService } from './lists-service';
import { validateArticleFields, type NormalisedFields } from './validation';

export interface ArticleServiceDeps {
  articles: ArticleRepository;
  history: HistoryRepository;
  media: MediaStore;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  hasher: Hasher;
  lists: ListsService;
  body: BodyTools;
  /** Reads articles by id (shared with the services built before this one). */
  reader: ArticleReader;
  /** The workflow's rules around every content change (see EditGuard). */
  guard: EditGuard;
  /** Told of every new revision inside its save transaction (comments move their anchors). */
  revisionListeners: readonly RevisionListener[];
  /** "article.changed" after every committed change. */
  events: EventSink;
}

export interface NewAttachment {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** Only for seeding sample data, where articles are created directly in a later state. */
export interface SeedOptions {
  status?: ArticleStatus;
  at?: Date;
  viewCount?: number;
}

/**
 * Workflow rules around content changes, given by the composition root: `beforeChange`
 * refuses edits the user may not make (state, role, someone else's edit lock); `afterChange` runs in
 * the save's transaction (audit entry, voiding an approval) and may return the article with a new status.
 */
export interface EditGuard {
  beforeChange(current: Article, user: UserRef): void;
  afterChange(before: Article | null, saved: Article, user: UserRef, action: string, description: string): Article;
}

/** Told of every new revision inside its save transaction (comments move their anchors to the new text). */
export type RevisionListener = (before: Article, saved: Article) => void;

const MEDIA_MISSING = (name: string) =>
  `Tệp đính kèm “${name}” không còn trong thư mục dữ liệu của Ban biên tập (thư mục media), nên không thể đưa lại vào bài viết.`;
const CONFLICT = 'Bài viết vừa được lưu ở nơi khác (cửa sổ hoặc máy khác). Hãy tải lại bài viết để xem bản mới nhất rồi sửa tiếp.';

/** No workflow rules: every edit allowed (core unit tests of the article rules alone). */
export const allowAllEdits: EditGuard = { beforeChange: () => undefined, afterChange: (_before, saved) => saved };

export class ArticleService {
  constructor(private readonly d: ArticleServiceDeps) {}

  blankFields(): ArticleFields {
    return {
      title: '',
      imageHash: null,
      imageCaption: '',
      summary: '',
      body: this.d.body.emptyBody(),
      alternateLink: '',
      publishAt: null,
      featured: false,
      author: '',
      category: '',
      articleType: '',
      pageCount: { value: 0, overridden: false },
      photoCount: { value: 0, overridden: false }
    };
  }

  create(fields: Partial<ArticleFields> | undefined, user: UserRef, seed: SeedOptions = {}): Article {
    return this.insertNew({ ...this.blankFields(), ...fields }, user, 'create', 'Tạo bài viết', seed);
  }

  /** A new draft from an imported file; `fileName` is shown in the history. */
  importDocument(title: string, body: Body, user: UserRef, fileName: string): Article {
    const name = nfc(fileName);
    return this.insertNew({ ...this.blankFields(), title, body }, user, 'import', `Nhập từ tệp “${name}”`, {});
  }

  private insertNew(fields: ArticleFields, user: UserRef, action: string, description: string, seed: SeedOptions): Article {
    const status = seed.status ?? 'nhap';
    const normalised = this.validate(fields, status);
    const at = (seed.at ?? this.d.clock.now()).toISOString();
    const id = this.d.ids.newId();
    const article = this.build(normalised, {
      id,
      status,
      approvalStatus: approvalStatusOf(status),
      viewCount: seed.viewCount ?? 0,
      attachments: [],
      version: 1,
      revisionId: this.d.ids.newId(),
      createdAt: at,
      createdBy: userRefOf(user),
      modifiedAt: at,
      modifiedBy: userRefOf(user)
    });
    const saved = this.d.tx.transaction(() => {
      this.d.articles.insert(article);
      this.appendHistory(id, at, user, action, description, 1);
      return this.d.guard.afterChange(null, article, user, action, description);
    });
    this.announce(saved, user, action);
    return saved;
  }

  /**
   * Saves new field values on top of `baseRevisionId`. Unchanged content (same hash) creates no
   * revision; a stale base revision is refused with CONFLICT so nobody overwrites another save.
   */
  save(id: string, baseRevisionId: string, fields: ArticleFields, user: UserRef): Article {
    return this.saveRevision(id, baseRevisionId, fields, null, user);
  }

  /**
   * Like `save`, but the attachment list becomes `attachments` too, in the same new revision (restoring
   * an old version). Refused when a file of the list is no longer in the media store.
   */
  saveWithAttachments(id: string, baseRevisionId: string, fields: ArticleFields, attachments: Attachment[], user: UserRef): Article {
    const missing = attachments.find((a) => !this.d.media.has(a.hash));
    if (missing) throw new AppError(ErrorCode.NOT_FOUND, MEDIA_MISSING(missing.name));
    return this.saveRevision(id, baseRevisionId, fields, attachments, user);
  }

  /** `attachments` null keeps the current list. */
  private saveRevision(id: string, baseRevisionId: string, fields: ArticleFields, attachments: Attachment[] | null, user: UserRef): Article {
    const current = this.get(id);
    const normalised = this.validate(fields, current.status, current);
    const candidate = this.build(normalised, { ...metaOf(current), attachments: attachments ?? current.attachments });
    if (candidate.contentHash === current.contentHash) return current;
    if (current.revisionId !== baseRevisionId) throw new AppError(ErrorCode.CONFLICT, CONFLICT);
    this.d.guard.beforeChange(current, user);
    const version = current.version + 1;
    return this.commitRevision(current, { ...candidate, version }, user, 'save', `Lưu bài viết (phiên bản ${version})`);
  }

  get(id: string): Article {
    return this.d.reader.get(id);
  }

  list(query: ParsedListQuery): ListPage {
    return this.d.articles.list(query);
  }

  facets(): Facets {
    return this.d.articles.facets();
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = nfc(query).trim();
    if (q === '') return [];
    return this.d.articles.search(q, limit);
  }

  history(id: string): HistoryEntry[] {
    this.get(id);
    return this.d.history.list(id);
  }

  count(): number {
    return this.d.articles.count();
  }

  /** Stores the file in the media store and adds it to the article as a new revision. */
  addAttachment(articleId: string, file: NewAttachment, user: UserRef): Article {
    const current = this.get(articleId);
    this.d.guard.beforeChange(current, user);
    const name = nfc(file.name).trim() || 'tep-dinh-kem';
    const { hash, size } = this.d.media.put(file.bytes);
    const attachment: Attachment = {
      id: this.d.ids.newId(),
      name,
      mime: file.mime,
      size,
      hash,
      addedAt: this.d.clock.now().toISOString(),
      addedBy: user.name
    };
    const attachments = [...current.attachments, attachment];
    return this.commitAttachments(current, attachments, user, 'attachment.add', `Thêm tệp đính kèm “${name}”`);
  }

  removeAttachment(articleId: string, attachmentId: string, user: UserRef): Article {
    const current = this.get(articleId);
    this.d.guard.beforeChange(current, user);
    const removed = current.attachments.find((a) => a.id === attachmentId);
    if (!removed) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy tệp đính kèm này; có thể nó đã được gỡ.');
    const attachments = current.attachments.filter((a) => a.id !== attachmentId);
    return this.commitAttachments(current, attachments, user, 'attachment.remove', `Gỡ tệp đính kèm “${removed.name}”`);
  }

  private commitAttachments(current: Article, attachments: Attachment[], user: UserRef, action: string, description: string): Article {
    const version = current.version + 1;
    const next: Article = { ...current, attachments, version };
    next.contentHash = articleContentHash(next, this.d.hasher);
    return this.commitRevision(current, next, user, action, description);
  }

  private commitRevision(current: Article, next: Article, user: UserRef, action: string, description: string): Article {
    const at = this.d.clock.now().toISOString();
    const saved: Article = { ...next, revisionId: this.d.ids.newId(), modifiedAt: at, modifiedBy: userRefOf(user) };
    const result = this.d.tx.transaction(() => {
      this.d.articles.update(saved, current.revisionId);
      for (const listener of this.d.revisionListeners) listener(current, saved);
      this.appendHistory(saved.id, at, user, action, description, saved.version);
      return this.d.guard.afterChange(current, saved, user, action, description);
    });
    this.announce(result, user, action);
    return result;
  }

  private announce(a: Article, user: UserRef, action: string): void {
    this.d.events.emit('article.changed', {
      articleId: a.id,
      revisionId: a.revisionId,
      version: a.version,
      status: a.status,
      title: a.title,
      by: userRefOf(user),
      at: a.modifiedAt,
      action
    });
  }

  private validate(fields: ArticleFields, status: ArticleStatus, previous?: Article): NormalisedFields {
    return validateArticleFields(fields, {
      lists: this.d.lists.get(),
      mediaExists: (hash) => this.d.media.has(hash),
      status,
      previous
    });
  }

  /** Fills derived fields (plain text, counts unless overridden, content hash) around the given identity. */
  private build(n: NormalisedFields, meta: ArticleMeta): Article {
    const f = n.fields;
    const { text, stats } = this.d.body.analyse(f.body);
    const bodyText = nfc(text);
    const article: Article = {
      ...f,
      ...meta,
      pageCount: f.pageCount.overridden ? f.pageCount : { value: stats.pages, overridden: false },
      photoCount: f.photoCount.overridden ? f.photoCount : { value: stats.photos, overridden: false },
      bodyText,
      wordCount: stats.words,
      contentHash: ''
    };
    article.contentHash = this.contentHash(article, n.bodyState);
    return article;
  }

  private contentHash(a: Article, bodyState: unknown): string {
    return contentHashOf(a, bodyState, this.d.hasher);
  }

  private appendHistory(articleId: string, at: string, user: UserRef, action: string, description: string, version: number): void {
    this.d.history.append(articleId, { id: this.d.ids.newId(), at, user, action, description, version });
  }
}

type ArticleMeta = Omit<Article, keyof ArticleFields | 'contentHash' | 'bodyText' | 'wordCount'>;

function metaOf(a: Article): ArticleMeta {
  return {
    id: a.id,
    status: a.status,
    approvalStatus: a.approvalStatus,
    viewCount: a.viewCount,
    attachments: a.attachments,
    version: a.version,
    revisionId: a.revisionId,
    createdAt: a.createdAt,
    createdBy: a.createdBy,
    modifiedAt: a.modifiedAt,
    modifiedBy: a.modifiedBy
  };
}

/** The content hash of a stored article or revision (its body JSON is already normalised). */
export function articleContentHash(a: Article, hasher: Hasher): string {
  return contentHashOf(a, JSON.parse(a.body.json) as unknown, hasher);
}

/** SHA-256 over a canonical NFC JSON of every content field (not status, counters or timestamps). */
function contentHashOf(a: Article, bodyState: unknown, hasher: Hasher): string {
  return hasher.sha256(
    canonicalJson({
      title: a.title,
      imageHash: a.imageHash,
      imageCaption: a.imageCaption,
      summary: a.summary,
      body: bodyState,
      alternateLink: a.alternateLink,
      publishAt: a.publishAt,
      featured: a.featured,
      author: a.author,
      category: a.category,
      articleType: a.articleType,
      pageCount: a.pageCount,
      photoCount: a.photoCount,
      attachments: a.attachments.map((x) => ({ name: x.name, mime: x.mime, hash: x.hash }))
    })
  );
}
