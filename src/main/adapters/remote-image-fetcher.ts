// Downloads a web image the user pasted or imported, for the main process only (the renderer is untrusted
// and never fetches arbitrary addresses itself).
//
// What it allows, deliberately: http and https only (undici refuses other schemes, redirects included),
// GET without cookies or credentials, any host, including the office network and loopback. This is a
// desktop app on an office PC and the user pasted the address themselves: an intranet portal's images are a
// legitimate source, and the user could open the same address in their browser anyway. What limits harm:
// nothing but an image comes back to the renderer (MediaService keeps only bytes the image sniffer accepts,
// stored as workspace media), a time limit, and a byte cap enforced while reading.
import type { RemoteFetchResult, RemoteImageFetcher } from '../../core/ports';

export const REMOTE_IMAGE_TIMEOUT_MS = 15_000;

export class HttpRemoteImageFetcher implements RemoteImageFetcher {
  constructor(private readonly timeoutMs = REMOTE_IMAGE_TIMEOUT_MS) {}

  async fetch(url: string, maxBytes: number): Promise<RemoteFetchResult> {
    const protocol = new URL(url).protocol;
    if (protocol !== 'http:' && protocol !== 'https:') return { ok: false, reason: 'unreachable' };
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const res = await fetch(url, { redirect: 'follow', credentials: 'omit', signal, headers: { accept: 'image/*' } });
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: 'http_status', status: res.status };
      }
      const declared = Number(res.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await res.body?.cancel();
        return { ok: false, reason: 'too_large' };
      }
      const bytes = await readCapped(res, maxBytes);
      if (!bytes) return { ok: false, reason: 'too_large' };
      return { ok: true, bytes, contentType: res.headers.get('content-type') ?? '' };
    } catch {
      return { ok: false, reason: signal.aborted ? 'timeout' : 'unreachable' };
    }
  }
}

/** The body, or null as soon as it passes `maxBytes` (a lying or missing Content-Length cannot fill memory). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
