// `act --comment`: a return from the command line points the author at comment threads, like the UI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openApp } from '../app';
import { runCliCaptured } from './testing';

const PASSWORD = 'mat-khau-mau-1';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-act-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCliCaptured(args, dir);

it('returns an article pointing at a comment thread, and refuses a thread that is not open in it', async () => {
  expect((await cli('init', '--workspace', dir, '--sample', '--password', PASSWORD)).code).toBe(0);
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  let articleId: string;
  let threadId: string;
  try {
    const article = app.services.articles.list({ status: 'cho_bien_tap', sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 1 }).items[0]!;
    const current = app.services.articles.get(article.id);
    const quote = current.bodyText.split(' ').slice(0, 3).join(' ');
    const reviewer = await app.services.accounts.login('thanhvien', PASSWORD);
    const thread = app.services.comments.create({ articleId: article.id, revisionId: current.revisionId, start: 0, end: quote.length, quote, body: 'Sửa câu mở đầu.' }, reviewer);
    articleId = article.id;
    threadId = thread.id;
  } finally {
    app.close();
  }

  const act = (...more: string[]) => cli('act', '--workspace', dir, '--article', articleId, '--action', 'tra-lai', '--user', 'thanhvien', '--password', PASSWORD, ...more);
  const wrong = await act('--comment', 'khong-co');
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(/bình luận/);

  const returned = await act('--comment', threadId);
  expect(returned).toMatchObject({ code: 0 });
  expect(returned.stdout).toContain('Trả lại');

  const reopened = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  try {
    const view = reopened.services.workflow.view(articleId, await reopened.services.accounts.login('bientap', PASSWORD));
    expect(view.returned).toMatchObject({ reason: 'Đề nghị sửa theo 1 bình luận trong bài.', commentIds: [threadId] });
  } finally {
    reopened.close();
  }
}, 60_000);
