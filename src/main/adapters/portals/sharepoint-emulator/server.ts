// The HTTP server (node:http, 127.0.0.1 only): scripted faults around the pipeline, and the programmatic handle.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { adminRoute, bumpViews, findList, findWeb, fileSnapshot, itemSnapshot, moderateItem, recycleSnapshot, seedItem, state, type FileSnapshot, type ItemSnapshot, type RecycleSnapshot } from './admin';
import { Auth } from './auth';
import type { Core } from './context';
import { DigestIssuer } from './digest';
import { Faults, retryAfterHeader, type FaultAction } from './faults';
import { acceptFormat, SpError } from './odata';
import { messageType } from '../ntlm/messages';
import type { ConnectionAuth } from './ntlm';
import { busy, commonHeaders, effectiveMethod, errorResponse, processRequest, unauthorized, type EmuResponse } from './pipeline';
import { DEFAULT_ACCOUNTS, defaultLists } from './seed';
import { buildWeb, type Web } from './store';
import type { Account, AuthMode, Clock, EmulatorOptions, WebDef } from './types';

export interface RequestLogEntry {
  at: string; method: string; path: string; status: number | 'reset-before' | 'reset-after' | 'hang'; user?: string;
  /** Server time: from the request's headers arriving to the response handed to the socket (body read, processing, any scripted delay); none for a hang. */
  durationMs?: number;
}

export interface SharePointEmulator {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** URL of the first web, e.g. http://127.0.0.1:PORT/sites/portal */
  readonly webUrl: string;
  readonly port: number;
  readonly faults: Faults;
  readonly accounts: readonly Account[];
  /** Every request seen (effective method, path+query, status or fault outcome, server time), oldest first. */
  readonly requests: RequestLogEntry[];
  items(listTitle: string, webPath?: string): ItemSnapshot[];
  item(listTitle: string, id: number, webPath?: string): ItemSnapshot | undefined;
  /** Adds an item as the portal would (values by internal name, REST JSON form). */
  addItem(listTitle: string, values: Record<string, unknown>, webPath?: string): ItemSnapshot;
  files(webPath?: string): FileSnapshot[];
  recycleBin(webPath?: string): RecycleSnapshot[];
  /** Page views counted by the portal (default column SoLuotXem); bumps the etag like a system update unless bumpEtag is false. */
  bumpViews(listTitle: string, id: number, by?: number, opts?: { field?: string; bumpEtag?: boolean; webPath?: string }): number;
  /** An approver on the portal sets the moderation status (0 Approved, 1 Denied, 2 Pending, 3 Draft, 4 Scheduled). */
  moderate(listTitle: string, id: number, status: number, comments?: string, webPath?: string): ItemSnapshot;
  setHealthScore(score: number): void;
  expireDigests(): void;
  /** Moves the emulator's own clock (only when no clock was injected). */
  advanceClock(ms: number): void;
  state(): ReturnType<typeof state>;
  /** Back to the configured seed (lists, items, files, recycle bin); faults and log cleared. */
  reset(): void;
  close(): Promise<void>;
}

/** A clock tests move by hand. */
export function manualClock(start = Date.UTC(2026, 10, 27, 3, 0, 0)): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; }, set: (ms) => { t = ms; } };
}

const ALL_AUTH_MODES: AuthMode[] = ['ntlm', 'basic', 'bearer', 'forms'];

/** An NTLM handshake's first leg: never the target of a scripted fault, which is meant for the request doing the work. */
function isNtlmNegotiate(req: IncomingMessage): boolean {
  const m = /^(?:NTLM|Negotiate)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return !!m && messageType(Buffer.from(m[1] ?? '', 'base64')) === 1;
}

function buildWebs(options: EmulatorOptions, now: number): Web[] {
  const profile = options.profile ?? '2013';
  const defs: WebDef[] = options.webs ?? [{ path: '/sites/portal', lists: options.lists }];
  return defs.map((d) => buildWeb(d, profile, d.lists ?? defaultLists(), now));
}

export async function startSharePointEmulator(options: EmulatorOptions = {}): Promise<SharePointEmulator> {
  let offset = 0;
  const clock: Clock = options.clock ?? { now: () => Date.now() + offset };
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const core: Core = {
    settings: {
      authModes: options.authModes ?? ALL_AUTH_MODES, digestTimeoutSeconds: options.digestTimeoutSeconds ?? 1800,
      formsTimeoutSeconds: options.formsTimeoutSeconds ?? 36000, healthScore: options.healthScore ?? 0, throttleRetryAfterSeconds: options.throttleRetryAfterSeconds ?? 5,
      listViewThreshold: options.listViewThreshold ?? 5000, pageSize: options.pageSize ?? 100, requireIfMatch: options.requireIfMatch ?? false,
      anonymousFiles: options.anonymousFiles ?? true, hangMaxMs: options.hangMaxMs ?? 30000,
      publishingImageRest: options.publishingImageRest ?? 'unknown-property'
    },
    clock,
    auth: new Auth(accounts, options.authModes ?? ALL_AUTH_MODES, clock, options.formsTimeoutSeconds ?? 36000),
    digests: new DigestIssuer(clock, options.digestTimeoutSeconds ?? 1800),
    webs: []
  };
  const seed = () => {
    core.webs = buildWebs(options, clock.now());
    for (const web of core.webs) for (const list of web.lists) for (const values of list.def.items ?? []) seedItem(core, list, values);
  };
  seed();
  const faults = new Faults();
  const requests: RequestLogEntry[] = [];
  const hanging = new Set<{ timer: NodeJS.Timeout; socket: Socket }>();
  // NTLM signs in a TCP connection: its state lives as long as the socket.
  const connections = new WeakMap<Socket, ConnectionAuth>();
  const connOf = (socket: Socket) => connections.get(socket) ?? connections.set(socket, {}).get(socket)!;
  const log = (entry: Omit<RequestLogEntry, 'at'>): RequestLogEntry => {
    const logged = { at: new Date(clock.now()).toISOString(), ...entry };
    requests.push(logged);
    if (requests.length > 10000) requests.shift();
    return logged;
  };
  const timed = (entry: RequestLogEntry, started: number) => { entry.durationMs = performance.now() - started; };

  const server = createServer((req, res) => { void handle(req, res); });
  const readBody = (req: IncomingMessage) => new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
  const send = (res: ServerResponse, r: EmuResponse) => {
    res.writeHead(r.status, { ...r.headers, 'Content-Length': String(r.body.length) });
    res.end(r.body);
  };

  function faultResponse(req: IncomingMessage, action: Extract<FaultAction, { kind: 'status' }>, origin: string): EmuResponse {
    const web = core.webs.find((w) => (req.url ?? '').toLowerCase().startsWith(w.path.toLowerCase()));
    const retryAfter = retryAfterHeader(action.retryAfter);
    let r: EmuResponse;
    if (action.status === 401) r = unauthorized(core, web, origin);
    else if ((action.status === 429 || action.status === 503) && !action.code) r = busy(core, web, action.status, retryAfter);
    else {
      let format: 'verbose' | 'nometadata' | 'minimalmetadata' = web?.profile === '2016' ? 'nometadata' : 'verbose';
      try { format = acceptFormat(typeof req.headers.accept === 'string' ? req.headers.accept : undefined, web?.profile ?? '2013'); } catch { /* keep */ }
      const defaults: Record<number, [string, string]> = {
        403: [SpError.accessDenied().code, SpError.accessDenied().message],
        404: ['-1, Microsoft.SharePoint.Client.ResourceNotFoundException', 'Cannot find resource for the request.'],
        500: ['-2146232832, Microsoft.SharePoint.SPException', 'Unexpected server error (scripted fault).']
      };
      const [code, message] = defaults[action.status] ?? ['-1, Microsoft.SharePoint.Client.ClientServiceException', 'Scripted fault.'];
      r = errorResponse(core, web, new SpError(action.status, action.code ?? code, action.message ?? message), format);
    }
    if (retryAfter !== undefined) r.headers['Retry-After'] = retryAfter;
    return r;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const origin = `http://${req.headers.host ?? `127.0.0.1:${port}`}`;
    const path = req.url ?? '/';
    const method = effectiveMethod({ method: req.method ?? 'GET', headers: req.headers });
    try {
      if (path.toLowerCase().startsWith('/_emulator/')) {
        const body = (await readBody(req)).toString('utf8');
        const r = adminRoute({ core, faults, requests: () => requests, reset: api.reset, advanceClock: api.advanceClock }, req.method ?? 'GET', new URL(path, origin).pathname, body);
        res.writeHead(r.status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(r.json === null ? '' : JSON.stringify(r.json));
        return;
      }
      const action = isNtlmNegotiate(req) ? undefined : faults.take([req.method ?? 'GET', method], path);
      if (action?.kind === 'reset-before') { const e = log({ method, path, status: 'reset-before' }); req.socket.resetAndDestroy(); timed(e, started); return; }
      if (action?.kind === 'hang') {
        log({ method, path, status: 'hang' });
        const entry = { socket: req.socket, timer: setTimeout(() => { req.socket.destroy(); hanging.delete(entry); }, action.ms ?? core.settings.hangMaxMs) };
        hanging.add(entry);
        req.socket.once('close', () => { clearTimeout(entry.timer); hanging.delete(entry); });
        return;
      }
      if (action?.kind === 'status') { const r = faultResponse(req, action, origin); const e = log({ method, path, status: r.status }); send(res, r); timed(e, started); return; }
      const body = await readBody(req);
      const r = await processRequest(core, { method: req.method ?? 'GET', path, headers: req.headers, body, origin, conn: connOf(req.socket) });
      if (action?.kind === 'reset-after') { const e = log({ method, path, status: 'reset-after' }); req.socket.resetAndDestroy(); timed(e, started); return; }
      if (action?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, action.ms));
      const e = log({ method, path, status: r.status });
      send(res, r);
      timed(e, started);
    } catch (e) {
      res.writeHead(500, { ...commonHeaders(core, undefined), 'Content-Type': 'text/plain' });
      res.end(e instanceof Error ? e.message : String(e));
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const api: SharePointEmulator = {
    url, port, faults, accounts, requests,
    webUrl: `${url}${core.webs[0]?.path ?? ''}`,
    items: (title, webPath) => { const l = findList(core, title, webPath); return [...l.items.values()].map((i) => itemSnapshot(l, i)); },
    item: (title, id, webPath) => { const l = findList(core, title, webPath); const i = l.items.get(id); return i ? itemSnapshot(l, i) : undefined; },
    addItem: (title, values, webPath) => { const l = findList(core, title, webPath); return itemSnapshot(l, seedItem(core, l, values)); },
    files: (webPath) => findWeb(core, webPath).lists.flatMap((l) => [...l.files.values()].map(fileSnapshot)),
    recycleBin: (webPath) => recycleSnapshot(findWeb(core, webPath)),
    bumpViews: (title, id, by = 1, opts = {}) => bumpViews(core, findList(core, title, opts.webPath), id, by, opts.field ?? 'SoLuotXem', opts.bumpEtag !== false),
    moderate: (title, id, status, comments, webPath) => moderateItem(core, findList(core, title, webPath), id, status, comments ?? null),
    setHealthScore: (score) => { core.settings.healthScore = score; },
    expireDigests: () => core.digests.expireAll(),
    advanceClock: (ms) => { offset += ms; },
    state: () => state(core),
    reset: () => { seed(); faults.clear(); requests.length = 0; core.digests.expireAll(); },
    close: async () => {
      for (const h of hanging) { clearTimeout(h.timer); h.socket.destroy(); }
      hanging.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
  return api;
}
