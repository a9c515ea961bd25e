// Columns REST create/MERGE cannot write, sent through `items(id)/ValidateUpdateListItem` instead: "Publishing Image"
// columns (TypeAsString 'Image') are not properties of the item's entity type, so a MERGE naming one is refused
// (or ignored, depending on the server) and only the form path sets them, with `<img alt="…" src="…">`.
// ValidateUpdateListItem answers HTTP 200 even when it refuses: every returned field's HasException/ErrorMessage
// is read, and any refusal (a bad value, a required column left blank) becomes one Vietnamese message.
import type { PortalField, PortalPost } from '../../../../core/publishing/ports';
import type { FieldMapping } from '../../../../shared/publishing';
import { SharePointError } from './errors';
import type { Column } from './list-info';
import { columnFor } from './mapping';
import { arrayOf, functionResult, str, type Format, type Json } from './odata';

export interface FormValue { FieldName: string; FieldValue: string }

/** Columns only the form path can write. */
export function formOnly(col: Column): boolean {
  return col.type === 'Image';
}

const attr = (s: string) => s.normalize('NFC').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The main image as a Publishing Image value; '' clears the column (no image). */
export function imageFormValue(post: PortalPost): string {
  if (!post.image) return '';
  return `<img alt="${attr(post.image.caption || post.title)}" src="${attr(post.image.url)}">`;
}

/** Form values for the mapped form-only columns (only the main image can go into one). */
export function formValues(post: PortalPost, mapping: FieldMapping, columns: Column[]): FormValue[] {
  const out: FormValue[] = [];
  for (const field of Object.keys(mapping) as PortalField[]) {
    const col = columnFor(mapping, field, columns);
    if (!col || col.readOnly || !formOnly(col)) continue;
    if (field !== 'image') {
      throw new SharePointError('invalid', `field ${field} is mapped to the Publishing Image column ${col.internalName}`,
        `Cột “${col.title}” trên cổng SharePoint là cột ảnh (Publishing Image), chỉ nhận ảnh đại diện của bài. Nhờ quản trị sửa bảng ghép cột.`);
    }
    out.push({ FieldName: col.internalName, FieldValue: imageFormValue(post) });
  }
  return out;
}

/** The request body; verbose (2013) names the entry type of every form value. */
export function formBody(values: FormValue[], format: Format): Json {
  const entries = values.map((v) => (format === 'verbose' ? { __metadata: { type: 'SP.ListItemFormUpdateValue' }, ...v } : v));
  return { formValues: entries, bNewDocumentUpdate: false };
}

export interface FormResult { name: string; hasException: boolean; message: string }

/** The per-field answers, from `d.ValidateUpdateListItem.results` (verbose) or `value` (JSON light). */
export function formResults(data: unknown): FormResult[] {
  const fn = functionResult(data, 'ValidateUpdateListItem');
  const rows = Array.isArray(fn.value) ? fn.value : arrayOf(fn);
  return rows.map((r) => {
    const row = (r ?? {}) as Json;
    return { name: str(row.FieldName), hasException: row.HasException === true, message: str(row.ErrorMessage) };
  });
}

/** SharePoint's usual form messages in Vietnamese; anything else is quoted as the portal wrote it. */
function vietnamese(message: string): string {
  if (/can't leave this blank|cannot be blank|is required/i.test(message)) return 'không được để trống';
  if (/not one of the valid choices/i.test(message)) return 'giá trị không có trong danh sách lựa chọn';
  return `cổng báo “${message}”`;
}

/** Throws when any field was refused (the item then stays as it was before this call). */
export function assertFormAccepted(results: FormResult[], columns: Column[], title: string): void {
  const failed = results.filter((r) => r.hasException);
  if (failed.length === 0) return;
  const titleOf = (name: string) => columns.find((c) => c.internalName.toLowerCase() === name.toLowerCase())?.title || name;
  throw new SharePointError('invalid',
    `ValidateUpdateListItem refused: ${failed.map((f) => `${f.name}: ${f.message}`).join('; ')}`,
    `Cổng SharePoint không nhận bài “${title}”: ${failed.map((f) => `cột “${titleOf(f.name)}” ${vietnamese(f.message)}`).join('; ')}. ` +
      'Hãy sửa bài (hoặc nhờ quản trị sửa bảng ghép cột) rồi bấm “Thử lại”; bài trên cổng chưa có các giá trị này.');
}
