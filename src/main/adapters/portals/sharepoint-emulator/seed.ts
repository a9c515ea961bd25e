// The seed portal: web /sites/portal with the list "Tin Tức Mở Rộng" and the PublishingImages library.
import type { Account, FieldDef, ListDef } from './types';

export const SEED_LIST_TITLE = 'Tin Tức Mở Rộng';

/** Columns of "Tin Tức Mở Rộng" (internal names as on the seed portal). */
export const TIN_TUC_FIELDS: readonly FieldDef[] = [
  { internalName: 'Title', title: 'Tiêu đề', type: 'Text', required: true },
  { internalName: 'TomTat', title: 'Tóm tắt', type: 'Note', richText: false },
  { internalName: 'NoiDung', title: 'Nội dung', type: 'HTML', required: true },
  { internalName: 'AnhDaiDien', title: 'Ảnh đại diện', type: 'URL', urlFormat: 'Image' },
  { internalName: 'ChuThichAnh', title: 'Chú thích ảnh', type: 'Text' },
  { internalName: 'TacGia', title: 'Tác giả', type: 'Text' },
  { internalName: 'Ngu_x1ed3_n_x0020_tin', title: 'Nguồn tin', type: 'Text' },
  { internalName: 'PhanLoai', title: 'Phân loại', type: 'Choice', required: true,
    // The seed portal's categories, spelled as it spells them (en dashes).
    choices: ['Tin tức – sự kiện', 'Thông báo', 'Chỉ đạo – điều hành', 'Văn bản', 'Cải cách hành chính', 'Kinh tế', 'Văn hóa – Xã hội', 'Quốc phòng – An ninh', 'Nông thôn mới'] },
  { internalName: 'LoaiTin', title: 'Loại tin', type: 'Choice',
    choices: ['Tin', 'Tin ảnh', 'Bài', 'Phóng sự', 'Phỏng vấn', 'Tổng hợp', 'Tường thuật', 'Bình luận', 'Nghiên cứu'], defaultValue: 'Tin' },
  { internalName: 'NgayXuatBan', title: 'Ngày xuất bản', type: 'DateTime', required: true },
  { internalName: 'NoiBat', title: 'Nổi bật', type: 'Boolean', defaultValue: false },
  { internalName: 'ChiuTrachNhiem', title: 'Người chịu trách nhiệm', type: 'Text' },
  { internalName: 'PortalSyncKey', title: 'PortalSyncKey', type: 'Text', indexed: true, unique: true, maxLength: 64 },
  { internalName: 'DauVanTay', title: 'Dấu vân tay phê duyệt', type: 'Text', maxLength: 128 },
  { internalName: 'SoLuotXem', title: 'Số lượt xem', type: 'Number', readOnly: true, defaultValue: 0 }
];

/**
 * "Tin Tức Mở Rộng". Its URL is Lists/TinTuc_MoRong (created under another name, then renamed), so the item type is
 * SP.Data.TinTuc_x005f_MoRongListItem — clients must read ListItemEntityTypeFullName, not derive it from the title.
 */
export function tinTucMoRongList(patch: Partial<ListDef> = {}): ListDef {
  return { title: SEED_LIST_TITLE, url: 'Lists/TinTuc_MoRong', template: 'list', enableVersioning: true, enableAttachments: true, fields: [...TIN_TUC_FIELDS], ...patch };
}

/** What "Enable scheduling" adds to a publishing site's list (which must have content approval on). */
export const SCHEDULING_FIELDS: readonly FieldDef[] = [
  { internalName: 'PublishingStartDate', title: 'Scheduling Start Date', type: 'DateTime' },
  { internalName: 'PublishingExpirationDate', title: 'Scheduling End Date', type: 'DateTime' }
];

/** "Tin Tức Mở Rộng" with content approval and scheduling: approved items with a future start date wait as Scheduled. */
export function scheduledTinTucList(patch: Partial<ListDef> = {}): ListDef {
  return tinTucMoRongList({ enableModeration: true, fields: [...TIN_TUC_FIELDS, ...SCHEDULING_FIELDS], ...patch });
}

/** The publishing site's image library (require check out and content approval, as on a publishing site). */
export function publishingImagesLibrary(patch: Partial<ListDef> = {}): ListDef {
  return {
    title: 'Images', url: 'PublishingImages', template: 'library', enableModeration: true, enableVersioning: true, enableMinorVersions: true,
    forceCheckout: true, fields: [{ internalName: 'Title', title: 'Title', type: 'Text' }], ...patch
  };
}

export function defaultLists(): ListDef[] {
  return [tinTucMoRongList(), publishingImagesLibrary()];
}

export const DEFAULT_ACCOUNTS: readonly Account[] = [
  { login: 'PORTAL\\bbt', password: 'Mat-khau-SP-2026', token: 'emulator-token-bbt', permission: 'full', title: 'Ban Biên Tập' },
  { login: 'PORTAL\\congtacvien', password: 'Mat-khau-SP-2026', token: 'emulator-token-ctv', permission: 'edit', title: 'Cộng tác viên' },
  { login: 'PORTAL\\docgia', password: 'Mat-khau-SP-2026', token: 'emulator-token-docgia', permission: 'read', title: 'Độc giả' },
  { login: 'PORTAL\\khach', password: 'Mat-khau-SP-2026', token: 'emulator-token-khach', permission: 'none', title: 'Khách' }
];
