// NTLM on the emulator, over raw keep-alive connections: the handshake signs in the connection it ran on,
// a wrong password gets 401, and a new connection must sign in again.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChallenge } from '../ntlm/client';
import { decodeChallenge, encodeNegotiate } from '../ntlm/messages';
import { startSharePointEmulator, type SharePointEmulator } from './index';

let sp: SharePointEmulator;
beforeAll(async () => { sp = await startSharePointEmulator({ profile: '2013' }); });
afterAll(() => sp.close());

/** `auth`: WWW-Authenticate (node joins several into one line). */
interface Answer { status: number; auth: string; body: string; socket: unknown }

/** One GET of the web's _api on `agent` (one socket, kept alive), with an optional Authorization header. */
function get(agent: Agent, authorization?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${sp.webUrl}/_api/web?$select=Title`, { agent, headers: { Accept: 'application/json;odata=verbose', ...(authorization ? { Authorization: authorization } : {}) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, auth: res.headers['www-authenticate'] ?? '', body, socket: req.socket });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const connection = () => new Agent({ keepAlive: true, maxSockets: 1 });

async function handshake(agent: Agent, login: string, password: string): Promise<Answer> {
  const first = await get(agent, `NTLM ${encodeNegotiate().toString('base64')}`);
  expect(first.status).toBe(401);
  const token = /^NTLM (\S+)$/.exec(first.auth)?.[1] ?? '';
  const type2 = Buffer.from(token, 'base64');
  expect(decodeChallenge(type2).targetName).toBe('PORTAL');
  const second = await get(agent, `NTLM ${answerChallenge(type2, { login, password }).toString('base64')}`);
  expect(second.socket).toBe(first.socket);
  return second;
}

describe('NTLM sign-in', () => {
  it('a request without credentials gets 401 offering Negotiate and NTLM', async () => {
    const r = await get(connection());
    expect(r.status).toBe(401);
    expect(r.auth).toMatch(/^Negotiate, NTLM, Basic/);
  });

  it('the right password signs the connection in: the answer and the next request on it need no header', async () => {
    const agent = connection();
    const signed = await handshake(agent, 'PORTAL\\bbt', 'Mat-khau-SP-2026');
    expect(signed.status).toBe(200);
    expect(JSON.parse(signed.body).d.Title).toBeTruthy();
    const next = await get(agent);
    expect(next.socket).toBe(signed.socket);
    expect(next.status).toBe(200);
    agent.destroy();
  });

  it('a login without domain finds the account too', async () => {
    const agent = connection();
    expect((await handshake(agent, 'bbt', 'Mat-khau-SP-2026')).status).toBe(200);
    agent.destroy();
  });

  it('a wrong password or an unknown account gets 401, and the connection stays signed out', async () => {
    for (const [login, password] of [['PORTAL\\bbt', 'mat-khau-sai'], ['PORTAL\\nobody', 'Mat-khau-SP-2026']] as const) {
      const agent = connection();
      const r = await handshake(agent, login, password);
      expect(r.status).toBe(401);
      expect(r.auth).toMatch(/^Negotiate, NTLM,/);
      expect((await get(agent)).status).toBe(401);
      agent.destroy();
    }
  });

  it('a new connection must sign in again', async () => {
    const first = connection();
    expect((await handshake(first, 'PORTAL\\bbt', 'Mat-khau-SP-2026')).status).toBe(200);
    const second = connection();
    expect((await get(second)).status).toBe(401);
    first.destroy();
    second.destroy();
  });

  it('an AUTHENTICATE without a challenge on its connection is refused (no replay onto another connection)', async () => {
    const a = connection();
    const first = await get(a, `NTLM ${encodeNegotiate().toString('base64')}`);
    const type3 = answerChallenge(Buffer.from(/^NTLM (\S+)$/.exec(first.auth)?.[1] ?? '', 'base64'), { login: 'PORTAL\\bbt', password: 'Mat-khau-SP-2026' });
    const b = connection();
    expect((await get(b, `NTLM ${type3.toString('base64')}`)).status).toBe(401);
    a.destroy();
    b.destroy();
  });
});
