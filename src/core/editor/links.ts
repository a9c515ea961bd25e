// Which link targets the editor accepts: only web, mail and phone links (no javascript:, file:, data: …).

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** True for absolute http, https, mailto and tel URLs; everything else is refused. */
export function isSafeLinkUrl(url: string): boolean {
  const trimmed = url.trim();
  // Control characters and spaces inside a scheme are a classic way to smuggle "java\tscript:".
  if (trimmed === '' || hasControlCharacter(trimmed)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  if (!scheme) return false;
  const protocol = (scheme[1] ?? '').toLowerCase() + ':';
  if (!SAFE_PROTOCOLS.has(protocol)) return false;
  if (protocol === 'http:' || protocol === 'https:') {
    try {
      return new URL(trimmed).hostname !== '';
    } catch {
      return false;
    }
  }
  return trimmed.length > protocol.length;
}

/**
 * Turns what a person typed into a link URL, or null when it is not acceptable.
 * A bare host such as "www.abc.gov.vn" or "abc.gov.vn/trang" is completed to https://.
 */
export function normalizeLinkInput(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (isSafeLinkUrl(trimmed)) return trimmed;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(trimmed)) {
    const completed = 'https://' + trimmed;
    return isSafeLinkUrl(completed) ? completed : null;
  }
  return null;
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
