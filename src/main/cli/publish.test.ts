// The publishing verbs, black-box: target-add, portal-test, publish (gate, --yes, title words for --article),
// publish-queue --once, verify --target after an edit on the "portal" (a folder), take-down, act --revision.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 } from 'uuid';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { htmlToBody } from '../../core/editor/bodyHtml';
import { fieldsOf } from '../../shared/article';
import { parseHtml } from '../adapters/html/parse-html';
import { openApp } from '../app';
import { runCliCaptured } from './testing';

const PASSWORD = 'mat-khau-mau-1';
let dir: string;
let usb: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-publish-'));
  usb = join(mkdtempSync(join(tmpdir(), 'bbt-usb-')), 'usb');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(usb, '..'), { recursive: true, force: true });
});

const cli = (...args: string[]) => runCliCaptured(args, dir);
const as = (user: string) => ['--user', user, '--password', PASSWORD];

it('publishes an approved sample article to a folder, queues while the folder is missing, verifies and takes it down', async () => {
  expect((await cli('init', '--workspace', dir, '--sample', '--password', PASSWORD)).code).toBe(0);
  expect((await cli('target-add', '--workspace', dir, '--name', 'Ổ USB', '--type', 'folder', '--folder', usb)).stdout).toMatch(/Đã thêm cổng “Ổ USB” \(Thư mục\)/);
  const test = await cli('portal-test', '--workspace', dir, '--target', 'o usb');
  expect(test.code).toBe(1);
  expect(test.stderr).toMatch(/Không thấy thư mục/);

  // The folder is not there yet (the USB stick is not plugged in): the article waits in the outbox.
  const queued = await cli('publish', '--workspace', dir, '--article', 'an ninh trật tự', '--target', 'Ổ USB', ...as('bientap'), '--yes');
  expect(queued.code).toBe(1);
  expect(queued.stdout).toMatch(/Xuất bản “Bảo đảm an ninh trật tự.*”: Đang chờ/);
  expect(queued.stderr).toMatch(/Đang chờ\. Không thấy thư mục .* Sẽ thử lại/);

  // Too early: nothing is due yet (backoff); once due, it goes out exactly once.
  mkdirSync(usb);
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  const [entry] = app.services.publishing.queue({ id: app.store.accounts.byLogin('quantri')!.id, name: 'Quản trị' });
  app.close();
  expect(entry).toMatchObject({ state: 'waiting', attempts: 1 });
  const soon = await cli('publish-queue', '--workspace', dir, '--once');
  expect(soon.stdout).toMatch(/Không có bài nào đến hạn gửi/);
  expect(soon.code).toBe(0);

  expect((await cli('publish-queue', '--workspace', dir)).code).toBe(1);
  const db = (await import('better-sqlite3')).default;
  const raw = new db(join(dir, 'workspace.sqlite'));
  // Make the retry due now (as time passing would): append an event, the outbox is append-only.
  raw.prepare(`INSERT INTO outbox_events (id, item_id, state, at, attempt, detail, next_attempt_at) SELECT ?, item_id, 'waiting', at, attempt, 'Đang chờ.', '2000-01-01T00:00:00.000Z' FROM outbox_events LIMIT 1`).run(v7());
  raw.close();
  const sent = await cli('publish-queue', '--workspace', dir, '--once');
  expect(sent.code).toBe(0);
  expect(sent.stdout).toMatch(/Đã xuất bản/);
  const folders = readdirSync(usb).filter((d) => d !== 'media');
  expect(folders).toHaveLength(1);
  const page = readFileSync(join(usb, folders[0]!, 'article.html'), 'utf8');
  expect(page).toContain('Chịu trách nhiệm chính: Ông Lê Quang Tửu');
  // The fragment declares its language (the folder's page does too, with <html lang="vi">).
  expect(page).toContain('<div lang="vi">');

  expect((await cli('verify', '--workspace', dir, '--target', 'Ổ USB')).code).toBe(0);
  writeFileSync(join(usb, folders[0]!, 'article.html'), page.replace('an ninh', 'AN NINH'));
  const tampered = await cli('verify', '--workspace', dir, '--target', 'Ổ USB');
  expect(tampered.code).toBe(1);
  expect(tampered.stderr).toMatch(/KHÔNG KHỚP: .*đã bị sửa/);

  const contributorDown = await cli('take-down', '--workspace', dir, '--article', 'an ninh trật tự', '--target', 'Ổ USB', ...as('bientap'));
  expect(contributorDown.code).toBe(1);
  expect(contributorDown.stderr).toMatch(/không có quyền gỡ bài/);
  const down = await cli('take-down', '--workspace', dir, '--article', 'an ninh trật tự', '--target', 'Ổ USB', ...as('truongban'));
  expect(down.code).toBe(0);
  expect(JSON.parse(readFileSync(join(usb, folders[0]!, 'manifest.json'), 'utf8'))).toMatchObject({ status: 'taken-down' });
});

it('refuses what the gate refuses, and asks for --yes when there are warnings', async () => {
  expect((await cli('init', '--workspace', dir, '--sample', '--password', PASSWORD)).code).toBe(0);
  await cli('target-add', '--workspace', dir, '--name', 'Ổ USB', '--type', 'folder', '--folder', usb);
  const draft = await cli('publish', '--workspace', dir, '--article', 'hội nghị', '--target', 'Ổ USB', ...as('bientap'));
  expect(draft.code).toBe(1);
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  const approved = app.services.articles.list({ status: 'da_duyet', sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 1 }).items[0]!;
  const current = app.services.articles.get(approved.id);
  app.services.comments.create({ articleId: current.id, revisionId: current.revisionId, start: 0, end: 4, quote: current.bodyText.slice(0, 4), body: 'Xem lại.' }, await app.services.accounts.login('thanhvien', PASSWORD));
  app.close();
  const warned = await cli('publish', '--workspace', dir, '--article', approved.id, '--target', 'Ổ USB', ...as('bientap'));
  expect(warned.code).toBe(1);
  expect(warned.stderr).toMatch(/bình luận chưa giải quyết[\s\S]*--yes/);
  expect((await cli('publish', '--workspace', dir, '--article', approved.id, '--target', 'Ổ USB', ...as('bientap'), '--yes')).code).toBe(1);
});

it('refuses an article whose published HTML is not accessible, saying where', async () => {
  expect((await cli('init', '--workspace', dir, '--sample', '--password', PASSWORD)).code).toBe(0);
  mkdirSync(usb);
  await cli('target-add', '--workspace', dir, '--name', 'Ổ USB', '--type', 'folder', '--folder', usb);
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  const waiting = app.services.articles.list({ status: 'cho_duyet', sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 1 }).items[0]!;
  const before = app.services.articles.get(waiting.id);
  const body = htmlToBody('<p>Toàn văn kế hoạch xem <a href="https://longan.gov.vn/kh-12.pdf">tại đây</a>.</p><h3>Mục một</h3>', parseHtml);
  const editor = await app.services.accounts.login('thanhvien', PASSWORD);
  app.services.articles.save(waiting.id, before.revisionId, { ...fieldsOf(before), body }, editor);
  app.close();
  const signed = await cli('act', '--workspace', dir, '--article', waiting.id, '--action', 'ky-duyet', ...as('truongban'));
  expect(signed.code, signed.stderr).toBe(0);
  const refused = await cli('publish', '--workspace', dir, '--article', waiting.id, '--target', 'Ổ USB', ...as('truongban'), '--yes');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('Liên kết “tại đây” (tới “https://longan.gov.vn/kh-12.pdf”) không nói nó dẫn tới đâu');
  expect(refused.stderr).toContain('Đoạn văn: “Toàn văn kế hoạch xem tại đây.”');
  expect(refused.stderr).toContain('Tiêu đề “Mục một” nhảy cấp: cấp 3 ngay đầu bài');
  expect(readdirSync(usb).filter((d) => d !== 'media')).toEqual([]);
});

it('act signs the current revision and prints its hash; --revision pins one', async () => {
  expect((await cli('init', '--workspace', dir, '--sample', '--password', PASSWORD)).code).toBe(0);
  const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
  const waiting = app.services.articles.list({ status: 'cho_duyet', sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 1 }).items[0]!;
  const before = app.services.articles.get(waiting.id);
  app.close();
  const stale = await cli('act', '--workspace', dir, '--article', waiting.id, '--action', 'ky-duyet', ...as('truongban'), '--revision', '01a00000-0000-7000-8000-000000000000');
  expect(stale.code).toBe(1);
  expect(stale.stderr).toMatch(/\[CHANGED_SINCE_SEEN\]/);
  const signed = await cli('act', '--workspace', dir, '--article', waiting.id, '--action', 'ky-duyet', ...as('truongban'), '--revision', before.revisionId);
  expect(signed.code).toBe(0);
  expect(signed.stdout).toContain(`mã băm nội dung ${before.contentHash}`);
});
