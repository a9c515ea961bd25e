// Which links may leave the app for the operating system (shell.openExternal): web pages over https and
// e-mail addresses, nothing else (no http, file:, smb:, javascript:, custom schemes), no user:password@
// in the address, and a bounded length. The only place that decides it; eslint forbids openExternal elsewhere.
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export function isAllowedExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // The URL parser silently drops tabs and newlines; an address that needs that is not a plain link.
  if (/\s/.test(url) || [...url].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'https:') return parsed.hostname !== '';
  if (parsed.protocol === 'mailto:') return /^[^@/\\?#]+@[^@/\\?#]+$/.test(decodeSafe(parsed.pathname));
  return false;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
