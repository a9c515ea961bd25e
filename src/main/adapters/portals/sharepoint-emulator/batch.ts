// $batch (SP2016+ only): multipart/mixed with optional changesets. Like SharePoint, parts run one after another with
// no rollback, and the answer is one flat list of application/http parts (changeset responses are not nested).
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { User } from './auth';
import type { Core } from './context';
import { SpError } from './odata';
import { processRequest, type EmuRequest, type EmuResponse } from './pipeline';
import type { Web } from './store';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 412: 'Precondition Failed', 500: 'Internal Server Error' };

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/** Splits a multipart body into parts (headers + body). */
function parts(body: string, boundary: string): { headers: Record<string, string>; body: string }[] {
  const chunks = body.split(`--${boundary}`).slice(1);
  const out: { headers: Record<string, string>; body: string }[] = [];
  for (const chunk of chunks) {
    if (chunk.startsWith('--')) break;
    const text = chunk.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(text);
    const headText = split ? text.slice(0, split.index) : text;
    const rest = split ? text.slice(split.index + split[0].length) : '';
    const headers: Record<string, string> = {};
    for (const line of headText.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    out.push({ headers, body: rest.replace(/\r?\n$/, '') });
  }
  return out;
}

/** One embedded HTTP request: request line, headers, blank line, body. */
function innerRequest(text: string, outer: EmuRequest): EmuRequest {
  const lines = text.split(/\r?\n/);
  const requestLine = /^([A-Z]+)\s+(\S+)\s+HTTP\/1\.1$/i.exec(lines[0]?.trim() ?? '');
  if (!requestLine) throw SpError.badQuery('The batch request contains an invalid HTTP request line.');
  const headers: IncomingHttpHeaders = {};
  let i = 1;
  for (; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) {
    const line = lines[i] ?? '';
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const body = lines.slice(i + 1).join('\r\n').replace(/\s+$/, '');
  const target = new URL(requestLine[2] ?? '/', outer.origin);
  return { method: (requestLine[1] ?? 'GET').toUpperCase(), path: target.pathname + target.search, headers, body: Buffer.from(body, 'utf8'), origin: outer.origin };
}

export async function handleBatch(core: Core, req: EmuRequest, user: User, web: Web): Promise<EmuResponse> {
  const boundary = boundaryOf(typeof req.headers['content-type'] === 'string' ? req.headers['content-type'] : undefined);
  if (!boundary) throw SpError.badQuery("The batch request must have a 'Content-Type' header of 'multipart/mixed' with a boundary.");
  const requests: EmuRequest[] = [];
  for (const part of parts(req.body.toString('utf8'), boundary)) {
    const inner = boundaryOf(part.headers['content-type']);
    if (inner) for (const p of parts(part.body, inner)) requests.push(innerRequest(p.body, req));
    else requests.push(innerRequest(part.body, req));
  }
  const answer = `batchresponse_${randomUUID()}`;
  let out = '';
  for (const r of requests) {
    if (!r.path.toLowerCase().startsWith(`${web.path.toLowerCase()}/_api/`)) throw SpError.badQuery('Requests in a batch must target the same web.');
    const res = await processRequest(core, r, user);
    const headerLines = Object.entries(res.headers).filter(([k]) => /^(content-type|etag|location)$/i.test(k)).map(([k, v]) => `${k.toUpperCase()}: ${String(v)}`);
    out += `--${answer}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`
      + `HTTP/1.1 ${res.status} ${REASONS[res.status] ?? ''}\r\n${headerLines.map((l) => `${l}\r\n`).join('')}\r\n${res.body.toString('utf8')}\r\n`;
  }
  out += `--${answer}--\r\n`;
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${answer}`, 'X-SharePointHealthScore': String(core.settings.healthScore) }, body: Buffer.from(out, 'utf8') };
}
