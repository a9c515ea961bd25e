// Invalid dates at the handler: refused by the contract with the Vietnamese message on the field, nothing saved.
import { expect, it } from 'vitest';
import { fieldsOf, type Article } from '../../shared/article';
import { INVALID_DATE_MESSAGE } from '../../shared/date-schemas';
import { ErrorCode } from '../../shared/errors';
import { useAuthorWorkspace } from './author-workspace.fixture';
import { ok, refusal } from './testing';

const { call } = useAuthorWorkspace('dates');

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
