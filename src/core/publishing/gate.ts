// The checklist before "Xuất bản": errors block, warnings need confirmation (the CLI's --yes). The same
// rules for the app and the CLI; each message says what to fix, in Vietnamese.
import { STATUS_LABELS, type Article, type ArticleStatus } from '../../shared/article';
import { fold } from '../../shared/text';
import { remoteHostOf } from '../../shared/web-address';
import { PORTAL_FIELD_LABELS, type PortalField, type PublicationReceipt, type PublishCheck, type PublishFinding, type PublishTarget } from '../../shared/publishing';
import type { ProfileVersion } from '../../shared/profile';
import type { SignOffView } from '../../shared/workflow';

export interface GateFacts {
  article: Article;
  target: PublishTarget;
  /** The valid sign-off of the article's current revision, if any. */
  signOff: SignOffView | null;
  /** The agency profile in force on the publication date. */
  profile: ProfileVersion | null;
  openComments: number;
  /** The latest receipt on this target (an update or a correction follows one). */
  receipt: PublicationReceipt | null;
  /** Hrefs of the body's links and srcs of its images without a caption (from the body JSON). */
  links: string[];
  uncaptionedImages: number;
  /** Addresses of web images still waiting as placeholders (never downloaded into the workspace). */
  remoteImages: string[];
  correction: boolean;
  /** Accessibility findings on the HTML that would be published (accessibility.ts). */
  accessibility: PublishFinding[];
}


export function checkPublication(f: GateFacts): PublishCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const a = f.article;
  if (f.target.disabled) errors.push(`Cổng “${f.target.name}” đang tạm ngừng; hãy bật lại trong trang “Cổng thông tin”.`);
  // An approved version may also go to another portal after it was published (or scheduled) on one.
  if (!PUBLISHABLE.includes(a.status)) errors.push(`Bài đang ở trạng thái “${STATUS_LABELS[a.status]}”; chỉ bài “Đã duyệt” mới được xuất bản.`);
  else if (!f.signOff) errors.push('Bài chưa có chữ ký duyệt hợp lệ cho đúng phiên bản hiện tại; hãy trình Trưởng ban ký duyệt lại.');
  else if (a.status !== 'da_duyet' && f.receipt && !f.correction) errors.push(`Bài đã được xuất bản lên “${f.target.name}”; muốn sửa, hãy lưu bản mới và trình ký duyệt lại rồi “Cập nhật”.`);
  if (f.correction && !f.receipt) errors.push(`Bài chưa từng được xuất bản lên “${f.target.name}”, nên không có gì để cải chính; hãy dùng “Xuất bản”.`);
  if (a.title.trim() === '') errors.push('Bài chưa có Tiêu đề.');
  if (a.bodyText.trim() === '' && a.alternateLink.trim() === '') errors.push('Bài chưa có Nội dung (hoặc Link thay thế nội dung).');
  if (!f.profile || f.profile.responsibleName.trim() === '') {
    errors.push('Chưa có người “Chịu trách nhiệm chính” trong thông tin cơ quan áp dụng vào ngày xuất bản; hãy điền ở trang “Thông tin cơ quan”.');
  }
  if (a.imageHash && a.imageCaption.trim() === '') errors.push('Hình ảnh đại diện chưa có “Hình ảnh mô tả”.');
  if (f.target.type !== 'folder') {
    for (const field of f.target.config.required) {
      const label = PORTAL_FIELD_LABELS[field];
      if (isEmpty(a, field)) errors.push(`Cổng “${f.target.name}” yêu cầu trường “${label}”, nhưng bài chưa có.`);
    }
    if (f.target.config.mapping.category && a.category.trim() === '' && !f.target.config.required.includes('category')) {
      warnings.push('Bài chưa chọn Phân loại; trên cổng bài sẽ không thuộc chuyên mục nào.');
    }
    const known = f.target.config.categories;
    if (a.category.trim() !== '' && known.length > 0 && !known.some((c) => sameCategory(c, a.category, f.target.type === 'wordpress'))) {
      errors.push(`Phân loại “${a.category}” không có trên cổng “${f.target.name}”. Các chuyên mục trên cổng: ${known.map((c) => `“${c}”`).join(', ')}.`);
    }
    const types = f.target.config.articleTypes;
    if (a.articleType.trim() !== '' && types.length > 0 && !types.some((t) => sameCategory(t, a.articleType, false))) {
      errors.push(`Loại bài viết “${a.articleType}” không có trên cổng “${f.target.name}”. Các loại trên cổng: ${types.map((t) => `“${t}”`).join(', ')}.`);
    }
  }
  const bad = f.links.filter((href) => !wellFormedLink(href));
  if (bad.length) errors.push(`Liên kết không hợp lệ trong bài: ${bad.slice(0, 3).map((h) => `“${h}”`).join(', ')}${bad.length > 3 ? '…' : ''}.`);
  if (a.alternateLink.trim() !== '' && !wellFormedLink(a.alternateLink)) errors.push('“Link thay thế nội dung” không phải một địa chỉ web hợp lệ.');
  if (f.remoteImages.length > 0) {
    const hosts = [...new Set(f.remoteImages.map(remoteHostOf))].map((h) => `“${h}”`).join(', ');
    errors.push(`Bài còn ${f.remoteImages.length} ảnh chưa tải về máy (từ ${hosts}); hãy bấm “Tải lại” trên từng ảnh hoặc xóa ảnh đó trước khi xuất bản.`);
  }
  if (f.uncaptionedImages > 0) warnings.push(`${f.uncaptionedImages} ảnh trong bài chưa có chú thích.`);
  if (f.openComments > 0) warnings.push(`Bài còn ${f.openComments} bình luận chưa giải quyết.`);
  const places: NonNullable<PublishCheck['places']> = [];
  for (const finding of f.accessibility) {
    const line = findingLine(finding);
    (finding.severity === 'error' ? errors : warnings).push(line);
    if (finding.place) places.push({ line, place: finding.place });
  }
  return { ok: errors.length === 0, errors, warnings, ...(places.length ? { places } : {}) };
}

/** The message, with the surrounding text when the message does not already quote it. */
function findingLine(f: PublishFinding): string {
  return f.quote && !f.message.includes(f.quote) ? `${f.message} Đoạn văn: “${f.quote}”.` : f.message;
}

const PUBLISHABLE: readonly ArticleStatus[] = ['da_duyet', 'da_xuat_ban', 'hen_gio'];

/** SharePoint choices match exactly but for case; WordPress categories also without diacritics (as its connector does). */
function sameCategory(portal: string, article: string, loose: boolean): boolean {
  const norm = (s: string) => (loose ? fold(s) : s.normalize('NFC').toLocaleLowerCase('vi')).replace(/\s+/g, ' ').trim();
  return norm(portal) === norm(article);
}

function isEmpty(a: Article, field: PortalField): boolean {
  switch (field) {
    case 'image':
      return a.imageHash === null;
    case 'publishAt':
      return a.publishAt === null;
    case 'title':
    case 'summary':
    case 'imageCaption':
    case 'author':
    case 'category':
    case 'articleType':
    case 'alternateLink':
      return a[field].trim() === '';
    default:
      return false;
  }
}

/** http(s) with a host, mailto:, tel:, a fragment or a site-relative path; nothing else leaves the app as a link. */
export function wellFormedLink(href: string): boolean {
  const h = href.trim();
  if (h.startsWith('#') || /^\/(?!\/)/.test(h)) return true;
  if (/^mailto:[^\s@]+@[^\s@]+$/i.test(h)) return true;
  if (/^tel:\+?[0-9 ().-]{3,}$/i.test(h)) return true;
  let u: URL;
  try {
    u = new URL(h);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  return u.hostname.includes('.') || u.hostname === 'localhost';
}

/** Links, image captions and not-yet-downloaded web images of a stored body (Lexical JSON). */
export function bodyFacts(bodyJson: string): { links: string[]; uncaptionedImages: number; remoteImages: string[] } {
  const links: string[] = [];
  const remoteImages: string[] = [];
  let uncaptionedImages = 0;
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; url?: unknown; caption?: unknown; children?: unknown };
    if ((n.type === 'link' || n.type === 'autolink') && typeof n.url === 'string') links.push(n.url);
    if (n.type === 'remote-image') remoteImages.push(String(n.url));
    if (n.type === 'image' && (typeof n.caption !== 'string' || n.caption.trim() === '')) uncaptionedImages += 1;
    if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  walk((JSON.parse(bodyJson) as { root?: unknown }).root);
  return { links, uncaptionedImages, remoteImages };
}
