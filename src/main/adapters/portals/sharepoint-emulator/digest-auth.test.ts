// Form digests (issue, expiry, per web) and authentication (Basic, Bearer, forms cookie, permissions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, startSharePointEmulator, tinTucMoRongList, type SharePointEmulator } from './index';
import { ARTICLE, basic, byTitle, Client, errorCode, NOMETA, VERBOSE } from './testkit';

const clock = manualClock();
let sp: SharePointEmulator;
beforeAll(async () => {
  sp = await startSharePointEmulator({
    profile: '2013', clock, digestTimeoutSeconds: 60,
    webs: [{ path: '/sites/portal' }, { path: '/sites/portal/tinhuyen', lists: [tinTucMoRongList()] }]
  });
});
afterAll(() => sp.close());

const DIGEST_CODE = '-2130575252, Microsoft.SharePoint.SPException';

describe('form digest', () => {
  it('a non-GET call without X-RequestDigest → 403 with the security validation code', async () => {
    const r = await new Client(sp).call('POST', `${byTitle()}/items`, { body: { Title: 'x' }, digest: false });
    expect(r.status).toBe(403);
    expect(r.json.error.code).toBe(DIGEST_CODE);
    expect(r.json.error.message.value).toMatch(/^The security validation for this page is invalid/);
  });

  it('contextinfo issues a digest that works until FormDigestTimeoutSeconds pass', async () => {
    const c = new Client(sp);
    const info = (await c.post('/contextinfo')).json.d.GetContextWebInformation;
    expect(info.FormDigestTimeoutSeconds).toBe(60);
    const type = await c.itemType();
    const send = () => c.call('POST', `${byTitle()}/items`, { body: { __metadata: { type }, ...ARTICLE }, digest: false, headers: { 'X-RequestDigest': info.FormDigestValue } });
    expect((await send()).status).toBe(201);
    clock.advance(59_000);
    expect((await send()).status).toBe(201);
    clock.advance(2_000);
    const expired = await send();
    expect(expired.status).toBe(403);
    expect(errorCode(expired)).toBe(DIGEST_CODE);
  });

  it('a digest is valid only for the web that issued it and the same user', async () => {
    const portal = new Client(sp);
    const digest = await portal.digest();
    const sub = new Client(sp, undefined, VERBOSE, `${sp.webUrl}/tinhuyen`);
    const other = await sub.call('POST', `${byTitle()}/items`, { body: { Title: 'x' }, digest: false, headers: { 'X-RequestDigest': digest } });
    expect(errorCode(other)).toBe(DIGEST_CODE);
    const colleague = new Client(sp, basic('PORTAL\\congtacvien'));
    const r = await colleague.call('POST', `${byTitle()}/items`, { body: { Title: 'x' }, digest: false, headers: { 'X-RequestDigest': digest } });
    expect(errorCode(r)).toBe(DIGEST_CODE);
  });

  it('expireDigests() invalidates every digest (as an app pool recycle would)', async () => {
    const c = new Client(sp);
    const digest = await c.digest();
    sp.expireDigests();
    const r = await c.call('POST', `${byTitle()}/items`, { body: { Title: 'x' }, digest: false, headers: { 'X-RequestDigest': digest } });
    expect(errorCode(r)).toBe(DIGEST_CODE);
  });

  it('GET needs no digest; Bearer-token calls need none either', async () => {
    expect((await new Client(sp).call('GET', byTitle(), { digest: false })).status).toBe(200);
    const bearer = new Client(sp, 'Bearer emulator-token-bbt');
    const type = await bearer.itemType();
    const r = await bearer.call('POST', `${byTitle()}/items`, { body: { __metadata: { type }, Title: 'Bearer' }, digest: false });
    expect(r.status).toBe(201);
  });
});

describe('authentication', () => {
  it('no credentials → 401 with WWW-Authenticate', async () => {
    const r = await new Client(sp, null).get(byTitle());
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/Basic realm=/);
    expect(r.headers.get('www-authenticate')).toMatch(/Bearer realm=/);
    expect(r.headers.get('x-forms_based_auth_required')).toMatch(/_login/);
  });

  it('wrong password or unknown token → 401', async () => {
    expect((await new Client(sp, basic('PORTAL\\bbt', 'sai')).get(byTitle())).status).toBe(401);
    expect((await new Client(sp, 'Bearer sai').get(byTitle())).status).toBe(401);
    expect((await new Client(sp, 'NTLM TlRMTVNTUAABAAAA').get(byTitle())).status).toBe(401);
  });

  it('forms login through authentication.asmx gives a FedAuth cookie; calls with it still need a digest', async () => {
    const soap = (u: string, p: string) => fetch(`${sp.url}/_vti_bin/authentication.asmx`, {
      method: 'POST', headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'http://schemas.microsoft.com/sharepoint/soap/Login' },
      body: `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Login xmlns="http://schemas.microsoft.com/sharepoint/soap/"><username>${u}</username><password>${p}</password></Login></soap:Body></soap:Envelope>`
    });
    const bad = await soap('PORTAL\\bbt', 'sai');
    expect(bad.status).toBe(200);
    expect(await bad.text()).toMatch(/<ErrorCode>PasswordNotMatch<\/ErrorCode>/);
    const ok = await soap('PORTAL\\bbt', 'Mat-khau-SP-2026');
    expect(await ok.text()).toMatch(/<CookieName>FedAuth<\/CookieName><ErrorCode>NoError<\/ErrorCode>/);
    const cookie = /FedAuth=[^;]+/.exec(ok.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const c = new Client(sp, null);
    expect((await c.call('GET', byTitle(), { headers: { Cookie: cookie } })).status).toBe(200);
    const noDigest = await c.call('POST', `${byTitle()}/items`, { body: { Title: 'x' }, digest: false, headers: { Cookie: cookie } });
    expect(errorCode(noDigest)).toBe(DIGEST_CODE);
    const info = await c.call('POST', '/contextinfo', { headers: { Cookie: cookie } });
    expect(info.status).toBe(200);
  });

  it('an account without permission → 403 UnauthorizedAccessException; a reader cannot write', async () => {
    const none = await new Client(sp, basic('PORTAL\\khach')).get(byTitle());
    expect(none.status).toBe(403);
    expect(none.json.error).toEqual({ code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } });
    const reader = new Client(sp, basic('PORTAL\\docgia'));
    expect((await reader.get(byTitle())).status).toBe(200);
    const type = await reader.itemType();
    const write = await reader.post(`${byTitle()}/items`, { __metadata: { type }, Title: 'x' });
    expect(write.status).toBe(403);
    expect(errorCode(write)).toBe('-2147024891, System.UnauthorizedAccessException');
  });

  it('currentuser tells who is signed in', async () => {
    const r = await new Client(sp).get('/web/currentuser');
    expect(r.json.d).toMatchObject({ LoginName: 'i:0#.w|portal\\bbt', Title: 'Ban Biên Tập' });
  });

  it('light-profile clients get the same 401 when credentials are missing', async () => {
    const sp16 = await startSharePointEmulator({ profile: '2016', authModes: ['bearer'] });
    try {
      const r = await new Client(sp16, basic('PORTAL\\bbt'), NOMETA).get(byTitle());
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).not.toMatch(/Basic/);
    } finally {
      await sp16.close();
    }
  });
});
