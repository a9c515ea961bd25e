// `cli slip` prints a "Phiếu duyệt tin bài" with real Chromium; poppler checks the PDF, the QR is read
// back from the rendered page (pngjs + jsqr) and fed to `verify --slip`. Then the database FILE is
// rewritten the way an attacker would (append-only triggers dropped, later hashes recomputed) and the
// printed slip, as an external witness, must no longer match.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntryHash, GENESIS_HASH } from '../../core/audit/chain';
import { toAuditEntry, type AuditRow } from '../adapters/sqlite/audit-log';
import { RevisionStore } from '../adapters/sqlite/revision-store';
import { nodeHasher } from '../adapters/system';
import { runCliCaptured } from './testing';

const PASSWORD = 'mat-khau-mau-2026';
const TITLE = 'Hội nghị sơ kết công tác chuyển đổi số 9 tháng năm 2026';
const RETURN_REASON = 'Bổ sung số liệu, kiểm tra lại tên “Sở TT&TT” và chính tả.';
const SIGN_COMMENT = 'Đồng ý đăng, lưu ý cập nhật ảnh.';

let dir: string;
let ws: string;
let articleId: string;
let pdf: string;
let printedCode: string;
let scanned: string;

const cli = (...args: string[]) => runCliCaptured(args, dir);
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-cli-slip-'));
  ws = join(dir, 'ws');
  expect((await cli('init', '--workspace', ws, '--sample', '--password', PASSWORD)).code).toBe(0);
  const list = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as { id: string; title: string }[];
  articleId = list.find((a) => a.title === TITLE)!.id;
  for (const [action, user, ...more] of [
    ['gui-duyet', 'bientap'],
    ['tra-lai', 'thanhvien', '--reason', RETURN_REASON],
    ['gui-duyet', 'bientap'],
    ['chuyen-trinh-duyet', 'thanhvien'],
    ['ky-duyet', 'truongban', '--reason', SIGN_COMMENT]
  ] as const) {
    const r = await cli('act', '--workspace', ws, '--article', articleId, '--action', action, '--user', user, '--password', PASSWORD, ...more);
    expect(r, `${action} by ${user}`).toMatchObject({ code: 0 });
  }
  const printed = await cli('slip', '--workspace', ws, '--article', articleId, '--out', 'phieu.pdf');
  expect(printed.stderr).toContain('Đã in phiếu duyệt ra');
  expect(printed.code).toBe(0);
  pdf = join(dir, 'phieu.pdf');
  expect(printed.stdout).toBe(pdf);
  printedCode = /Mã QR: (\S+)/.exec(printed.stderr)![1]!;
  // What a phone would read off the paper: the page rendered to pixels, the QR decoded from them.
  run('pdftoppm', '-png', '-r', '150', '-singlefile', pdf, join(dir, 'phieu'));
  const png = PNG.sync.read(readFileSync(join(dir, 'phieu.png')));
  scanned = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ?? '';
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli slip: the printed approval slip', () => {
  it('is one embedded-font A4 page whose text pdftotext reads back exactly (NFC)', () => {
    const info = run('pdfinfo', pdf);
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = run('pdffonts', pdf).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toMatch(/^\S+\+Noto(Sans|Serif)-/);
      expect(f).not.toMatch(/Type 3/);
      expect(f.split(/\s+/).at(-5)).toBe('yes');
    }
    const raw = run('pdftotext', '-enc', 'UTF-8', pdf, '-');
    expect(raw).toBe(raw.normalize('NFC'));
    const text = raw.replace(/\s+/g, ' ');
    for (const s of [
      'ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG',
      'BAN BIÊN TẬP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'PHIẾU DUYỆT TIN BÀI',
      TITLE,
      'Loại bài viết',
      'Lê Thị Thu Hà – Chuyên viên Phòng Văn hóa và Thông tin',
      'Phạm Minh Tuấn – Trưởng phòng Văn hóa và Thông tin',
      'Trần Quốc Bảo – Phó Chủ tịch UBND thị xã',
      'PHÓ CHỦ TỊCH UBND THỊ XÃ',
      'Đồng ý đăng (ký duyệt)',
      RETURN_REASON,
      SIGN_COMMENT,
      'Chuyển trình duyệt',
      'NGƯỜI KÝ DUYỆT',
      'verify --workspace THƯ_MỤC --slip'
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Kiến Tường, ngày \d\d tháng \d\d năm \d{4}/);
    // Hashes may break across lines: compare without whitespace.
    const dense = raw.replace(/\s+/g, '');
    const fields = Object.fromEntries(printedCode.split(';').slice(1).map((p) => p.split('=') as [string, string]));
    for (const k of ['a', 'r', 'h', 'f', 'c']) expect(dense).toContain(fields[k]);
    expect(dense).toContain(printedCode);
    expect(text).toContain(`Số: ${fields['s']}/PD-BBT`);
    // The seal of the head, readable on paper: its entry, short hash, key and the start of the signature.
    expect(dense).toContain(`Niêmphongmụcsố${fields['s']}·${fields['c']!.slice(0, 12)}…·`);
    expect(dense).toContain(`·khóa${fields['k']!.slice(0, 8)}·chữký${fields['g']!.slice(0, 16)}…`);
  });

  it('carries a QR code that decodes to the slip code, which verify --slip accepts', async () => {
    expect(scanned).toBe(printedCode);
    expect(scanned).toMatch(/^BBT-SLIP\/2;a=.*;k=[0-9a-f]{32};g=[A-Za-z0-9_-]{86}$/);
    const r = await cli('verify', '--workspace', ws, '--slip', scanned);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Phiếu duyệt bài “${TITLE}”`);
    expect(r.stdout).toContain('[đúng] Chữ ký số');
    expect(r.stdout).toContain('[đúng] Niêm phong nhật ký (khóa niêm phong của máy): Chữ ký của khóa');
    expect(r.stdout).toContain('KHỚP: phiên bản đã ký và nhật ký đến lúc in phiếu còn nguyên vẹn.');
    const json = await cli('verify', '--workspace', ws, '--slip', scanned, '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { ok: boolean; checks: { ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.length).toBe(7);
  });

  it('sealed the head it carries into the backup folder, with the same signature', () => {
    const files = readdirSync(join(ws, 'backup')).filter((f) => f.startsWith('niem-phong-'));
    const seals = files.map((f) => JSON.parse(readFileSync(join(ws, 'backup', f), 'utf8')) as { seq: number; signature: string });
    const s = Number(/;s=(\d+);/.exec(scanned)![1]);
    const sealed = seals.find((x) => x.seq === s)!;
    expect(sealed.signature.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')).toBe(/;g=(.+)$/.exec(scanned)![1]);
  });

  it('was recorded in the audit log, and that entry is the head the slip carries', () => {
    const db = new Database(join(ws, 'workspace.sqlite'), { readonly: true });
    const row = db.prepare("SELECT seq, hash, user_name, details FROM audit_log WHERE action = 'print.slip' AND article_id = ?").get(articleId) as {
      seq: number;
      hash: string;
      user_name: string;
      details: string;
    };
    db.close();
    expect(scanned).toContain(`;s=${row.seq};c=${row.hash};`);
    expect(row.user_name).toBe('Dòng lệnh');
    expect(JSON.parse(row.details)).toMatchObject({ fingerprint: /^[0-9a-f]{32}:[0-9a-f]{32}$/ });
  });
});

describe('verify --slip after the database is tampered with', () => {
  /** Copies the workspace, lets `attack` run raw SQL on the file (triggers dropped), then checks the slip. */
  async function tampered(attack: (db: Database.Database) => void, slipOf: (db: Database.Database) => string = () => scanned) {
    const copy = mkdtempSync(join(dir, 'tampered-'));
    cpSync(ws, copy, { recursive: true });
    const db = new Database(join(copy, 'workspace.sqlite'));
    for (const t of ['audit_log_no_update', 'audit_log_no_delete', 'article_revisions_no_update', 'revision_blocks_no_update']) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
    attack(db);
    const code = slipOf(db);
    db.close();
    return { slip: await cli('verify', '--workspace', copy, '--slip', code), whole: await cli('verify', '--workspace', copy) };
  }

  /** Who returned the article, and why, "never happened": the reviewer's return is rewritten, every hash recomputed. */
  function rewriteReturn(db: Database.Database) {
      const rows = (db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]).map(toAuditEntry);
      const target = rows.find((e) => e.action === 'workflow.tra-lai' && e.articleId === articleId)!;
      target.description = 'Gửi duyệt';
      target.details = { ...target.details, reason: 'Không có gì.' };
      let prev = GENESIS_HASH;
      const update = db.prepare('UPDATE audit_log SET description = ?, details = ?, prev_hash = ?, hash = ? WHERE seq = ?');
      for (const e of rows) {
        e.prevHash = prev;
        e.hash = auditEntryHash(e, nodeHasher);
        update.run(e.description, JSON.stringify(e.details), e.prevHash, e.hash, e.seq);
        prev = e.hash;
      }
  }

  it('detects an audit entry rewritten with every later hash recomputed (plain verify only through the history it no longer matches)', async () => {
    const { slip, whole } = await tampered(rewriteReturn);
    // The chain alone still verifies; the history rows it no longer matches give it away.
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('khác với mục nhật ký tương ứng');
    expect(slip.code).toBe(1);
    expect(slip.stdout).toMatch(/\[SAI\] {2}Mục nhật ký số \d+ \(lúc in phiếu\): .*nhật ký đã bị viết lại sau khi in phiếu/);
    expect(slip.stdout).toMatch(/\[SAI\] {2}Niêm phong nhật ký \(khóa niêm phong của máy\): Nhật ký đã bị viết lại sau khi niêm phong .*khoảng số 1–\d+/);
    expect(slip.stderr).toContain('KHÔNG KHỚP');
  });

  it('refuses a slip made up for the rewritten database: the hashes match it, the installation key never signed it', async () => {
    const { slip } = await tampered(rewriteReturn, (db) => {
      const seq = Number(/;s=(\d+);/.exec(scanned)![1]);
      const { hash } = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string };
      return scanned.replace(/;c=[0-9a-f]{64};/, `;c=${hash};`);
    });
    expect(slip.code).toBe(1);
    expect(slip.stdout).toContain('[đúng] Mục nhật ký số');
    expect(slip.stdout).toContain('[SAI]  Niêm phong nhật ký (khóa niêm phong của máy): Chữ ký niêm phong không hợp lệ');
  });

  it('detects a change to the signed revision’s body', async () => {
    const { slip } = await tampered((db) => {
      const revisionId = /;r=([^;]+);/.exec(scanned)![1]!;
      const json = new RevisionStore(db).read(revisionId).json;
      // Body chunks are deflated (revision-store.ts): change one Vietnamese letter inside a chunk of the signed body.
      const block = (db.prepare('SELECT hash, data FROM revision_blocks').all() as { hash: Buffer; data: Buffer }[])
        .map((b) => ({ hash: b.hash, text: inflateRawSync(b.data).toString() }))
        .find((b) => json.includes(b.text) && /ệ/.test(b.text))!;
      db.prepare('UPDATE revision_blocks SET data = ? WHERE hash = ?').run(deflateRawSync(Buffer.from(block.text.replace('ệ', 'ế'))), block.hash);
    });
    expect(slip.code).toBe(1);
    expect(slip.stdout).toContain('[SAI]  Nội dung phiên bản đã ký: Nội dung đã bị thay đổi sau khi ký');
  });

  it('detects deleted entries', async () => {
    const { slip } = await tampered((db) => db.prepare('DELETE FROM audit_log WHERE seq >= ?').run(Number(/;s=(\d+);/.exec(scanned)![1]) - 1));
    expect(slip.code).toBe(1);
    expect(slip.stdout).toMatch(/không có mục số \d+ mà phiếu ghi/);
    expect(slip.stdout).toMatch(/Niêm phong nhật ký \(khóa niêm phong của máy\): Nhật ký đã bị cắt: .*thiếu từ mục số \d+/);
  });
});

describe('cli slip: refusals', () => {
  it('refuses an article without a valid sign-off, malformed slip text, and missing arguments', async () => {
    const list = JSON.parse((await cli('list', '--workspace', ws, '--json')).stdout) as { id: string; status: string }[];
    const draft = list.find((a) => a.status === 'nhap')!;
    const unsigned = await cli('slip', '--workspace', ws, '--article', draft.id, '--out', 'khong.pdf');
    expect(unsigned.code).toBe(1);
    expect(unsigned.stderr).toContain('chưa được ký duyệt');
    expect(existsSync(join(dir, 'khong.pdf'))).toBe(false);
    const bad = await cli('verify', '--workspace', ws, '--slip', 'BBT-SLIP/1;a=x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Mã phiếu duyệt không hợp lệ: cần đúng 7 trường');
    expect((await cli('slip', '--workspace', ws, '--article', draft.id)).stderr).toContain('Thiếu tệp kết quả (--out)');
    expect((await cli('slip', '--workspace', ws, '--out', 'a.pdf')).stderr).toContain('Thiếu mã bài viết');
  });
});
