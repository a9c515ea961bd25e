// The HTML a portal receives: the body generated from the stored editor JSON, the byline, a correction
// note, the attachment list and the "Chịu trách nhiệm chính" + agency block as it stood on the
// publication date; images point at the portal's copies; the whole is sanitised before it leaves.
import type { Article, Body } from '../../shared/article';
import { formatDate } from '../../shared/dates';
import type { ProfileVersion } from '../../shared/profile';
import { bodyToHtml } from '../editor/bodyHtml';
import { mediaHashOf } from '../editor/imageSrc';
import type { Imprint, RemoteMedia } from './ports';

/** Sanitises HTML that leaves the app (DOMPurify allowlist over jsdom in the app). */
export interface HtmlSanitizer {
  sanitize(html: string): string;
}

export function imprintOf(profile: ProfileVersion): Imprint {
  const licence = profile.licenceNumber ? `Giấy phép số ${profile.licenceNumber}${profile.licenceDate ? ` ngày ${profile.licenceDate}` : ''}` : '';
  const responsible = `Chịu trách nhiệm chính: ${profile.responsibleName}${profile.responsiblePosition ? ` - ${profile.responsiblePosition}` : ''}`;
  return {
    agencyName: profile.agencyName,
    responsible,
    responsibleName: profile.responsibleName,
    responsiblePosition: profile.responsiblePosition,
    address: profile.address,
    phone: profile.phone,
    fax: profile.fax,
    email: profile.email,
    licence
  };
}

/** Every workspace image the body shows, in order, without repeats. */
export function bodyImageHashes(body: Body): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; src?: unknown; children?: unknown };
    if (n.type === 'image' && typeof n.src === 'string') {
      const hash = mediaHashOf(n.src);
      if (hash && !found.includes(hash)) found.push(hash);
    }
    if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  walk((JSON.parse(body.json) as { root?: unknown }).root);
  return found;
}

export interface RenderInput {
  article: Article;
  imprint: Imprint;
  /** Uploaded copies of the workspace images, by hash. */
  media: ReadonlyMap<string, RemoteMedia>;
  attachments: Array<{ name: string; url: string }>;
  correctionNote: string | null;
  /** Folder targets always carry the block; portals unless the admin turned it off. */
  appendImprint: boolean;
  fingerprint: string;
  /** The stamp line of this publication's seal (seal-stamp.ts). */
  sealStamp: string;
}

export function renderPortalHtml(input: RenderInput, sanitizer: HtmlSanitizer): string {
  const { article, imprint } = input;
  const body = bodyToHtml(article.body, {
    resolveImageSrc: (src) => {
      const hash = mediaHashOf(src);
      return hash ? (input.media.get(hash)?.url ?? '') : src;
    }
  });
  const parts: string[] = [];
  if (input.correctionNote) parts.push(`<p><strong>Cải chính:</strong> ${escapeHtml(input.correctionNote)}</p>`);
  parts.push(body);
  const byline = [article.publishAt ? formatDate(article.publishAt) : '', article.author].filter(Boolean).join(' | ');
  if (byline) parts.push(`<p style="text-align: right"><em>${escapeHtml(byline)}</em></p>`);
  if (input.attachments.length) {
    const items = input.attachments.map((a) => `<li><a href="${escapeAttr(a.url)}">${escapeHtml(a.name)}</a></li>`).join('');
    parts.push(`<p><strong>Tệp đính kèm:</strong></p><ul>${items}</ul>`);
  }
  if (input.appendImprint) parts.push(imprintHtml(imprint, input.fingerprint, input.sealStamp));
  // The portal's page may not declare Vietnamese (or may be bilingual): the fragment says it itself.
  return sanitizer.sanitize(`<div lang="vi">${parts.join('\n')}</div>`);
}

/**
 * The block as the seed portal's footer shows it; the fingerprint and the seal's stamp ride along as data
 * attributes (the seal only on a publication, not on a printed article), so a saved copy of the page is
 * itself a witness `verify --seal` can check.
 */
export function imprintHtml(i: Imprint, fingerprint: string, sealStamp?: string): string {
  const contact = [
    i.address && `Địa chỉ: ${i.address}`,
    i.phone && `Điện thoại: ${i.phone}`,
    i.fax && `Fax: ${i.fax}`,
    i.email && `Thư điện tử: ${i.email}`
  ].filter(Boolean);
  const lines = [`<strong>${escapeHtml(i.agencyName)}</strong>`, escapeHtml(i.responsible), ...contact.map((c) => escapeHtml(c as string))];
  if (i.licence) lines.push(escapeHtml(i.licence));
  const seal = sealStamp ? ` data-bbt-seal="${escapeAttr(sealStamp)}"` : '';
  return `<hr><section data-bbt-fingerprint="${escapeAttr(fingerprint)}"${seal}>${lines.map((l) => `<p>${l}</p>`).join('')}</section>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}
