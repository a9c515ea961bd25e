// `cli act` drives a sample article to a sign-off; then an attacker edits the database FILE with raw
// SQL (dropping the append-only triggers first) and `cli verify` must name the first broken entry.
import Database from 'better-sqlite3';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevisionStore } from '../adapters/sqlite/revision-store';
import { runCliCaptured } from '../cli/testing';

const PASSWORD = 'mat-khau-mau-2026';
const dirs: string[] = [];
let base: string;
let articleId: string;

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bbt-tamper-'));
  dirs.push(d);
  return d;
}

async function cli(...argv: string[]) {
  const r = await runCliCaptured(argv, process.cwd());
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const act = (dir: string, action: string, user: string, ...more: string[]) =>
  cli('act', '--workspace', dir, '--article', articleId, '--action', action, '--user', user, '--password', PASSWORD, ...more);

beforeAll(async () => {
  base = tempDir();
  expect((await cli('init', '--workspace', base, '--sample', '--password', PASSWORD)).code).toBe(0);
  const list = JSON.parse((await cli('list', '--workspace', base, '--json')).out) as { id: string; status: string }[];
  articleId = list.find((a) => a.status === 'nhap')!.id;
  for (const [action, user, ...more] of [
    ['gui-duyet', 'bientap'],
    ['tra-lai', 'thanhvien', '--reason', 'Bổ sung ảnh minh họa.'],
    ['gui-duyet', 'bientap'],
    ['chuyen-trinh-duyet', 'thanhvien'],
    ['ky-duyet', 'truongban']
  ] as const) {
    const r = await act(base, action, user, ...more);
    expect(r, `${action} by ${user}`).toMatchObject({ code: 0 });
  }
}, 60_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('cli act', () => {
  it('prints the new state, and refuses with the Vietnamese reason and a non-zero exit', async () => {
    const dir = tempDir();
    cpSync(base, dir, { recursive: true });
    const denied = await act(dir, 'huy-duyet', 'bientap');
    expect(denied.code).toBe(1);
    expect(denied.err).toContain('[ROLE]');
    expect(denied.err).toContain('Phó trưởng ban hoặc Trưởng ban');
    const wrong = await cli('act', '--workspace', dir, '--article', articleId, '--action', 'huy-duyet', '--user', 'truongban', '--password', 'sai-mat-khau');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/đăng nhập/i);
    const undo = await act(dir, 'huy-duyet', 'truongban');
    expect(undo).toMatchObject({ code: 0 });
    expect(undo.out).toContain('Hủy duyệt');
    expect(undo.out).toContain('Chờ duyệt');
  });
});

describe('cli verify finds the first broken entry after tampering', () => {
  it('passes on the untouched workspace', async () => {
    const r = await cli('verify', '--workspace', base);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The sample's approved articles carry sign-offs by truongban, plus the one signed above.
    expect(r.out).toMatch(/^Toàn vẹn: \d+ mục nhật ký, 9 bản ký duyệt \(9 hợp lệ\)/);
  });

  /** Copies the workspace, lets `attack` run raw SQL on the file, then runs verify. */
  async function tampered(attack: (db: Database.Database) => void) {
    const dir = tempDir();
    cpSync(base, dir, { recursive: true });
    const db = new Database(join(dir, 'workspace.sqlite'));
    for (const t of ['audit_log_no_update', 'audit_log_no_delete', 'sign_offs_no_update', 'article_revisions_no_update', 'revision_blocks_no_update']) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
    attack(db);
    db.close();
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    return r.err;
  }

  const firstBroken = (err: string) => Number(/Mục hỏng đầu tiên: mục nhật ký số (\d+)/.exec(err)?.[1]);
  const signSeq = () => {
    const db = new Database(join(base, 'workspace.sqlite'), { readonly: true });
    const { seq } = db.prepare("SELECT seq FROM audit_log WHERE action = 'workflow.ky-duyet' AND article_id = ?").get(articleId) as { seq: number };
    db.close();
    return seq;
  };

  it('an edited row', async () => {
    const err = await tampered((db) => db.prepare("UPDATE audit_log SET description = 'Không có gì' WHERE seq = 5").run());
    expect(firstBroken(err)).toBe(5);
    expect(err).toContain('bị sửa');
  });

  it('a deleted row', async () => {
    const err = await tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq = 7').run());
    expect(firstBroken(err)).toBe(8);
  });

  it('an inserted row (with a correctly chained hash of its own)', async () => {
    const err = await tampered((db) => {
      const rows = db.prepare('SELECT seq FROM audit_log WHERE seq >= 6 ORDER BY seq DESC').all() as { seq: number }[];
      for (const r of rows) db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(r.seq + 1, r.seq);
      const prev = db.prepare('SELECT * FROM audit_log WHERE seq = 5').get() as Record<string, unknown>;
      db.prepare(
        "INSERT INTO audit_log (seq, id, at, user_id, user_name, action, article_id, description, details, prev_hash, hash) VALUES (6, 'x', ?, NULL, NULL, 'fake', NULL, 'Chèn thêm', '{}', ?, ?)"
      ).run(prev.at, prev.hash, 'f'.repeat(64));
    });
    expect(firstBroken(err)).toBe(6);
  });

  it('two rows swapped', async () => {
    const err = await tampered((db) => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 4').run();
      db.prepare('UPDATE audit_log SET seq = 4 WHERE seq = 9').run();
      db.prepare('UPDATE audit_log SET seq = 9 WHERE seq = -1').run();
    });
    expect(firstBroken(err)).toBe(4);
  });

  it('an altered signature', async () => {
    const err = await tampered((db) => {
      const s = db.prepare('SELECT id, signature FROM sign_offs WHERE article_id = ?').get(articleId) as { id: string; signature: string };
      const bytes = Buffer.from(s.signature, 'base64');
      bytes[10] = bytes[10]! ^ 0xff;
      db.prepare('UPDATE sign_offs SET signature = ? WHERE id = ?').run(bytes.toString('base64'), s.id);
    });
    expect(firstBroken(err)).toBe(signSeq());
    expect(err).toContain('Chữ ký số không hợp lệ');
  });

  it('an article put into Đã duyệt without any sign-off', async () => {
    let forged = '';
    const err = await tampered((db) => {
      forged = (db.prepare("SELECT id FROM articles WHERE status = 'nhap' LIMIT 1").get() as { id: string }).id;
      db.prepare("UPDATE articles SET status = 'da_duyet' WHERE id = ?").run(forged);
    });
    expect(err).toContain(`Mục hỏng đầu tiên: ngoài nhật ký (${forged})`);
    expect(err).toContain('không có chữ ký duyệt còn hiệu lực');
  });

  it('an altered approved body', async () => {
    const err = await tampered((db) => {
      const s = db.prepare('SELECT revision_id FROM sign_offs WHERE article_id = ?').get(articleId) as { revision_id: string };
      // Bodies are stored as deflated chunks (revision-store.ts): alter the chunk holding the signed body's first text.
      const first = /"text":"[^"]+"/.exec(new RevisionStore(db).read(s.revision_id).json)?.[0];
      if (!first) throw new Error('no text in the signed body');
      const block = (db.prepare('SELECT hash, data FROM revision_blocks').all() as { hash: Buffer; data: Buffer }[])
        .map((b) => ({ hash: b.hash, text: inflateRawSync(b.data).toString() }))
        .find((b) => b.text.includes(first));
      if (!block) throw new Error('no chunk holds the first text whole');
      const changed = block.text.replace(first, `${first.slice(0, -1)}!"`);
      db.prepare('UPDATE revision_blocks SET data = ? WHERE hash = ?').run(deflateRawSync(Buffer.from(changed)), block.hash);
    });
    expect(firstBroken(err)).toBe(signSeq());
    expect(err).toContain('Nội dung phiên bản đã ký bị thay đổi');
  });
});
