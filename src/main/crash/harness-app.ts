// What the kill harness's writer and checker share: the app opened as the command line opens it (the real
// clock, no background jobs, cheap key derivation so that a cycle costs milliseconds, not seconds), the
// three people who write, pass on and sign, and a seeded PRNG so that a failing run can be replayed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { uuidV7Ids } from '../adapters/system';
import { openApp, type App } from '../app';
import { SAMPLE_PROFILE } from '../sample/profile';
import type { Role } from '../../shared/accounts';

export const HARNESS_PASSWORD = 'mat-khau-thu-nghiem';
const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

const ROLES = { btv: 'bien_tap_vien', tv: 'thanh_vien', tb: 'truong_ban', qt: 'quan_tri' } as const satisfies Record<string, Role>;
export type HarnessPerson = keyof typeof ROLES;
export const HARNESS_PEOPLE = Object.keys(ROLES) as HarnessPerson[];

export function openHarnessApp(dir: string, log: (line: string) => void = () => undefined): App {
  return openApp({
    workspaceDir: dir,
    mode: 'cli',
    log,
    overrides: { keyScrypt: FAST_SCRYPT, passwords: new ScryptPasswordHasher(FAST_SCRYPT), jobs: false }
  });
}

/** A new workspace with the harness's accounts (and signing keys), the profile, and a folder target. */
export async function prepareHarnessWorkspace(dir: string): Promise<{ targetId: string; folder: string }> {
  const folder = join(dir, 'xuat-ban');
  mkdirSync(folder, { recursive: true });
  const app = openHarnessApp(dir);
  try {
    const now = new Date().toISOString();
    for (const login of HARNESS_PEOPLE) {
      const id = uuidV7Ids.newId();
      app.store.accounts.insert({ id, login, fullName: `Người ${login}`, position: 'Ban biên tập', roles: [ROLES[login]], disabled: false, createdAt: now }, { passwordHash: 'not-used' });
      // The harness's people chose their own passwords: 'self' keys, which sign.
      (await app.services.keys.createKey(id, HARNESS_PASSWORD, 'self'))();
    }
    const qt = app.store.accounts.byLogin('qt')!;
    const admin = { id: qt.id, name: qt.fullName, login: 'qt', position: qt.position, roles: qt.roles };
    app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', admin);
    const target = app.services.publishing.addTarget({ name: 'Thư mục USB', type: 'folder', config: { folder } }, admin);
    return { targetId: target.id, folder };
  } finally {
    app.close();
  }
}

/** mulberry32: uniform in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
