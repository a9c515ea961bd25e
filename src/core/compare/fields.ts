// Metadata changes between two versions, labelled as the portal names its fields.
import type { Article, Count } from '../../shared/article';
import type { FieldChange, TextPart } from '../../shared/compare';
import { formatDateTime } from '../../shared/dates';
import { nfc } from '../../shared/text';
import type { Differ } from './differ';
import { diffText } from './text-diff';

const NONE = '(trống)';

/** Fields whose text is word-diffed; the others show before → after. */
const TEXT_FIELDS = [
  ['title', 'Tiêu đề'],
  ['summary', 'Tóm tắt'],
  ['imageCaption', 'Hình ảnh mô tả'],
  ['alternateLink', 'Link thay thế nội dung'],
  ['author', 'Tác giả']
] as const;

export function compareFields(differ: Differ, a: Article, b: Article): FieldChange[] {
  const out: FieldChange[] = [];
  const text = (field: (typeof TEXT_FIELDS)[number]) => {
    const [key, label] = field;
    const before = nfc(a[key]);
    const after = nfc(b[key]);
    if (before !== after) out.push({ field: key, label, before, after, parts: diffText(differ, before, after) });
  };
  const value = (field: string, label: string, before: string, after: string) => {
    if (before !== after) out.push({ field, label, before, after });
  };

  text(TEXT_FIELDS[0]);
  text(TEXT_FIELDS[1]);
  value('imageHash', 'Hình ảnh', imageText(a.imageHash), imageText(b.imageHash));
  text(TEXT_FIELDS[2]);
  text(TEXT_FIELDS[3]);
  value('publishAt', 'Ngày xuất bản', a.publishAt ? formatDateTime(a.publishAt) : 'Chưa đặt', b.publishAt ? formatDateTime(b.publishAt) : 'Chưa đặt');
  value('featured', 'Tin nổi bật', a.featured ? 'Có' : 'Không', b.featured ? 'Có' : 'Không');
  text(TEXT_FIELDS[4]);
  value('category', 'Phân loại', a.category || NONE, b.category || NONE);
  value('articleType', 'Loại bài viết', a.articleType || NONE, b.articleType || NONE);
  value('pageCount', 'Số Trang', countText(a.pageCount), countText(b.pageCount));
  value('photoCount', 'Số Ảnh', countText(a.photoCount), countText(b.photoCount));
  const attachments = attachmentChange(a, b);
  if (attachments) out.push(attachments);
  return out;
}

function imageText(hash: string | null): string {
  return hash ? `Ảnh ${hash.slice(0, 8)}` : 'Không có ảnh';
}

function countText(c: Count): string {
  return c.overridden ? `${c.value} (nhập tay)` : String(c.value);
}

/** Attachments are compared by content hash; the parts list names added and removed files. */
function attachmentChange(a: Article, b: Article): FieldChange | null {
  const key = (x: { hash: string; name: string }) => x.hash + '\u0001' + x.name;
  const beforeKeys = new Set(a.attachments.map(key));
  const afterKeys = new Set(b.attachments.map(key));
  const removed = a.attachments.filter((x) => !afterKeys.has(key(x)));
  const added = b.attachments.filter((x) => !beforeKeys.has(key(x)));
  if (removed.length === 0 && added.length === 0) return null;
  const parts: TextPart[] = [];
  for (const x of removed) parts.push({ text: x.name, change: 'removed' });
  for (const x of added) parts.push({ text: x.name, change: 'added' });
  const names = (list: Article['attachments']) => (list.length ? list.map((x) => x.name).join(', ') : 'Không có tệp');
  return { field: 'attachments', label: 'Tệp đính kèm', before: names(a.attachments), after: names(b.attachments), parts };
}
