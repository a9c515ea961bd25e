// User + password NTLM through the connector (plain Node, as in browser mode and the CLI): a real NTLMv2
// handshake against the emulator, one per connection, and the failures explained in Vietnamese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharePointEmulator, type SharePointEmulator } from '../sharepoint-emulator';
import { connector, LIST, samplePost, withKey } from './test-fixtures';

let sp: SharePointEmulator;
beforeAll(async () => { sp = await startSharePointEmulator({ profile: '2013' }); });
afterAll(() => sp.close());

const authorizations = () => sp.requests.length;

describe('SharePoint connector with NTLM (user + password)', () => {
  it('publishes and updates an article, signing in once per connection, never with Basic', async () => {
    const before = authorizations();
    const c = connector(sp, { auth: 'ntlm' });
    expect((await c.discover()).ok).toBe(true);
    const post = samplePost();
    const created = await c.create(post);
    const updated = await c.update(created, { ...post, title: 'Khai mạc Hội chợ Xuân (cập nhật)' });
    expect(withKey(sp, post.key)).toHaveLength(1);
    expect(sp.item(LIST, Number(updated.remoteId))?.values.Title).toBe('Khai mạc Hội chợ Xuân (cập nhật)');
    // The portal saw the item written by the account that signed in, and not one request was refused with a
    // non-NTLM 401: the only 401s are the handshake's challenges, one per connection (sequential calls share one).
    const seen = sp.requests.slice(before);
    expect(sp.item(LIST, Number(created.remoteId))?.authorId).toBe(7);
    expect(seen.filter((r) => r.status === 401)).toHaveLength(1);
    expect(seen.filter((r) => r.status !== 401).length).toBeGreaterThan(4);
  });

  it('"Kiểm tra kết nối" explains a wrong password in Vietnamese, without the password in any message', async () => {
    const d = await connector(sp, { auth: 'ntlm' }, {}, 'mat-khau-sai').discover();
    expect(d.ok).toBe(false);
    expect(d.problems).toEqual([{ code: 'auth', message: expect.stringMatching(/không chấp nhận tài khoản hoặc mật khẩu/) }]);
    expect(JSON.stringify(d)).not.toContain('mat-khau-sai');
  });

  it('says so when the portal does not offer NTLM at all', async () => {
    const basicOnly = await startSharePointEmulator({ profile: '2013', authModes: ['basic'] });
    try {
      const d = await connector(basicOnly, { auth: 'ntlm' }).discover();
      expect(d.problems).toEqual([{ code: 'auth', message: expect.stringMatching(/không nhận đăng nhập NTLM/) }]);
    } finally {
      await basicOnly.close();
    }
  });

  it('signs in again on a new connection after the portal dropped the old one', async () => {
    const c = connector(sp, { auth: 'ntlm' });
    await c.create(samplePost());
    sp.faults.add({ method: 'POST', path: /\/items$/, kind: 'reset-after' });
    await expect(c.create(samplePost())).rejects.toMatchObject({ kind: 'ambiguous' });
    const before = authorizations();
    const post = samplePost();
    await c.create(post);
    expect(withKey(sp, post.key)).toHaveLength(1);
    expect(sp.requests.slice(before).filter((r) => r.status === 401)).toHaveLength(1);
  });
});
