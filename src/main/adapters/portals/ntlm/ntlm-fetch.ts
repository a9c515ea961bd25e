// A fetch-shaped HTTP client that signs in with NTLM (user + password), for plain Node (browser mode, the CLI),
// whose fetch speaks no NTLM. NTLM authenticates a *connection*, not a request: each connection is its own
// keep-alive http.Agent with a single socket, carrying NEGOTIATE → 401 CHALLENGE → the real request with
// AUTHENTICATE, and after that further requests without any Authorization header. Idle authenticated connections
// are reused; a connection the server closed is dropped, and a 401 on one the client believed authenticated
// (server restarted, connection recycled) is answered by a fresh handshake. The password never leaves this object
// except as the NTLMv2 proof inside the AUTHENTICATE message.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { answerChallenge, type AnswerOptions, type NtlmCredentials } from './client';
import { encodeNegotiate } from './messages';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

interface Connection { origin: string; agent: HttpAgent; socket: Socket | null; closed: boolean }

interface Raw { status: number; headers: Headers; body: Buffer }

/** The NTLM token of a 401's WWW-Authenticate (schemes NTLM or Negotiate), '' when offered without one, null when not offered. */
export function ntlmToken(headers: Headers): string | null {
  const value = headers.get('www-authenticate') ?? '';
  for (const part of value.split(',')) {
    const m = /^\s*(NTLM|Negotiate)(?:\s+([A-Za-z0-9+/=]+))?\s*$/i.exec(part);
    if (m) return m[2] ?? '';
  }
  return null;
}

function headersOf(init: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init).forEach((v, k) => { out[k] = v; });
  return out;
}

async function bytesOf(body: RequestInit['body']): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  return Buffer.from(await new Response(body).arrayBuffer());
}

export class NtlmFetch {
  private idle: Connection[] = [];

  constructor(private readonly creds: NtlmCredentials, private readonly o: AnswerOptions = {}) {}

  readonly fetch: Fetch = async (url, init) => {
    const u = new URL(url);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = headersOf(init.headers);
    const body = await bytesOf(init.body);
    const signal = init.signal ?? undefined;
    const reused = this.take(u.origin);
    if (reused) {
      const r = await this.send(reused, u, method, headers, body, signal);
      if (!(r.status === 401 && ntlmToken(r.headers) !== null)) return this.done(reused, r);
      this.drop(reused);
    }
    const conn = this.open(u.origin);
    const type1 = await this.send(conn, u, method, { ...headers, authorization: `NTLM ${encodeNegotiate().toString('base64')}` }, Buffer.alloc(0), signal);
    const token = type1.status === 401 ? ntlmToken(type1.headers) : null;
    // No challenge: the server does not speak NTLM here (or answered otherwise); its answer is the caller's to read.
    if (!token) return this.done(conn, type1, false);
    let type3: string;
    try {
      type3 = answerChallenge(Buffer.from(token, 'base64'), this.creds, this.o).toString('base64');
    } catch {
      return this.done(conn, type1, false);
    }
    const r = await this.send(conn, u, method, { ...headers, authorization: `NTLM ${type3}` }, body, signal);
    return this.done(conn, r, r.status !== 401);
  };

  /** Ends every idle connection (a connection in use ends when its answer has been read). */
  close(): void {
    for (const c of this.idle.splice(0)) c.agent.destroy();
  }

  private take(origin: string): Connection | undefined {
    for (const c of this.idle) if (c.closed) c.agent.destroy();
    this.idle = this.idle.filter((c) => !c.closed);
    const i = this.idle.findIndex((c) => c.origin === origin);
    return i >= 0 ? this.idle.splice(i, 1)[0] : undefined;
  }

  private open(origin: string): Connection {
    const options = { keepAlive: true, maxSockets: 1, maxFreeSockets: 1 };
    return { origin, agent: origin.startsWith('https:') ? new HttpsAgent(options) : new HttpAgent(options), socket: null, closed: false };
  }

  private drop(c: Connection): void {
    c.closed = true;
    c.agent.destroy();
  }

  private done(c: Connection, r: Raw, keep = true): Response {
    if (keep && !c.closed) this.idle.push(c);
    else this.drop(c);
    // Response refuses a body for these statuses.
    const nullBody = r.status === 204 || r.status === 304 || r.status < 200;
    return new Response(nullBody ? null : new Uint8Array(r.body), { status: r.status, headers: r.headers });
  }

  /** One request on the connection's single socket; the whole answer is read before the socket is reused. */
  private send(c: Connection, u: URL, method: string, headers: Record<string, string>, body: Buffer, signal: AbortSignal | undefined): Promise<Raw> {
    return new Promise<Raw>((resolve, reject) => {
      const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = request(u, { method, agent: c.agent, headers: { ...headers, 'content-length': String(body.length) }, signal }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('aborted', () => reject(Object.assign(new Error('connection reset while reading the answer'), { code: 'ECONNRESET' })));
        res.on('end', () => {
          const h = new Headers();
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i] ?? '', res.rawHeaders[i + 1] ?? '');
          resolve({ status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks) });
        });
      });
      req.on('socket', (s: Socket) => {
        if (c.socket === s) return;
        c.socket = s;
        s.once('close', () => { c.closed = true; });
      });
      req.on('error', (e) => {
        this.drop(c);
        reject(e);
      });
      req.end(body);
    });
  }
}
