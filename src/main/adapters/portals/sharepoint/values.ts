// A PortalPost → the JSON body of a create/MERGE, column by column, in the column's REST form. All text is NFC.
import type { PortalField, PortalPost } from '../../../../core/publishing/ports';
import type { FieldMapping } from '../../../../shared/publishing';
import { SharePointError } from './errors';
import { formOnly } from './form';
import type { Column } from './list-info';
import { columnFor } from './mapping';
import type { Format } from './odata';

/**
 * Without a sync-key column the key travels inside the HTML as an empty element with this attribute; `find`
 * then scans the newest items for it and `read` strips it again (see connector.ts).
 */
export const MARKER_ATTR = 'data-bbt-key';

export function markerHtml(key: string): string {
  return `<div ${MARKER_ATTR}="${key.replace(/[^A-Za-z0-9_.:-]/g, '')}" hidden=""></div>`;
}

export function stripMarker(html: string): string {
  return html.replace(new RegExp(`<div ${MARKER_ATTR}="[^"]*"[^>]*></div>`, 'g'), '');
}

function nfc(s: string): string {
  return s.normalize('NFC');
}

/** ISO UTC without milliseconds, as SharePoint documents it: 2026-11-27T03:00:00Z. */
export function isoUtc(value: string): string {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new SharePointError('invalid', `bad date ${value}`, `Ngày xuất bản “${value}” không hợp lệ.`);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The article's value for one field, before the column type is applied. */
function rawValue(field: PortalField, post: PortalPost, withMarker: boolean): unknown {
  switch (field) {
    case 'title': return post.title;
    case 'html': return withMarker ? `${post.html}${markerHtml(post.key)}` : post.html;
    case 'summary': return post.summary;
    case 'image': return post.image ? { url: post.image.url, description: post.image.caption || post.title } : null;
    case 'imageCaption': return post.image?.caption ?? '';
    case 'author': return post.author;
    case 'category': return post.category;
    case 'articleType': return post.articleType;
    case 'publishAt': return post.publishAt;
    case 'featured': return post.featured;
    case 'alternateLink': return post.alternateLink ? { url: post.alternateLink, description: post.alternateLink } : null;
    case 'pageCount': return post.pageCount;
    case 'photoCount': return post.photoCount;
    case 'responsible': return post.imprint.responsible;
    case 'agency': return post.imprint.agencyName;
    case 'syncKey': return post.key;
    case 'fingerprint': return post.fingerprint;
    case 'contentHash': return post.contentHash;
    case 'views': return undefined; // counted by the portal, never written
  }
}

/** A value in the column's REST JSON form; undefined: leave the column alone. */
function columnValue(col: Column, raw: unknown, format: Format): unknown {
  if (raw === undefined) return undefined;
  const link = raw && typeof raw === 'object' && 'url' in raw ? (raw as { url: string; description: string }) : null;
  switch (col.type) {
    case 'URL':
      if (raw === null || (typeof raw === 'string' && raw === '')) return null;
      {
        const url = link?.url ?? String(raw);
        const description = nfc(link?.description ?? url);
        return format === 'verbose' ? { __metadata: { type: 'SP.FieldUrlValue' }, Url: url, Description: description } : { Url: url, Description: description };
      }
    case 'Boolean':
      return raw === null ? null : raw === true || raw === 'true';
    case 'Number': case 'Integer': case 'Currency':
      return typeof raw === 'number' ? raw : raw === null || raw === '' ? null : Number(raw);
    case 'DateTime':
      return raw === null || raw === '' ? null : isoUtc(String(raw));
    case 'Choice': {
      const text = raw === null ? '' : nfc(link?.url ?? String(raw)).trim();
      if (text === '') return null;
      if (col.fillIn || col.choices.length === 0) return text;
      // The portal's own spelling when only case differs ("kinh tế" → "Kinh tế").
      const choice = col.choices.find((c) => nfc(c) === text) ?? col.choices.find((c) => nfc(c).toLocaleLowerCase('vi') === text.toLocaleLowerCase('vi'));
      if (choice === undefined) {
        throw new SharePointError('invalid', `value '${text}' is not a choice of ${col.internalName}`,
          `Giá trị “${text}” không có trong cột “${col.title}” của cổng SharePoint. Các giá trị được phép: ${col.choices.map((c) => `“${c}”`).join(', ')}.`);
      }
      return choice;
    }
    default:
      return raw === null ? null : nfc(link?.url ?? String(raw));
  }
}

export interface BodyContext {
  columns: Column[];
  mapping: FieldMapping;
  format: Format;
  entityType: string;
  /** Put the key marker into the HTML (no sync-key column). */
  withMarker: boolean;
}

/** The create/MERGE body: `__metadata.type` in verbose, none in JSON light. */
export function itemBody(post: PortalPost, ctx: BodyContext): Record<string, unknown> {
  const missing = (Object.keys(ctx.mapping) as PortalField[]).filter((f) => ctx.mapping[f] && !columnFor(ctx.mapping, f, ctx.columns));
  if (missing.length) {
    // A stale mapping must not publish an article without its body or key: the admin re-runs "Kiểm tra kết nối".
    const names = missing.map((f) => `“${ctx.mapping[f]}”`).join(', ');
    throw new SharePointError('invalid', `mapped columns missing from the list: ${missing.join(', ')}`,
      `Danh sách trên cổng SharePoint không còn các cột đã ghép: ${names}. Nhờ quản trị chạy lại “Kiểm tra kết nối” và sửa bảng ghép cột.`);
  }
  const body: Record<string, unknown> = ctx.format === 'verbose' ? { __metadata: { type: ctx.entityType } } : {};
  for (const field of Object.keys(ctx.mapping) as PortalField[]) {
    const col = columnFor(ctx.mapping, field, ctx.columns);
    // Form-only columns (Publishing Image) go through ValidateUpdateListItem after this write (form.ts).
    if (!col || col.readOnly || field === 'views' || formOnly(col)) continue;
    const value = columnValue(col, rawValue(field, post, ctx.withMarker), ctx.format);
    if (value !== undefined) body[col.property] = value;
  }
  return body;
}
