// Vietnamese labels and small rules the publishing screens share.
import type { Role } from '../../../shared/accounts';
import type { OutboxEntry, PortalField, PublicationReceipt } from '../../../shared/publishing';

/** The article fields as the admin sees them when mapping them to a portal's columns. */
export const PORTAL_FIELD_LABELS: Record<PortalField, string> = {
  title: 'Tiêu đề',
  html: 'Nội dung',
  summary: 'Tóm tắt',
  image: 'Hình ảnh',
  imageCaption: 'Hình ảnh mô tả',
  author: 'Tác giả',
  category: 'Phân loại',
  articleType: 'Loại bài viết',
  publishAt: 'Ngày xuất bản',
  featured: 'Tin nổi bật',
  alternateLink: 'Link thay thế nội dung',
  pageCount: 'Số Trang',
  photoCount: 'Số Ảnh',
  responsible: 'Chịu trách nhiệm chính',
  agency: 'Cơ quan',
  syncKey: 'Khóa đồng bộ',
  fingerprint: 'Dấu vân tay phê duyệt',
  contentHash: 'Mã băm nội dung',
  views: 'Số lượt người đọc'
};

/** Who may send an approved article to a portal, and who may take it down (the main side checks again). */
const PUBLISHERS: readonly Role[] = ['bien_tap_vien', 'thu_ky', 'thanh_vien', 'pho_truong_ban', 'truong_ban'];
const TAKE_DOWN: readonly Role[] = ['thu_ky', 'pho_truong_ban', 'truong_ban'];

export const canPublish = (roles: readonly Role[]) => roles.some((r) => PUBLISHERS.includes(r));
export const canTakeDown = (roles: readonly Role[]) => roles.some((r) => TAKE_DOWN.includes(r));

/** Only web pages open outside the app (the Electron shell hands them to the system browser). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url);
}

/** Per target, the latest receipt while the item is up on the portal (not taken down). */
export function liveReceipts(receipts: PublicationReceipt[]): Map<string, PublicationReceipt> {
  const latest = new Map<string, PublicationReceipt>();
  for (const r of receipts) {
    const known = latest.get(r.targetId);
    if (!known || r.at > known.at) latest.set(r.targetId, r);
  }
  for (const [targetId, r] of latest) if (r.kind === 'take-down') latest.delete(targetId);
  return latest;
}

/** Newest first, one entry replaced (or added) by its id: the queue as `outbox.changed` announces it. */
export function upsertEntry(entries: OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  const i = entries.findIndex((e) => e.id === entry.id);
  if (i === -1) return [entry, ...entries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const next = entries.slice();
  next[i] = entry;
  return next;
}
