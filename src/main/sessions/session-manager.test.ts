import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/accounts';
import { SessionManager } from './session-manager';

const lan: SessionUser = { id: 'u1', name: 'Lê Thị Lan', login: 'bientap', position: 'Chuyên viên', roles: ['bien_tap_vien'] };

function manager(lockAfterMinutes = 10) {
  let now = 0;
  const idleLocks: string[] = [];
  const sessions = new SessionManager({ now: () => now, lockAfterMinutes: () => lockAfterMinutes, onIdleLock: (u) => idleLocks.push(u.login) });
  return { sessions, idleLocks, advance: (ms: number) => (now += ms) };
}

describe('SessionManager', () => {
  it('keeps one session per connection; another connection is logged out', () => {
    const { sessions } = manager();
    sessions.begin('http:a', lan);
    expect(sessions.user('http:a')).toEqual(lan);
    expect(sessions.user('http:b')).toBeNull();
    expect(sessions.end('http:a')).toEqual(lan);
    expect(sessions.user('http:a')).toBeNull();
  });

  it('locks after the idle time since the last call, once, and unlocking restarts the clock', () => {
    const { sessions, idleLocks, advance } = manager(10);
    sessions.begin('wc:1', lan);
    advance(9 * 60_000);
    sessions.touch('wc:1');
    advance(9 * 60_000);
    expect(sessions.isLocked('wc:1')).toBe(false);
    advance(60_000);
    expect(sessions.isLocked('wc:1')).toBe(true);
    expect(sessions.info('wc:1')).toMatchObject({ locked: true, lockAfterMinutes: 10 });
    expect(idleLocks).toEqual(['bientap']);
    sessions.unlock('wc:1', lan);
    expect(sessions.isLocked('wc:1')).toBe(false);
    advance(5 * 60_000);
    expect(sessions.isLocked('wc:1')).toBe(false);
  });

  it('never locks by idleness when the setting is 0; an explicit lock still works', () => {
    const { sessions, advance } = manager(0);
    sessions.begin('cli', lan);
    advance(24 * 3600_000);
    expect(sessions.isLocked('cli')).toBe(false);
    sessions.lock('cli');
    expect(sessions.isLocked('cli')).toBe(true);
  });

  it('refreshes or ends every session of a user after an admin change', () => {
    const { sessions } = manager();
    sessions.begin('a', lan);
    sessions.begin('b', lan);
    sessions.updateUser('u1', { ...lan, roles: ['thu_ky'] });
    expect(sessions.user('b')?.roles).toEqual(['thu_ky']);
    sessions.updateUser('u1', null);
    expect(sessions.user('a')).toBeNull();
    expect(sessions.user('b')).toBeNull();
  });
});
