// Allowlist sanitiser for HTML leaving the app (portal, print): DOMPurify over jsdom.
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { loadJsdom } from './parse-html';

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'u', 's', 'b', 'i', 'ul', 'ol', 'li', 'blockquote', 'a',
  'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'span', 'hr', 'section', 'div'
];
// data-bbt-fingerprint, data-bbt-seal: the approval fingerprint and the publication's seal stamp on the
// "Chịu trách nhiệm chính" block (the portal as a witness). scope and lang are there for accessibility
// (WCAG 2.1 AA, Thông tư 26/2020/TT-BTTTT): header cells say what they head, the fragment says it is Vietnamese.
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'scope', 'lang', 'style', 'data-bbt-fingerprint', 'data-bbt-seal'];
const TEXT_ALIGN = /^\s*text-align\s*:\s*(left|right|center|justify|start|end)\s*;?\s*$/i;

let purify: DOMPurify | null = null;

/** Built on first use: jsdom takes a second or more to load, and most sessions (and CLI verbs) never sanitise. */
function purifier(): DOMPurify {
  if (purify) return purify;
  const JSDOM = loadJsdom();
  const created = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  created.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.hasAttribute('style')) {
      // Keep only text-align, rebuilt from the matched value so nothing else can ride along.
      const align = el.getAttribute('style')!.split(';').map((d) => d.trim()).find((d) => TEXT_ALIGN.test(d));
      if (align) el.setAttribute('style', `text-align: ${TEXT_ALIGN.exec(align)![1]!.toLowerCase()}`);
      else el.removeAttribute('style');
    }
    if (el.hasAttribute('href') && !isSafeHref(el.getAttribute('href')!)) el.removeAttribute('href');
    if (el.tagName === 'IMG' && !isSafeImageSrc(el.getAttribute('src') ?? '')) el.remove();
    if (el.tagName !== 'IMG' && el.hasAttribute('src')) el.removeAttribute('src');
  });
  purify = created;
  return created;
}

/** The sanitiser publishing and printing use (core's HtmlSanitizer port). */
export const domPurifySanitizer = { sanitize: (html: string) => sanitizeHtml(html) };

/** Returns HTML containing only the allowlisted tags, attributes and URL schemes. */
export function sanitizeHtml(html: string): string {
  return purifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Let media:<hash> through to the hook, which makes the final decision per attribute.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|tel|media):|data:image\/(?:png|jpeg|gif|webp);|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i
  });
}

/** Browsers ignore ASCII whitespace and control characters inside a scheme, so judge the URL without them. */
function compact(url: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return url.replace(/[\u0000-\u0020\u007f]+/g, '');
}

export function isSafeHref(url: string): boolean {
  const u = compact(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u);
  if (!scheme) return !u.startsWith('//') && !u.startsWith('\\');
  return ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase());
}

export function isSafeImageSrc(src: string): boolean {
  const u = compact(src);
  if (/^media:[0-9a-f]{64}$/.test(u)) return true;
  if (/^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=]+$/i.test(u)) return true;
  return /^https?:\/\/[^/]/i.test(u);
}
