// Mapping between Article DTOs and the articles / article_revisions rows.
import { approvalStatusOf, type Article, type ArticleStatus, type ArticleSummary } from '../../../shared/article';
import type { RevisionStore } from './revision-store';
import { viSortKey } from './sort-key';
import { toUtcIso } from './time';

/** Named parameters for the current-row columns of `articles`. */
export function currentRowParams(a: Article) {
  return {
    id: a.id,
    current_revision_id: a.revisionId,
    version: a.version,
    status: a.status,
    title: a.title,
    title_key: viSortKey(a.title),
    author: a.author,
    author_key: viSortKey(a.author),
    category: a.category,
    article_type: a.articleType,
    featured: a.featured ? 1 : 0,
    publish_at: a.publishAt,
    publish_utc: a.publishAt === null ? null : toUtcIso(a.publishAt),
    image_hash: a.imageHash,
    word_count: a.wordCount,
    view_count: a.viewCount,
    created_at: toUtcIso(a.createdAt),
    created_by: a.createdBy.id,
    created_by_name: a.createdBy.name,
    modified_at: toUtcIso(a.modifiedAt),
    modified_by: a.modifiedBy.id,
    modified_by_name: a.modifiedBy.name,
    body_text: a.bodyText
  };
}

export const REVISION_COLUMNS = [
  'id', 'article_id', 'version', 'prev_revision_id', 'content_hash', 'created_at', 'created_by', 'created_by_name',
  'status', 'title', 'summary', 'image_hash', 'image_caption', 'alternate_link', 'publish_at', 'featured', 'author',
  'category', 'article_type', 'page_count', 'page_count_overridden', 'photo_count', 'photo_count_overridden',
  'lexical_version', 'word_count', 'attachments'
] as const;

/** Named parameters for one immutable `article_revisions` row (the texts go to RevisionStore). */
export function revisionParams(a: Article, prevRevisionId: string | null): Record<(typeof REVISION_COLUMNS)[number], string | number | null> {
  return {
    id: a.revisionId,
    article_id: a.id,
    version: a.version,
    prev_revision_id: prevRevisionId,
    content_hash: a.contentHash,
    created_at: toUtcIso(a.modifiedAt),
    created_by: a.modifiedBy.id,
    created_by_name: a.modifiedBy.name,
    status: a.status,
    title: a.title,
    summary: a.summary,
    image_hash: a.imageHash,
    image_caption: a.imageCaption,
    alternate_link: a.alternateLink,
    publish_at: a.publishAt,
    featured: a.featured ? 1 : 0,
    author: a.author,
    category: a.category,
    article_type: a.articleType,
    page_count: a.pageCount.value,
    page_count_overridden: a.pageCount.overridden ? 1 : 0,
    photo_count: a.photoCount.value,
    photo_count_overridden: a.photoCount.overridden ? 1 : 0,
    lexical_version: a.body.lexicalVersion,
    word_count: a.wordCount,
    attachments: JSON.stringify(a.attachments)
  };
}

export const SUMMARY_COLUMNS =
  'a.id, a.title, a.status, a.category, a.article_type, a.author, a.featured, a.publish_at, a.modified_at, a.created_at, a.word_count, a.image_hash';

export interface SummaryRow {
  id: string;
  title: string;
  status: ArticleStatus;
  category: string;
  article_type: string;
  author: string;
  featured: number;
  publish_at: string | null;
  modified_at: string;
  created_at: string;
  word_count: number;
  image_hash: string | null;
}

/** `openComments`: the article's unresolved comment threads (OpenCommentCounts, per list page). */
export function toSummary(r: SummaryRow, openComments: number): ArticleSummary {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    category: r.category,
    articleType: r.article_type,
    author: r.author,
    featured: r.featured === 1,
    publishAt: r.publish_at,
    modifiedAt: r.modified_at,
    createdAt: r.created_at,
    wordCount: r.word_count,
    imageHash: r.image_hash,
    openComments
  };
}

export const ARTICLE_SELECT = `
  SELECT a.id, a.status, a.view_count, a.created_at, a.created_by, a.created_by_name,
         r.id AS revision_id, r.version, r.content_hash, r.created_at AS modified_at,
         r.created_by AS modified_by, r.created_by_name AS modified_by_name,
         r.title, r.summary, r.image_hash, r.image_caption, r.alternate_link, r.publish_at, r.featured,
         r.author, r.category, r.article_type, r.page_count, r.page_count_overridden, r.photo_count,
         r.photo_count_overridden, r.lexical_version, r.word_count, r.attachments
  FROM articles a JOIN article_revisions r ON r.id = a.current_revision_id`;

export interface ArticleRow {
  id: string;
  status: ArticleStatus;
  view_count: number;
  created_at: string;
  created_by: string;
  created_by_name: string;
  revision_id: string;
  version: number;
  content_hash: string;
  modified_at: string;
  modified_by: string;
  modified_by_name: string;
  title: string;
  summary: string;
  image_hash: string | null;
  image_caption: string;
  alternate_link: string;
  publish_at: string | null;
  featured: number;
  author: string;
  category: string;
  article_type: string;
  page_count: number;
  page_count_overridden: number;
  photo_count: number;
  photo_count_overridden: number;
  lexical_version: string;
  word_count: number;
  attachments: string;
}

/** `texts` reads the revision's body JSON and plain text from compact storage. */
export function toArticle(r: ArticleRow, texts: RevisionStore): Article {
  const { json, text } = texts.read(r.revision_id);
  return {
    id: r.id,
    status: r.status,
    approvalStatus: approvalStatusOf(r.status),
    viewCount: r.view_count,
    title: r.title,
    imageHash: r.image_hash,
    imageCaption: r.image_caption,
    summary: r.summary,
    body: { lexicalVersion: r.lexical_version, json },
    alternateLink: r.alternate_link,
    publishAt: r.publish_at,
    featured: r.featured === 1,
    author: r.author,
    category: r.category,
    articleType: r.article_type,
    pageCount: { value: r.page_count, overridden: r.page_count_overridden === 1 },
    photoCount: { value: r.photo_count, overridden: r.photo_count_overridden === 1 },
    attachments: JSON.parse(r.attachments) as Article['attachments'],
    version: r.version,
    revisionId: r.revision_id,
    contentHash: r.content_hash,
    bodyText: text,
    wordCount: r.word_count,
    createdAt: r.created_at,
    createdBy: { id: r.created_by, name: r.created_by_name },
    modifiedAt: r.modified_at,
    modifiedBy: { id: r.modified_by, name: r.modified_by_name }
  };
}
