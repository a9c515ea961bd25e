// Issue #11 items 4 and 6 in dispatch (every transport, Electron IPC included): only calls a person
// started keep a session awake, and per-method size limits apply before the input is parsed.
import { describe, expect, it } from 'vitest';
import { createDispatch } from './dispatch';
import { SessionManager } from './sessions/session-manager';
import type { Handlers } from './handlers/types';

const USER = { id: 'u1', name: 'An', login: 'an', position: '', roles: ['bien_tap_vien' as const] };
const CONN = { connectionId: 'wc:1' };

function setup() {
  let now = 0;
  let parsed = 0;
  const sessions = new SessionManager({ now: () => now, lockAfterMinutes: () => 10 });
  const answer = async () => {
    parsed += 1;
    return null;
  };
  const handlers = new Proxy({}, { get: () => answer }) as unknown as Handlers;
  const dispatch = createDispatch(handlers, sessions, () => undefined);
  sessions.begin(CONN.connectionId, USER);
  return { dispatch, sessions, advance: (minutes: number) => (now += minutes * 60_000), parsedCalls: () => parsed };
}

describe('idle lock in dispatch', () => {
  it('lock renewals, comment polling and background refreshes do not reset the idle timer; a user call does', async () => {
    const { dispatch, sessions, advance } = setup();
    advance(6);
    expect((await dispatch('lock.acquire', { articleId: 'a1' }, CONN)).ok).toBe(true);
    expect((await dispatch('comment.list', { articleId: 'a1' }, CONN)).ok).toBe(true);
    expect((await dispatch('article.list', {}, { ...CONN, background: true })).ok).toBe(true);
    advance(4);
    expect(sessions.isLocked(CONN.connectionId)).toBe(true);
    expect(await dispatch('lock.acquire', { articleId: 'a1' }, CONN)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('a user-initiated call restarts the idle clock', async () => {
    const { dispatch, sessions, advance } = setup();
    advance(6);
    expect((await dispatch('article.list', {}, CONN)).ok).toBe(true);
    advance(6);
    expect(sessions.isLocked(CONN.connectionId)).toBe(false);
  });
});

describe('request size limits in dispatch', () => {
  it('an oversized request over IPC is refused before it is parsed, per method', async () => {
    const { dispatch, parsedCalls } = setup();
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const refused = await dispatch('comment.reply', { articleId: 'a1', threadId: 't1', body: huge }, CONN);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('tối đa 1 MB') } });
    // A deep or wide input is measured without being parsed, and stops at the limit.
    const wide = await dispatch('lists.save', { categories: new Array(3_000_000).fill(0), articleTypes: [] }, CONN);
    expect(wide).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    expect(parsedCalls()).toBe(0);
    // The same size is fine for an upload method (limit 50 MB): it reaches the handler.
    const upload = await dispatch('media.upload', { articleId: 'a1', fileName: 'a.png', mime: 'image/png', dataBase64: huge }, CONN);
    expect(upload.ok).toBe(true);
    expect(parsedCalls()).toBe(1);
  });
});
