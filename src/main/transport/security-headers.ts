import { APP_PROTOCOL } from '../../shared/channels';

// Headers both transports (browser-mode HTTP and Electron's bbt:// protocol) put on every response.

/**
 * The renderer's Content-Security-Policy. Vite's production output needs nothing inline except style
 * attributes (React/Lexical set `style=`), hence 'unsafe-inline' for styles only. Fonts fall back to
 * default-src 'self' (the renderer build keeps font files as separate assets). In Electron the renderer is
 * bbt://app and workspace images come from bbt://media, another origin: img-src names it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  `img-src 'self' data: blob: ${APP_PROTOCOL}://media`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ');

/** Workspace media is data, never a document: it gets a CSP that forbids everything and sandboxes it. */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
};
