// For handler tests about what an editor sends: a fresh workspace per test with an administrator and one
// logged-in Biên tập viên, cheap password hashing (these tests are about input, not logins), no background jobs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openApp, type App } from '../app';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { ok } from './testing';

export const ADMIN = { connectionId: 'test:admin' };
export const AUTHOR = { connectionId: 'test:author' };

export interface AuthorWorkspace {
  readonly app: App;
  readonly dir: string;
  /** A call as the logged-in editor. */
  call(method: string, input: unknown): ReturnType<App['dispatch']>;
}

export function useAuthorWorkspace(prefix: string): AuthorWorkspace {
  let dir = '';
  let app: App | null = null;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), `bbt-${prefix}-`));
    app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT, jobs: false } });
    await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
    await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
    await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
  });
  afterEach(() => {
    app?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get app() {
      return app!;
    },
    get dir() {
      return dir;
    },
    call: (method, input) => app!.dispatch(method, input, AUTHOR)
  };
}
