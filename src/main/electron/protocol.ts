// The custom protocol serving the built renderer (bbt://app/…) and workspace media (bbt://media/<hash>)
// in the Electron app, with the same security headers as browser mode. No file:// is ever loaded.
import { readFile } from 'node:fs/promises';
import { APP_PROTOCOL } from '../../shared/channels';
import { isInlineImage, MEDIA_HASH, sniffMediaType } from '../transport/media-type';
import { MEDIA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../transport/security-headers';
import { contentTypeFor, resolveStaticPath } from '../transport/static-files';

export const APP_ORIGIN = `${APP_PROTOCOL}://app`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges to register before 'ready': standard (relative URLs, origin), secure (module scripts, crypto), fetch. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export interface ProtocolSources {
  rendererDir: string;
  getMedia: (hash: string) => Uint8Array | null;
  /**
   * Media is content: served only while an app window has a logged-in, unlocked session (as browser mode
   * asks of the cookie). A protocol handler is not told which web contents asked, hence "an app window".
   */
  canReadMedia: () => boolean;
}

export function createProtocolHandler(sources: ProtocolSources): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    if (url.host === 'media') return sources.canReadMedia() ? media(url.pathname.slice(1)) : plain(401, 'Not logged in');
    if (url.host !== 'app') return plain(404, 'Not found');
    const file = resolveStaticPath(sources.rendererDir, url.pathname);
    if (!file) return plain(404, 'Not found');
    try {
      const bytes = await readFile(file);
      return new Response(new Uint8Array(bytes), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) } });
    } catch {
      return plain(404, 'Not found');
    }
  };

  function media(hash: string): Response {
    const bytes = MEDIA_HASH.test(hash) ? sources.getMedia(hash) : null;
    if (!bytes) return plain(404, 'Not found');
    const mime = sniffMediaType(bytes);
    return new Response(new Uint8Array(bytes), {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
        'Content-Type': mime,
        'Content-Disposition': isInlineImage(mime) ? 'inline' : 'attachment'
      }
    });
  }
}

/** True when `url` is a page of our app (the only origin allowed to call IPC or to be navigated to). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_PROTOCOL}:` && parsed.host === 'app';
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
