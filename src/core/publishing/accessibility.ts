// Accessibility of what is published and printed (issue #14; Thông tư 26/2020/TT-BTTTT asks government
// portals for WCAG 2.1 AA). Pure rules over the HTML that actually leaves the app: images have alternative
// text, headings do not skip levels, tables have header cells, links say where they go, the language is
// declared. Each finding names the place (nth image, heading text, first cell, link text) with a quote.
//
// Heading levels: every portal template we publish to (the folder page, SharePoint and WordPress themes)
// shows the article title as the page's <h1>, so a published fragment's first heading must be <h2>
// ("Tiêu đề 2" in the editor). A whole page (folder target, print) starts at its own <h1>.
//
// Parsing uses the DOM @lexical/headless already brings (happy-dom in Node, the real DOM in a browser), so
// the core stays platform-neutral.
import { withDOM } from '@lexical/headless/dom';
import type { A11yPlace, PublishFinding } from '../../shared/publishing';
import { fold } from '../../shared/text';

/** Alt texts that say nothing about the picture (compared folded: "Ảnh" = "anh"). */
const EMPTY_ALTS = new Set(['anh', 'hinh', 'hinh anh', 'buc anh', 'tam anh', 'anh minh hoa', 'image', 'img', 'photo', 'picture', 'anh chup']);
/** Link texts that make no sense read out of context (a screen reader's list of links). */
const VAGUE_LINKS = new Set([
  'tai day', 'o day', 'day', 'bam vao day', 'nhan vao day', 'bam day', 'nhan day', 'xem tai day', 'xem o day', 'xem them',
  'chi tiet', 'xem chi tiet', 'link', 'lien ket', 'click', 'click here', 'click vao day', 'here', 'more', 'read more'
]);
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|bmp|tiff?|svg|heic)$/i;
const CAMERA_NAME = /^(img|dsc|dscn|dcim|pxl|screenshot|anh|photo)[-_ ]?\d+$/i;

/** Checks the published fragment (or a whole page: `<html …>`) and returns its findings, in document order. */
export function checkAccessibility(html: string): PublishFinding[] {
  return withDOM((win) => {
    const doc = new win.DOMParser().parseFromString(html, 'text/html');
    const wholePage = /^\s*(<!doctype[^>]*>\s*)?<html[\s>]/i.test(html);
    return [...langFindings(doc, wholePage), ...imageFindings(doc), ...headingFindings(doc, wholePage), ...tableFindings(doc), ...linkFindings(doc)];
  });
}

function langFindings(doc: Document, wholePage: boolean): PublishFinding[] {
  const isVi = (el: Element | null) => fold(el?.getAttribute('lang') ?? '').split('-')[0] === 'vi';
  if (wholePage) {
    return isVi(doc.documentElement) ? [] : [error('Trang chưa khai báo ngôn ngữ tiếng Việt (<html lang="vi">); trình đọc màn hình sẽ đọc sai giọng.', null, '')];
  }
  const top = Array.from(doc.body.children);
  if (top.length === 0 || top.every((el) => isVi(el))) return [];
  return [error('Nội dung gửi lên cổng chưa khai báo ngôn ngữ tiếng Việt (lang="vi"); trình đọc màn hình sẽ đọc sai giọng.', null, '')];
}

function imageFindings(doc: Document): PublishFinding[] {
  const out: PublishFinding[] = [];
  Array.from(doc.querySelectorAll('img')).forEach((img, i) => {
    const file = fileName(img.getAttribute('src') ?? '');
    const caption = clean(img.closest('figure')?.querySelector('figcaption')?.textContent ?? '');
    const which = `Ảnh thứ ${i + 1}${caption ? ` (chú thích “${shorten(caption)}”)` : file ? ` (tệp “${file}”)` : ''}`;
    const place: A11yPlace = { kind: 'image', index: i };
    const quote = caption || contextOf(img);
    const alt = img.getAttribute('alt');
    // alt="" is an image deliberately marked "Ảnh trang trí"; an image whose alt is missing has no attribute.
    if (alt === null || (alt !== '' && clean(alt) === '')) {
      out.push(error(`${which} chưa có văn bản thay thế: hãy bấm vào ảnh, điền “Văn bản thay thế” (tả ảnh cho thấy gì), hoặc đánh dấu “Ảnh trang trí”.`, place, quote));
      return;
    }
    const text = clean(alt);
    if (text === '') return;
    const folded = fold(text).replace(/[\s\d.:-]+$/, '').trim();
    const stem = file.replace(IMAGE_FILE, '');
    if (IMAGE_FILE.test(text) || CAMERA_NAME.test(text) || (stem !== '' && fold(text) === fold(stem)) || fold(text) === fold(file)) {
      out.push(error(`${which} có văn bản thay thế là tên tệp (“${shorten(text)}”); hãy tả ảnh cho thấy gì.`, place, quote));
    } else if (EMPTY_ALTS.has(folded)) {
      out.push(error(`${which} có văn bản thay thế chỉ là “${text}”; hãy tả ảnh cho thấy gì (người, việc, nơi chốn).`, place, quote));
    }
  });
  return out;
}

function headingFindings(doc: Document, wholePage: boolean): PublishFinding[] {
  const out: PublishFinding[] = [];
  const first = wholePage ? 1 : 2;
  let previous = first - 1;
  Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6')).forEach((h, i) => {
    const level = Number(h.tagName.slice(1));
    const text = clean(h.textContent ?? '');
    const place: A11yPlace = { kind: 'heading', index: i };
    const name = `Tiêu đề “${shorten(text)}”`;
    if (level < first) {
      out.push(error(`${name} dùng cấp ${level}, cấp đã dành cho tên bài trên cổng; hãy đổi thành “Tiêu đề ${first}”.`, place, text));
    } else if (level > previous + 1) {
      const expected = previous + 1;
      const after = previous < first ? 'ngay đầu bài' : `sau một tiêu đề cấp ${previous}`;
      out.push(error(`${name} nhảy cấp: cấp ${level} ${after}; hãy đổi thành “Tiêu đề ${expected}” hoặc thêm tiêu đề cấp ${expected} phía trên.`, place, text));
    }
    previous = Math.max(level, first - 1);
  });
  return out;
}

function tableFindings(doc: Document): PublishFinding[] {
  const out: PublishFinding[] = [];
  Array.from(doc.querySelectorAll('table')).forEach((table, i) => {
    if (table.querySelector('th')) return;
    const firstCell = clean(table.querySelector('td')?.textContent ?? '');
    const which = `Bảng thứ ${i + 1}${firstCell ? ` (ô đầu “${shorten(firstCell)}”)` : ''}`;
    out.push(error(`${which} chưa có ô tiêu đề: hãy bấm chuột phải vào hàng đầu và bật “Hàng tiêu đề”.`, { kind: 'table', index: i }, firstCell || contextOf(table)));
  });
  return out;
}

function linkFindings(doc: Document): PublishFinding[] {
  const out: PublishFinding[] = [];
  Array.from(doc.querySelectorAll('a[href]')).forEach((a, i) => {
    const href = a.getAttribute('href') ?? '';
    const imageAlts = Array.from(a.querySelectorAll('img')).map((img) => img.getAttribute('alt') ?? '');
    const text = clean([a.textContent ?? '', ...imageAlts].join(' '));
    const place: A11yPlace = { kind: 'link', index: i };
    const quote = contextOf(a);
    const folded = fold(text).replace(/[.,:;!?…»>→\s]+$/u, '').replace(/^[«<\s]+/u, '').trim();
    if (text === '') {
      out.push(error(`Liên kết tới “${shorten(href)}” không có chữ nào; hãy ghi rõ liên kết dẫn tới đâu.`, place, quote));
    } else if (VAGUE_LINKS.has(folded)) {
      out.push(error(`Liên kết “${text}” (tới “${shorten(href)}”) không nói nó dẫn tới đâu; hãy dùng chữ nói rõ nội dung, ví dụ tên văn bản.`, place, quote));
    } else if (/^(https?:\/\/|www\.)\S+$/i.test(text)) {
      out.push({ severity: 'warning', message: `Liên kết ghi nguyên địa chỉ “${shorten(text)}”; nên thay bằng chữ nói rõ nội dung (trình đọc màn hình sẽ đọc từng ký tự).`, place, quote });
    }
  });
  return out;
}

function error(message: string, place: A11yPlace | null, quote: string): PublishFinding {
  return { severity: 'error', message, place, quote: quote ? shorten(quote, 80) : '' };
}

/** The text around an element: its block (paragraph, list item, cell) or, for a block, the one before it. */
function contextOf(el: Element): string {
  const block = el.closest('p, li, td, th, blockquote, h1, h2, h3, h4, h5, h6');
  if (block) return clean(block.textContent ?? '');
  let prev = el.previousElementSibling;
  while (prev && clean(prev.textContent ?? '') === '') prev = prev.previousElementSibling;
  return prev ? clean(prev.textContent ?? '') : '';
}

function fileName(src: string): string {
  if (src.startsWith('data:') || src.startsWith('media:')) return '';
  const path = src.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
