// Text into print HTML: everything not built here goes through these or through the HtmlSanitizer.

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/"/g, '&quot;');
}

/** Text inside a CSS string literal ("…"), e.g. a running header in an @page margin box. */
export function cssString(s: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot appear in a CSS string
  return s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ');
}
