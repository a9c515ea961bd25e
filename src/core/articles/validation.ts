// Field validation and normalisation for article saves. Every problem is reported at once, keyed by
// field name, with a Vietnamese message that says what to do. Drafts may be saved without a title
// (autosave runs while the person is still typing); only really invalid values are refused.
import {
  MAX_AUTHOR,
  MAX_BODY_JSON_BYTES,
  MAX_SUMMARY,
  MAX_TITLE,
  type ArticleFields,
  type ArticleStatus,
  type Body
} from '../../shared/article';
import type { EditableLists } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { nfc } from '../../shared/text';
import { compareListItems } from './lists-service';
import { nfcDeep } from './canonical';
import { isAllowedImageSrc } from '../editor/imageSrc';
import { isRemoteImageUrl } from '../../shared/web-address';
import { isSafeLinkUrl } from '../editor/links';

const MAX_CAPTION = 1000;
const MAX_LINK = 2000;
const MAX_COUNT = 100000;

export interface ValidationContext {
  lists: EditableLists;
  mediaExists(hash: string): boolean;
  status: ArticleStatus;
  /** The values stored before this save: a category that was later removed from the list stays valid. */
  previous?: Pick<ArticleFields, 'category' | 'articleType' | 'imageHash'>;
}

export interface NormalisedFields {
  fields: ArticleFields;
  /** The parsed (NFC) Lexical state, for hashing. */
  bodyState: unknown;
}

export function validateArticleFields(input: ArticleFields, ctx: ValidationContext): NormalisedFields {
  const errors: Record<string, string> = {};
  const title = nfc(input.title);
  const summary = nfc(input.summary);
  const imageCaption = nfc(input.imageCaption);
  const author = nfc(input.author);
  let category = nfc(input.category);
  let articleType = nfc(input.articleType);
  const alternateLink = nfc(input.alternateLink);

  if (title.trim() === '' && ctx.status !== 'nhap') errors.title = 'Hãy nhập tiêu đề cho bài viết.';
  if ([...title].length > MAX_TITLE) errors.title = `Tiêu đề dài quá ${MAX_TITLE} ký tự; hãy rút gọn tiêu đề.`;
  if ([...summary].length > MAX_SUMMARY) errors.summary = `Tóm tắt dài quá ${MAX_SUMMARY} ký tự; hãy rút gọn.`;
  if ([...imageCaption].length > MAX_CAPTION) errors.imageCaption = `Hình ảnh mô tả dài quá ${MAX_CAPTION} ký tự; hãy rút gọn.`;
  if ([...author].length > MAX_AUTHOR) errors.author = `Tên tác giả dài quá ${MAX_AUTHOR} ký tự.`;

  if (alternateLink.trim() !== '' && (!isHttpUrl(alternateLink.trim()) || alternateLink.length > MAX_LINK)) {
    errors.alternateLink = 'Link thay thế nội dung phải là địa chỉ web bắt đầu bằng http:// hoặc https://';
  }

  let publishAt: string | null = null;
  if (input.publishAt !== null) {
    const t = Date.parse(input.publishAt);
    const year = Number.isNaN(t) ? NaN : new Date(t).getUTCFullYear();
    if (Number.isNaN(t) || year < 1990 || year > 2200) {
      errors.publishAt = 'Ngày xuất bản không hợp lệ; hãy chọn ngày theo dạng dd/MM/yyyy.';
    } else {
      publishAt = new Date(t).toISOString();
    }
  }

  if (category !== '' && category !== ctx.previous?.category) {
    const listed = findInList(ctx.lists.categories, category);
    if (listed === undefined) errors.category = 'Phân loại này không có trong danh sách; hãy chọn một phân loại có sẵn.';
    else category = listed;
  }
  if (articleType !== '' && articleType !== ctx.previous?.articleType) {
    const listed = findInList(ctx.lists.articleTypes, articleType);
    if (listed === undefined) errors.articleType = 'Loại bài viết này không có trong danh sách; hãy chọn một loại có sẵn.';
    else articleType = listed;
  }

  if (input.imageHash !== null && input.imageHash !== ctx.previous?.imageHash && !ctx.mediaExists(input.imageHash)) {
    errors.imageHash = 'Không tìm thấy ảnh đại diện trong kho dữ liệu; hãy chọn lại ảnh.';
  }

  for (const key of ['pageCount', 'photoCount'] as const) {
    const { value } = input[key];
    if (!Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
      errors[key] = `${key === 'pageCount' ? 'Số Trang' : 'Số Ảnh'} phải là số nguyên từ 0 đến ${MAX_COUNT}.`;
    }
  }

  const { body, state, error } = normaliseBody(input.body);
  if (error) errors.body = error;

  if (Object.keys(errors).length > 0) {
    const first = Object.values(errors)[0]!;
    throw new AppError(ErrorCode.INVALID_INPUT, Object.keys(errors).length === 1 ? first : 'Một số trường chưa hợp lệ; hãy xem các ô được đánh dấu.', errors);
  }

  return {
    fields: {
      title,
      imageHash: input.imageHash,
      imageCaption,
      summary,
      body,
      alternateLink,
      publishAt,
      featured: input.featured,
      author,
      category,
      articleType,
      pageCount: { ...input.pageCount },
      photoCount: { ...input.photoCount }
    },
    bodyState: state
  };
}

const TOO_LARGE = 'Nội dung quá lớn để lưu (tối đa khoảng 30 MB); hãy chia bài thành nhiều bài hoặc bớt ảnh dán trực tiếp.';

/** Parses the Lexical JSON, checks its shape and size, and returns it re-serialised as NFC. */
export function normaliseBody(body: Body): { body: Body; state: unknown; error?: string } {
  if (body.json.length > MAX_BODY_JSON_BYTES || utf8Length(body.json) > MAX_BODY_JSON_BYTES) {
    return { body, state: null, error: TOO_LARGE };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.json);
  } catch {
    return { body, state: null, error: 'Nội dung bị hỏng (không đọc được); hãy tải lại bài viết rồi thử lại.' };
  }
  const root = (parsed as { root?: { type?: unknown; children?: unknown } } | null)?.root;
  if (!root || root.type !== 'root' || !Array.isArray(root.children)) {
    return { body, state: null, error: 'Nội dung không đúng định dạng của trình soạn thảo; hãy tải lại bài viết rồi thử lại.' };
  }
  const state = nfcDeep(parsed);
  const unsafe = unsafeUrlIn(state);
  if (unsafe) return { body, state: null, error: unsafe };
  // Keep the stored text as sent when it is already NFC; escaped combining marks need re-serialising.
  const json = nfc(body.json) === body.json && !body.json.includes('\\u') ? body.json : JSON.stringify(state);
  if (utf8Length(json) > MAX_BODY_JSON_BYTES) return { body, state: null, error: TOO_LARGE };
  return { body: { lexicalVersion: nfc(body.lexicalVersion), json }, state };
}

/**
 * The renderer only ever stores web/mail/phone links, workspace or data images and placeholders of web
 * images still to download (cleanHtml, RemoteImageNode, the link dialog); a body with anything else did not come from it and is refused before it can be published.
 */
function unsafeUrlIn(state: unknown): string | null {
  const stack: unknown[] = [(state as { root: unknown }).root];
  while (stack.length) {
    const node = stack.pop() as { type?: unknown; url?: unknown; src?: unknown; children?: unknown } | null;
    if (typeof node !== 'object' || node === null) continue;
    if ((node.type === 'link' || node.type === 'autolink') && (typeof node.url !== 'string' || !isSafeLinkUrl(node.url))) {
      return `Nội dung có liên kết không an toàn (“${String(node.url).slice(0, 60)}”); chỉ nhận liên kết web (http, https), thư điện tử hoặc số điện thoại.`;
    }
    const badImage = node.type === 'image' && (typeof node.src !== 'string' || !isAllowedImageSrc(node.src));
    const badPlaceholder = node.type === 'remote-image' && (typeof node.url !== 'string' || !isRemoteImageUrl(node.url));
    if (badImage || badPlaceholder) {
      return 'Nội dung có ảnh với địa chỉ không hợp lệ (ảnh từ web phải được tải về máy trước); hãy chèn lại ảnh từ máy hoặc dán lại từ trang web.';
    }
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
  }
  return null;
}

function utf8Length(s: string): number {
  // Fast upper bound first: most bodies are far below the limit.
  if (s.length * 3 <= MAX_BODY_JSON_BYTES) return s.length;
  return new TextEncoder().encode(s).length;
}

export function isHttpUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The list's own spelling of `value` (case-insensitive, accent-sensitive), if listed. */
function findInList(list: string[], value: string): string | undefined {
  return list.find((item) => compareListItems(item, value.trim()) === 0);
}
