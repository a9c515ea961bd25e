// Tamper evidence beyond the database file (issue #11): keys vouched for by the chain, history rows
// matched to it, and seals written outside the file. An attacker edits workspace.sqlite with raw SQL
// (dropping the append-only triggers first, recomputing hashes where that hides the edit).
import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryHash } from '../../core/audit/chain';
import { toAuditEntry, type AuditRow } from '../adapters/sqlite/audit-log';
import { nodeHasher } from '../adapters/system';
import { runCliCaptured } from '../cli/testing';

const PASSWORD = 'mat-khau-mau-2026';
const dirs: string[] = [];
let base: string;
let sealFile: string;

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bbt-seal-'));
  dirs.push(d);
  return d;
}

async function cli(...argv: string[]) {
  const r = await runCliCaptured(argv, process.cwd());
  return { code: r.code, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  base = tempDir();
  expect((await cli('init', '--workspace', base, '--sample', '--password', PASSWORD)).code).toBe(0);
  const list = JSON.parse((await cli('list', '--workspace', base, '--json')).out) as { id: string; status: string }[];
  const articleId = list.find((a) => a.status === 'nhap')!.id;
  for (const [action, user] of [['gui-duyet', 'bientap'], ['chuyen-trinh-duyet', 'thanhvien'], ['ky-duyet', 'truongban']] as const) {
    expect(await cli('act', '--workspace', base, '--article', articleId, '--action', action, '--user', user, '--password', PASSWORD)).toMatchObject({ code: 0 });
  }
  sealFile = join(tempDir(), 'niem-phong.json');
  const sealed = await cli('seal', '--workspace', base, '--out', sealFile);
  expect(sealed, sealed.err).toMatchObject({ code: 0 });
}, 60_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A copy of the sealed workspace after `attack` ran raw SQL on its file. */
function tampered(attack: (db: Database.Database) => void): string {
  const dir = tempDir();
  cpSync(base, dir, { recursive: true });
  const db = new Database(join(dir, 'workspace.sqlite'));
  const triggers = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  attack(db);
  db.close();
  return dir;
}

/** Rewrites every hash from `fromSeq` on, as someone who knows the (unkeyed) chain format would. */
function rehash(db: Database.Database, fromSeq: number) {
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(fromSeq - 1) as AuditRow[];
  let prev = rows[0]!.hash;
  for (const r of rows.slice(1)) {
    const e = toAuditEntry({ ...r, prev_hash: prev });
    const hash = auditEntryHash(e, nodeHasher);
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, r.seq);
    prev = hash;
  }
}

describe('verify: keys vouched for by the chain', () => {
  it('passes on the untouched workspace, whose keys were all recorded at creation', async () => {
    const r = await cli('verify', '--workspace', base);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const db = new Database(join(base, 'workspace.sqlite'), { readonly: true });
    const created = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'key.create'").get() as { n: number };
    const keys = db.prepare('SELECT count(*) AS n FROM user_keys').get() as { n: number };
    db.close();
    expect(created.n).toBe(keys.n);
  });

  it('refuses a forged key row (a valid key id, but never recorded in the chain)', async () => {
    const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const keyId = createHash('sha256').update(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64')).digest('hex').slice(0, 32);
    const dir = tampered((db) => {
      const user = db.prepare("SELECT id FROM users WHERE login = 'truongban'").get() as { id: string };
      db.prepare("INSERT INTO user_keys (key_id, user_id, public_key_pem, encrypted_private_key, kdf, salt, iv, tag, created_at, active) VALUES (?, ?, ?, x'00', 'scrypt$1$1$1', x'00', x'00', x'00', '2026-01-01T00:00:00.000Z', 0)").run(keyId, user.id, pem);
    });
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`Khóa ký ${keyId}`);
    expect(r.err).toContain('không được ghi trong nhật ký');
  });

  it('refuses a key whose public key was swapped (its id no longer derives from it), and the sign-offs made with it', async () => {
    const pem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const dir = tampered((db) => db.prepare('UPDATE user_keys SET public_key_pem = ? WHERE key_id = (SELECT key_id FROM sign_offs LIMIT 1)').run(pem));
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('mã khóa không khớp với khóa công khai');
    expect(r.err).toContain('không đáng tin');
  });
});

describe('verify: history users see is matched to the chain', () => {
  it('names an edited workflow_events row', async () => {
    const dir = tampered((db) => db.prepare("UPDATE workflow_events SET user_name = 'Người khác' WHERE id = (SELECT id FROM workflow_events WHERE action = 'ky-duyet' ORDER BY id DESC LIMIT 1)").run());
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Sự kiện duyệt bài “ky-duyet”');
    expect(r.err).toContain('khác với mục nhật ký');
  });

  it('names a removed workflow_events row and an edited article_history row', async () => {
    const dir = tampered((db) => {
      db.prepare("DELETE FROM workflow_events WHERE id = (SELECT id FROM workflow_events WHERE action = 'gui-duyet' ORDER BY id DESC LIMIT 1)").run();
      db.prepare("UPDATE article_history SET description = 'Đã sửa lịch sử' WHERE id = (SELECT id FROM article_history ORDER BY at LIMIT 1)").run();
    });
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không còn trong bảng workflow_events');
    expect(r.err).toContain('Đã sửa lịch sử');
  });

  it('names a revision whose time was moved', async () => {
    const dir = tampered((db) => db.prepare("UPDATE article_revisions SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = (SELECT id FROM article_revisions LIMIT 1)").run());
    const r = await cli('verify', '--workspace', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('thời điểm hoặc người lưu khác với nhật ký');
  });
});

describe('seals', () => {
  it('the seal verifies against the chain it sealed, and the seal is noted in the chain', async () => {
    const r = await cli('verify', '--workspace', base, '--seal', sealFile);
    expect(r, r.err).toMatchObject({ code: 0 });
    expect(r.out).toContain('Khớp niêm phong');
    const seal = JSON.parse(readFileSync(sealFile, 'utf8')) as { format: string; seq: number };
    expect(seal.format).toBe('bbt-seal/1');
    const db = new Database(join(base, 'workspace.sqlite'), { readonly: true });
    expect(db.prepare("SELECT seq FROM audit_log WHERE action = 'audit.seal'").get()).toEqual({ seq: seal.seq + 1 });
    db.close();
  });

  it('a rewritten chain (every hash recomputed) passes plain verify but not the seal, which names the range', async () => {
    const dir = tampered((db) => {
      db.prepare("UPDATE audit_log SET description = 'Tạo tài khoản khác' WHERE seq = 3").run();
      rehash(db, 3);
    });
    expect((await cli('verify', '--workspace', dir)).code).toBe(0);
    const r = await cli('verify', '--workspace', dir, '--seal', sealFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain('KHÔNG KHỚP NIÊM PHONG (từ mục số 1)');
    expect(r.err).toMatch(/khoảng số 1–\d+/);
  });

  it('a cut chain fails, naming the first missing entry', async () => {
    const seal = JSON.parse(readFileSync(sealFile, 'utf8')) as { seq: number };
    const dir = tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(seal.seq - 2));
    const r = await cli('verify', '--workspace', dir, '--seal', sealFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`KHÔNG KHỚP NIÊM PHONG (từ mục số ${seal.seq - 2})`);
    expect(r.err).toContain('bị cắt');
  });

  it('refuses an edited seal file and a seal of another installation key', async () => {
    const seal = JSON.parse(readFileSync(sealFile, 'utf8')) as Record<string, unknown>;
    const edited = join(tempDir(), 'sua.json');
    writeFileSync(edited, JSON.stringify({ ...seal, seq: 3 }));
    const r = await cli('verify', '--workspace', base, '--seal', edited);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Chữ ký của tệp niêm phong không hợp lệ');
    const other = tempDir();
    cpSync(base, other, { recursive: true });
    rmSync(join(other, 'installation-key.pem'));
    expect((await cli('seal', '--workspace', other, '--out', join(other, 'moi.json'))).code).toBe(0);
    const foreign = await cli('verify', '--workspace', base, '--seal', join(other, 'moi.json'));
    expect(foreign.code).toBe(1);
    expect(foreign.err).toContain('không phải khóa niêm phong của thư mục làm việc này');
  });

  /** A copy of the sealed workspace with an article published to a folder target; the article's folder on it. */
  async function published(): Promise<{ dir: string; page: string }> {
    const dir = tempDir();
    cpSync(base, dir, { recursive: true });
    const usb = tempDir();
    expect((await cli('target-add', '--workspace', dir, '--name', 'Ổ USB', '--type', 'folder', '--folder', usb)).code).toBe(0);
    const r = await cli('publish', '--workspace', dir, '--article', 'an ninh trật tự', '--target', 'Ổ USB', '--user', 'bientap', '--password', PASSWORD, '--yes');
    expect(r, r.err).toMatchObject({ code: 0 });
    const [slug] = readdirSync(usb).filter((f) => f !== 'media');
    return { dir, page: join(usb, slug!) };
  }

  it('seals at a publication: the manifest, the page and the receipt carry that seal, also in the backup folder', async () => {
    const { dir, page } = await published();
    const manifest = JSON.parse(readFileSync(join(page, 'manifest.json'), 'utf8')) as { seal: { format: string; seq: number; signature: string } };
    expect(manifest.seal.format).toBe('bbt-seal/1');
    const db = new Database(join(dir, 'workspace.sqlite'), { readonly: true });
    const receipt = db.prepare('SELECT seal, audit_head_seq FROM publication_receipts').get() as { seal: string; audit_head_seq: number };
    db.close();
    expect(receipt.seal).toMatch(new RegExp(`^bbt-seal/1;s=${manifest.seal.seq};`));
    expect(receipt.audit_head_seq).toBeGreaterThan(manifest.seal.seq);
    expect(readFileSync(join(page, 'index.html'), 'utf8')).toContain(`data-bbt-seal="${receipt.seal}"`);
    // The publication's seal, and the one made after it that covers the publication's own record.
    const seals = readdirSync(join(dir, 'backup')).filter((f) => f.startsWith('niem-phong-'));
    expect(seals).toHaveLength(2);
    const backedUp = seals.map((f) => JSON.parse(readFileSync(join(dir, 'backup', f), 'utf8')) as { signature: string });
    expect(backedUp.map((x) => x.signature)).toContain(manifest.seal.signature);
    for (const witness of [join(page, 'manifest.json'), join(page, 'index.html'), ...seals.map((f) => join(dir, 'backup', f))]) {
      const r = await cli('verify', '--workspace', dir, '--seal', witness);
      expect(r, `${witness}: ${r.err}`).toMatchObject({ code: 0 });
    }
    const whole = await cli('verify', '--workspace', dir);
    expect(whole, whole.err).toMatchObject({ code: 0 });
  });

  it('a manifest’s seal fails on rows rewritten or cut after the publication, naming where', async () => {
    const { dir, page } = await published();
    const manifest = join(page, 'manifest.json');
    const { seq } = (JSON.parse(readFileSync(manifest, 'utf8')) as { seal: { seq: number } }).seal;
    const rewrite = (d: string) => {
      const db = new Database(join(d, 'workspace.sqlite'));
      for (const t of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string }[]) db.exec(`DROP TRIGGER "${t.name}"`);
      return db;
    };
    const rewritten = tempDir();
    cpSync(dir, rewritten, { recursive: true });
    const db = rewrite(rewritten);
    db.prepare("UPDATE audit_log SET description = 'Tạo tài khoản khác' WHERE seq = 3").run();
    rehash(db, 3);
    db.close();
    const r = await cli('verify', '--workspace', rewritten, '--seal', manifest);
    expect(r.code).toBe(1);
    expect(r.err).toContain('KHÔNG KHỚP NIÊM PHONG (từ mục số 1)');
    expect(r.err).toMatch(/khoảng số 1–\d+/);
    // The page's stamp (no checkpoints) still catches it, over the whole range up to the seal.
    const stamp = await cli('verify', '--workspace', rewritten, '--seal', join(page, 'index.html'));
    expect(stamp.err).toContain(`khoảng số 1–${seq}`);

    const cut = tempDir();
    cpSync(dir, cut, { recursive: true });
    const cdb = rewrite(cut);
    cdb.prepare('DELETE FROM audit_log WHERE seq >= ?').run(seq - 1);
    cdb.close();
    const c = await cli('verify', '--workspace', cut, '--seal', manifest);
    expect(c.code).toBe(1);
    expect(c.err).toContain(`KHÔNG KHỚP NIÊM PHONG (từ mục số ${seq - 1})`);
    expect(c.err).toContain('bị cắt');
  });

  it('keeps the installation key outside the database, readable by its owner only', () => {
    const key = join(base, 'installation-key.pem');
    expect(existsSync(key)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(base, 'workspace.sqlite')).includes(readFileSync(key))).toBe(false);
  });
});
