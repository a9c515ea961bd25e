// Browser mode's server: the built renderer, the handler map (POST /api/invoke), events (SSE) and
// workspace media, on 127.0.0.1 only, every request checked for Host, Origin and the per-run token.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import type { AppEvent } from '../../shared/contract';
import { ErrorCode, type Result } from '../../shared/errors';
import { hostOrOriginProblem, newToken, presentedSession, presentedToken, sessionCookie, tokenCookie, tokenMatches } from './access';
import { OneTimeLinks } from './one-time-links';
import { BRIDGE_SCRIPT, BRIDGE_SCRIPT_PATH, METHOD_HEADER, REQUEST_HEADER, injectBridgeScript } from './bridge-script';
import { maxRequestBytes, tooLargeMessage } from '../request-limits';
import { isInlineImage, MEDIA_HASH, sniffMediaType } from './media-type';
import { MEDIA_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './security-headers';
import { contentTypeFor, resolveStaticPath } from './static-files';

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;
/** API calls handled at once; more are refused at once (one page makes a few; a flood is not ours). */
export const DEFAULT_MAX_CONCURRENT = 32;
const BUSY_TEXT = 'Ứng dụng đang bận xử lý nhiều yêu cầu cùng lúc. Hãy thử lại sau giây lát.';
const HEARTBEAT_MS = 25_000;
const UNAUTHORIZED_TEXT =
  'Thiếu mã truy cập: hãy mở đường dẫn URL in trong cửa sổ dòng lệnh (nhấn Enter ở đó để nhận đường dẫn mới).\nMissing access token: open the URL printed in the terminal (press Enter there for a new one).';
const FORBIDDEN_TEXT = 'Từ chối truy cập.\nForbidden.';
const SPENT_LINK_TEXT =
  'Đường dẫn này đã được dùng. Mỗi đường dẫn chỉ mở được ứng dụng một lần, ở một trình duyệt.\n' +
  'Để mở ứng dụng ở trình duyệt này: nhấn Enter trong cửa sổ dòng lệnh đang chạy ứng dụng (npm start) để nhận đường dẫn mới, hoặc chạy lại npm start.\n' +
  'Trình duyệt đã mở ứng dụng thì chỉ cần mở thêm thẻ mới, không cần đường dẫn mới.\n\n' +
  'This link has already been used: each link opens the app once. Press Enter in the terminal running the app for a new one.';

export interface HttpServerOptions {
  /** Called with connection id `http:<session cookie>`: the user is the one logged in on that cookie. */
  dispatch: Dispatch;
  getMedia: (hash: string) => Uint8Array | null;
  /** Media is content: only a logged-in, unlocked session on this cookie may read it. */
  canReadMedia?: (connectionId: string) => boolean;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Source of events pushed to the page over /api/events. */
  subscribe?: (listener: (event: AppEvent) => void) => () => void;
  log?: (line: string) => void;
  /** An overall cap on top of the per-method limits (request-limits.ts). */
  maxBodyBytes?: number;
  maxConcurrent?: number;
}

export interface RunningServer {
  /** The first one-time link to open (see mintLink). */
  url: string;
  /** A new link that opens the app once, in one browser: its first request trades it for the cookies. */
  mintLink(): string;
  origin: string;
  port: number;
  /** The per-run secret the HttpOnly cookie carries (or an X-BBT-Token header). Never printed, never in a URL. */
  token: string;
  close(): Promise<void>;
}

export async function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const token = newToken();
  const links = new OneTimeLinks();
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxConcurrent = opts.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  let inFlight = 0;
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`[http] ${req.method} ${req.url} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const problem = hostOrOriginProblem(req.headers, port);
    if (problem) return deny(req, res, 403, problem);
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && req.method === 'GET') {
      url.searchParams.delete('token');
      const clean = { ...SECURITY_HEADERS, Location: url.pathname + url.search, 'Cache-Control': 'no-store' };
      const redeemed = links.redeem(queryToken);
      // A spent link clicked again in the browser that opened it grants nothing new: that browser already holds the cookie.
      const holdsCookie = tokenMatches(presentedToken(req.headers, port), token);
      if (redeemed === 'spent' && holdsCookie) return void res.writeHead(303, clean).end();
      if (redeemed === 'spent') return deny(req, res, 403, 'link already used', SPENT_LINK_TEXT);
      if (redeemed === 'unknown') return deny(req, res, 403, 'wrong token in URL');
      const cookies = [tokenCookie(port, token), sessionCookie(port, presentedSession(req.headers, port) ?? newToken())];
      res.writeHead(303, { ...clean, 'Set-Cookie': cookies });
      res.end();
      return;
    }
    const presented = presentedToken(req.headers, port);
    if (presented === undefined) return deny(req, res, 401, 'no token');
    if (!tokenMatches(presented, token)) return deny(req, res, 403, 'wrong token');
    let sid = presentedSession(req.headers, port);
    if (sid === undefined) {
      sid = newToken();
      res.setHeader('Set-Cookie', sessionCookie(port, sid));
    }

    if (url.pathname === '/api/invoke') return invoke(req, res, sid);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname === '/api/events') return openEventStream(req, res);
    if (url.pathname.startsWith('/media/')) {
      if (opts.canReadMedia && !opts.canReadMedia(`http:${sid}`)) return deny(req, res, 401, 'no session for media');
      return serveMedia(res, url.pathname.slice('/media/'.length));
    }
    if (url.pathname === BRIDGE_SCRIPT_PATH) return send(res, 200, 'text/javascript; charset=utf-8', BRIDGE_SCRIPT);
    return serveStatic(req, res, url.pathname);
  }

  function deny(req: IncomingMessage, res: ServerResponse, status: 401 | 403, reason: string, text = status === 401 ? UNAUTHORIZED_TEXT : FORBIDDEN_TEXT): void {
    log(`[http] refused ${req.method} ${req.url?.replace(/token=[^&]*/, 'token=…')}: ${reason}`);
    send(res, status, 'text/plain; charset=utf-8', text);
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, sid: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    // Only our bridge sends JSON with this header; plain HTML forms cannot.
    if (!req.headers['content-type']?.startsWith('application/json') || req.headers[REQUEST_HEADER] !== '1') {
      return deny(req, res, 403, 'not a bridge request');
    }
    if (inFlight >= maxConcurrent) {
      log(`[http] refused a call: ${inFlight} already in flight`);
      req.resume();
      return sendJson(res, 503, failure(ErrorCode.TOO_MANY_ATTEMPTS, BUSY_TEXT), { 'Retry-After': '1', Connection: 'close' });
    }
    inFlight += 1;
    try {
      await invokeOne(req, res, sid);
    } finally {
      inFlight -= 1;
    }
  }

  async function invokeOne(req: IncomingMessage, res: ServerResponse, sid: string): Promise<void> {
    // The method's size limit applies before the body is read or parsed; the body must name the same method.
    const named = req.headers[METHOD_HEADER];
    const limit = Math.min(maxBody, maxRequestBytes(typeof named === 'string' ? named : ''));
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      sendJson(res, 413, failure(ErrorCode.FILE_TOO_LARGE, tooLargeMessage(limit)), { Connection: 'close' });
      return;
    }
    let call: { method?: unknown; input?: unknown; background?: unknown };
    try {
      call = JSON.parse(body.toString('utf8')) as typeof call;
    } catch {
      return sendJson(res, 400, failure(ErrorCode.INVALID_INPUT, 'Yêu cầu không hợp lệ.'));
    }
    if (typeof call !== 'object' || call === null || typeof call.method !== 'string' || call.method !== named) {
      return sendJson(res, 400, failure(ErrorCode.INVALID_INPUT, 'Yêu cầu không hợp lệ.'));
    }
    const rotate = (): string => {
      const fresh = newToken();
      res.setHeader('Set-Cookie', sessionCookie(port, fresh));
      return `http:${fresh}`;
    };
    sendJson(res, 200, await opts.dispatch(call.method, call.input, { connectionId: `http:${sid}`, rotate, background: call.background === true }));
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': connected\n\n');
    eventStreams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      eventStreams.delete(res);
    });
  }

  function serveMedia(res: ServerResponse, hash: string): void {
    const bytes = MEDIA_HASH.test(hash) ? opts.getMedia(hash) : null;
    if (!bytes) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const mime = sniffMediaType(bytes);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
      'Content-Type': mime,
      'Content-Length': bytes.byteLength,
      'Content-Disposition': isInlineImage(mime) ? 'inline' : 'attachment',
      // Content-addressed: the bytes behind a hash never change.
      'Cache-Control': 'private, max-age=31536000, immutable'
    });
    res.end(bytes);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const file = resolveStaticPath(opts.rendererDir, pathname);
    if (!file || !(await isFile(file))) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    const type = contentTypeFor(file);
    const bytes = await readFile(file);
    const body = type.startsWith('text/html') ? injectBridgeScript(bytes.toString('utf8')) : bytes;
    send(res, 200, type, body, req.method === 'HEAD');
  }

  const unsubscribe = opts.subscribe?.((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const mintLink = (): string => `${origin}/?token=${links.mint()}`;

  return {
    url: mintLink(),
    mintLink,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        unsubscribe?.();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolveClose());
        server.closeAllConnections();
      })
  };
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false, extra: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': bytes.byteLength, 'Cache-Control': 'no-cache', ...extra });
  res.end(headOnly ? undefined : bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), false, { 'Cache-Control': 'no-store', ...extra });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The request body, or 'too-large' as soon as it exceeds `limit` (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolveBody('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
