// How the app's article fields land on WordPress: the built-in post fields, the mu-plugin's meta keys (which
// the admin's mapping may rename), and the conversions between WordPress posts and the connector port.
import { PortalError, type PortalField, type RemoteItem } from '../../../../core/publishing/ports';
import type { FieldMapping } from '../../../../shared/publishing';
import { normalizeBaseUrl } from './client';
import type { WpPost } from './schemas';

/** The mu-plugin's meta keys per article field (the defaults of `config.mapping`). */
export const DEFAULT_META: Readonly<Partial<Record<PortalField, string>>> = {
  syncKey: 'bbt_sync_key',
  fingerprint: 'bbt_fingerprint',
  responsible: 'bbt_responsible',
  contentHash: 'bbt_content_hash',
  views: 'bbt_views'
};

/** Article fields WordPress has a native place for (their mapping entries are ignored). */
export const NATIVE: ReadonlyArray<{ field: PortalField; name: string; title: string; type: string; required: boolean }> = [
  { field: 'title', name: 'title', title: 'Tiêu đề', type: 'string', required: true },
  { field: 'html', name: 'content', title: 'Nội dung', type: 'html', required: true },
  { field: 'summary', name: 'excerpt', title: 'Tóm tắt', type: 'string', required: false },
  { field: 'image', name: 'featured_media', title: 'Ảnh đại diện', type: 'media', required: false },
  { field: 'category', name: 'categories', title: 'Chuyên mục', type: 'category', required: false },
  { field: 'publishAt', name: 'date_gmt', title: 'Ngày đăng (GMT)', type: 'datetime', required: false },
  { field: 'featured', name: 'sticky', title: 'Tin nổi bật (ghim)', type: 'boolean', required: false }
];

export const META_TITLES: Record<string, string> = {
  bbt_sync_key: 'Khóa đồng bộ',
  bbt_fingerprint: 'Dấu phê duyệt',
  bbt_responsible: 'Chịu trách nhiệm chính',
  bbt_content_hash: 'Mã băm nội dung',
  bbt_views: 'Số lượt xem'
};

/** The meta key an article field is written to (null: not written). */
export function metaNameOf(mapping: FieldMapping, field: PortalField): string | null {
  const v = mapping[field];
  if (v === null) return null;
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return DEFAULT_META[field] ?? null;
}

/** [field, meta key] written (or read, for views): the defaults plus the mapping's, never a built-in field. */
export function metaFieldsOf(mapping: FieldMapping): Array<[PortalField, string]> {
  const fields = new Set<PortalField>([...(Object.keys(DEFAULT_META) as PortalField[]), ...(Object.keys(mapping) as PortalField[])]);
  const native = new Set(NATIVE.map((n) => n.field));
  const out: Array<[PortalField, string]> = [];
  for (const f of fields) {
    const name = native.has(f) ? null : metaNameOf(mapping, f);
    if (name) out.push([f, name]);
  }
  return out;
}

export function postId(item: RemoteItem): number {
  const id = Number(item.remoteId);
  if (!Number.isInteger(id) || id <= 0) {
    throw new PortalError('invalid', `not a WordPress post id: ${item.remoteId}`, `Mã bài “${item.remoteId}” không phải mã bài của cổng WordPress.`);
  }
  return id;
}

export function remoteOf(p: WpPost): RemoteItem {
  return { remoteId: String(p.id), url: p.link, status: p.status, version: p.modified_gmt || null };
}

/** The WordPress host the connector talks to, for messages ("cong.gov.vn"), or the input if it is not a URL. */
export function siteLabel(url: string): string {
  try {
    const u = new URL(normalizeBaseUrl(url));
    return `${u.host}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}
