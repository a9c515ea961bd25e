// Versions over a real workspace: timeline, snapshots, "Lưu phiên bản", workflow versions, "Khôi phục"
// as a new version (edit rules and sign-off voiding apply), retention settings (admin only, audited).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsBody } from '../../../core/testing/body';
import { VersionService } from '../../../core/versions/version-service';
import { AppError, ErrorCode } from '../../../shared/errors';
import { versionHandlers } from '../../handlers/version-handlers';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../../workflow/testing';
import { uuidV7Ids } from '../system';
import { SqliteVersionRepository } from './version-repository';

let f: WorkflowFixture;
let versions: VersionService;
let t = 0;
const step = () => {
  f.advance(60_000);
  t += 60_000;
};

beforeEach(() => {
  f = openWorkflowFixture();
  t = Date.parse('2026-11-20T01:00:00.000Z');
  versions = new VersionService({
    versions: new SqliteVersionRepository(f.store.db),
    articles: f.articles,
    history: f.store.history,
    audit: f.composed.audit,
    tx: f.store.tx,
    clock: { now: () => new Date(t) },
    ids: uuidV7Ids
  });
});
afterEach(() => f.close());

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('version timeline', () => {
  it('lists autosaves, named versions and workflow transitions newest first; any version opens read-only', async () => {
    const { ctv } = f.users;
    let a = f.articleIn('nhap', 'ctv', { title: 'Bản đầu tiên' });
    step();
    a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: 'Bản thứ hai' }, ctv);
    step();
    const named = versions.saveNamed(a.id, '  Bản gửi phòng Văn hóa ', ctv);
    expect(named).toMatchObject({ kind: 'named', number: 2, note: 'Bản gửi phòng Văn hóa', createdBy: { name: ctv.name }, status: 'nhap' });
    step();
    a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: 'Bản thứ ba' }, ctv);
    step();
    await ok(f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, ctv));

    // One entry per revision: the name and the transition replace the plain autosave of their revision.
    const list = versions.list(a.id);
    expect(list.map((v) => [v.kind, v.number, v.note])).toEqual([
      ['workflow', 3, 'Gửi duyệt'],
      ['named', 2, 'Bản gửi phòng Văn hóa'],
      ['autosave', 1, '']
    ]);
    expect(list[0]?.status).toBe('cho_bien_tap');
    expect(list[0]?.revisionId).toBe(a.revisionId);
    const first = list[2]!;
    expect(versions.get(a.id, first.id)).toMatchObject({ title: 'Bản đầu tiên', version: 1, status: 'nhap' });
    expect(versions.get(a.id, named.id).title).toBe('Bản thứ hai');
    // The hidden autosave id of a labelled revision still opens it (links and CLI output keep working).
    expect(versions.get(a.id, named.revisionId).title).toBe('Bản thứ hai');
    expect(versions.get(a.id, list[0]!.id).title).toBe('Bản thứ ba');
    expect(code(() => versions.get(a.id, 'khong-co'))).toBe(ErrorCode.NOT_FOUND);
    const other = f.articleIn('nhap');
    expect(code(() => versions.get(other.id, first.id))).toBe(ErrorCode.NOT_FOUND);
    expect(f.store.history.list(a.id).map((h) => h.description)).toContain('Lưu phiên bản 2: Bản gửi phòng Văn hóa');
  });
});

describe('restore', () => {
  it('restores an old version as a new one, voids the sign-off and records it in history and audit', async () => {
    const { ctv, tv, tb } = f.users;
    let a = f.articleIn('nhap', 'ctv', { title: 'Tiêu đề gốc', summary: 'Tóm tắt gốc' });
    step();
    a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: 'Tiêu đề đã sửa', summary: 'Tóm tắt đã sửa' }, ctv);
    step();
    await ok(f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, ctv));
    await ok(f.call('workflow.act', { articleId: a.id, action: 'chuyen-trinh-duyet' }, tv));
    await ok(f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, tb));
    // Three transitions on revision 2 show once, as the latest.
    expect(versions.list(a.id).map((v) => [v.kind, v.number, v.note])).toEqual([
      ['workflow', 2, 'Ký duyệt'],
      ['autosave', 1, '']
    ]);
    const first = versions.list(a.id).find((v) => v.number === 1)!;

    // The author may not edit an approved article, so may not restore either; nothing is written.
    expect(code(() => versions.restore(a.id, first.id, ctv))).toBe(ErrorCode.FORBIDDEN);
    expect(f.articles.get(a.id).version).toBe(2);

    step();
    const restored = versions.restore(a.id, first.id, tb);
    expect(restored).toMatchObject({ version: 3, title: 'Tiêu đề gốc', summary: 'Tóm tắt gốc', status: 'cho_duyet' });
    expect(f.articles.get(a.id).contentHash).toBe(versions.get(a.id, first.id).contentHash);
    const top = versions.list(a.id)[0]!;
    expect(top).toMatchObject({ kind: 'restore', number: 3, note: 'Khôi phục từ phiên bản 1', createdBy: { name: tb.name } });
    // History is never rewritten: versions 1 and 2 still read as they were.
    expect(versions.get(a.id, versions.list(a.id).find((v) => v.number === 2)!.id).title).toBe('Tiêu đề đã sửa');
    expect(f.store.history.list(a.id).map((h) => h.description)).toContain('Khôi phục từ phiên bản 1');
    const audit = f.composed.audit.list({ articleId: a.id, limit: 50, offset: 0 }).items.map((e) => e.action);
    expect(audit).toContain('version.restore');
    expect(audit).toContain('workflow.tu-dong-huy-duyet');
    expect(f.composed.verify()).toMatchObject({ ok: true });
    expect(code(() => versions.restore(a.id, first.id, tb))).toBe(ErrorCode.CONFLICT);
  });
});

describe('restore with attachments', () => {
  it('brings back the attachments of the restored version in one new version; refuses when a file is gone', () => {
    const { ctv } = f.users;
    let a = f.articleIn('nhap', 'ctv', { title: 'Kế hoạch có tệp' });
    step();
    a = f.articles.addAttachment(a.id, { name: 'Kế hoạch.pdf', mime: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70, 1]) }, ctv);
    const withFile = versions.list(a.id)[0]!;
    step();
    a = f.articles.removeAttachment(a.id, a.attachments[0]!.id, ctv);
    step();
    a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), title: 'Kế hoạch đã sửa' }, ctv);
    step();
    const restored = versions.restore(a.id, withFile.id, ctv);
    expect(restored).toMatchObject({ version: 5, title: 'Kế hoạch có tệp', contentHash: withFile.contentHash });
    expect(f.articles.get(a.id).attachments.map((x) => x.name)).toEqual(['Kế hoạch.pdf']);
    expect(versions.list(a.id)[0]).toMatchObject({ kind: 'restore', number: 5 });

    step();
    a = f.articles.removeAttachment(a.id, restored.attachments[0]!.id, ctv);
    const hash = restored.attachments[0]!.hash;
    rmSync(join(f.dir, 'media', hash.slice(0, 2), hash));
    expect(() => versions.restore(a.id, withFile.id, ctv)).toThrow('Tệp đính kèm “Kế hoạch.pdf” không còn');
    expect(f.articles.get(a.id).version).toBe(6);
  });
});

describe('handlers', () => {
  it('retention is admin-only and audited; saveNamed and restore act as the session user', async () => {
    const h = versionHandlers({ versions, compare: undefined as never, articles: f.articles });
    const { qt, ctv } = f.users;
    const ctx = (user: typeof qt) => ({ user, connectionId: 'test' });
    expect(await h['version.retention.get']({}, ctx(qt))).toEqual({ keepAllHours: 24, hourlyForDays: 14 });
    await expect(h['version.retention.save']({ keepAllHours: 6, hourlyForDays: 30 }, ctx(ctv))).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await expect(h['version.retention.get']({}, ctx(ctv))).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    await h['version.retention.save']({ keepAllHours: 6, hourlyForDays: 30 }, ctx(qt));
    expect(await h['version.retention.get']({}, ctx(qt))).toEqual({ keepAllHours: 6, hourlyForDays: 30 });
    const entry = f.composed.audit.list({ action: 'version.retention.save', limit: 5, offset: 0 }).items[0];
    expect(entry).toMatchObject({ user: { name: qt.name } });
    expect(entry?.description).toContain('6 giờ');

    // "Dọn bản lưu cũ ngay": admin only, audited as the administrator.
    await expect(h['version.retention.apply']({}, ctx(ctv))).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, message: expect.stringContaining('Chỉ quản trị viên') });
    const old = f.articleIn('nhap', 'ctv', { title: 'Bản 0' });
    let cur = old;
    for (let i = 1; i <= 3; i++) {
      f.advance(60_000);
      cur = f.articles.save(cur.id, cur.revisionId, { ...f.fieldsOf(cur), title: `Bản ${i}` }, ctv);
    }
    t += 30 * 24 * 3_600_000;
    expect(await h['version.retention.apply']({}, ctx(qt))).toMatchObject({ revisions: 3 });
    expect(f.composed.audit.list({ action: 'version.prune', limit: 5, offset: 0 }).items[0]).toMatchObject({ user: { name: qt.name } });

    const a = f.articleIn('nhap', 'ctv');
    const v = await h['version.saveNamed']({ articleId: a.id, note: '' }, ctx(ctv));
    expect(v).toMatchObject({ kind: 'named', note: '', createdBy: { id: ctv.id } });
    expect((await h['version.list']({ articleId: a.id }, ctx(ctv))).map((x) => x.kind)).toEqual(['named']);
  });
});

describe('retention', () => {
  it('thins old autosaves to one per day, keeps named and signed versions exact, and audits the pruning', async () => {
    const { btv, tv, tb, qt } = f.users;
    versions.saveRetention(qt, { keepAllHours: 24, hourlyForDays: 1 });
    let a = f.articleIn('nhap', 'btv', { body: paragraphsBody(['Mở đầu bài viết.']) });
    const bodies = new Map<string, string>([[a.revisionId, a.body.json]]);
    const HOURS_3 = 3 * 3_600_000;
    let named = '';
    for (let i = 1; i <= 40; i++) {
      f.advance(HOURS_3);
      t += HOURS_3;
      a = f.articles.save(a.id, a.revisionId, { ...f.fieldsOf(a), body: paragraphsBody(['Mở đầu bài viết.', `Đoạn sửa lần thứ ${i} với nội dung riêng của lần này.`]) }, btv);
      bodies.set(a.revisionId, a.body.json);
      if (i === 5) named = versions.saveNamed(a.id, 'Bản có số liệu', btv).id;
    }
    await ok(f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, btv));
    await ok(f.call('workflow.act', { articleId: a.id, action: 'chuyen-trinh-duyet' }, tv));
    await ok(f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, tb));
    const before = versions.list(a.id).filter((v) => v.kind === 'autosave');
    const chunksBefore = (f.store.db.prepare('SELECT count(*) AS n FROM revision_blocks').get() as { n: number }).n;

    const result = versions.applyRetention();
    expect(result.revisions).toBeGreaterThan(20);
    expect(result.chunks).toBeGreaterThan(0);
    expect((f.store.db.prepare('SELECT count(*) AS n FROM revision_blocks').get() as { n: number }).n).toBe(chunksBefore - result.chunks);
    const after = versions.list(a.id);
    expect(after.filter((v) => v.kind === 'autosave').length).toBe(before.length - result.revisions);
    // 40 saves over 5 days: older than a day leaves at most one autosave per Vietnamese day.
    expect(after.filter((v) => v.kind === 'autosave').length).toBeLessThan(15);
    // Everything still listed reads back exactly; the named version and the signed one survive.
    for (const v of after) {
      const snap = versions.get(a.id, v.id);
      expect(snap.body.json).toBe(bodies.get(snap.revisionId));
    }
    expect(versions.get(a.id, named).body.json).toContain('lần thứ 5 ');
    const thinned = before.find((v) => !after.some((x) => x.id === v.id))!;
    expect(code(() => versions.get(a.id, thinned.id))).toBe(ErrorCode.NOT_FOUND);
    expect(f.composed.verify()).toMatchObject({ ok: true });
    const audit = f.composed.audit.list({ action: 'version.prune', limit: 5, offset: 0 }).items;
    expect(audit[0]?.description).toContain(`Lược bớt ${result.revisions} bản lưu tự động`);
    // Running it again finds nothing more to thin.
    expect(versions.applyRetention()).toEqual({ revisions: 0, chunks: 0 });
  });
});
