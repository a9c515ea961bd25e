// Invalid dates at the handler: refused by the contract with the Vietnamese message on the field, nothing saved.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fieldsOf, type Article } from '../../shared/article';
import { INVALID_DATE_MESSAGE } from '../../shared/date-schemas';
import { ErrorCode } from '../../shared/errors';
import { openApp, type App } from '../app';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { ok, refusal } from './testing';

const FAST = { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT };
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };

let dir: string;
let app: App;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-dates-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { ...FAST, jobs: false } });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, input: unknown) => app.dispatch(method, input, AUTHOR);

it('refuses an impossible publishing date, list filter, effective date and bulletin date with the Vietnamese message', async () => {
  const a = await ok<Article>(call('article.create', {}));
  for (const publishAt of ['2026-02-31T09:00:00Z', 'abc', '0000-01-01T00:00:00Z']) {
    const err = await refusal(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields: { ...fieldsOf(a), publishAt } }));
    expect(err).toEqual({ code: ErrorCode.INVALID_INPUT, message: INVALID_DATE_MESSAGE, fields: { 'fields.publishAt': INVALID_DATE_MESSAGE } });
  }
  expect((await ok<Article>(call('article.get', { id: a.id }))).version).toBe(1);

  expect((await refusal(call('article.list', { from: '2026-02-30T00:00:00Z' }))).message).toBe(INVALID_DATE_MESSAGE);
  expect((await refusal(call('bulletin.create', { date: '2026-02-29' }))).message).toBe(INVALID_DATE_MESSAGE);
  expect((await refusal(call('audit.list', { to: '0000-01-01T00:00:00Z' }))).message).toBe(INVALID_DATE_MESSAGE);
});
