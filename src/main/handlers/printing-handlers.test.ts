// print.article through dispatch: any logged-in user, the PDF back as base64 with its file name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import type { Output } from '../../shared/contract';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openApp, type App } from '../app';
import { ok } from './testing';

let dir: string;
let app: App;
const printed: { html: string; footer?: string }[] = [];
const ADMIN = { connectionId: 'test:admin' };
const MEMBER = { connectionId: 'test:member' };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-print-handlers-'));
  printed.length = 0;
  app = openApp({
    workspaceDir: dir,
    mode: 'browser',
    log: () => {},
    overrides: { pdf: { render: async (html, opts) => (printed.push({ html, footer: opts.footer }), new TextEncoder().encode('%PDF-1.4 giả')) } }
  });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng', password: 'quantri-123', alsoEditor: true }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'thanhvien', fullName: 'Trần Thị Mai', position: 'Chuyên viên', roles: ['thanh_vien'], password: 'thanhvien-123' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'thanhvien', password: 'thanhvien-123' }, MEMBER));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('print.article', () => {
  it('gives any logged-in user the PDF and its file name; refuses without a session', async () => {
    app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00+07:00', app.ctx.user);
    const article = await ok<Article>(app.dispatch('article.create', { fields: { title: 'Hội nghị tổng kết công tác năm 2025' } }, ADMIN));
    const r = await ok<Output<'print.article'>>(app.dispatch('print.article', { articleId: article.id }, MEMBER));
    expect(r.fileName).toBe('hoi-nghi-tong-ket-cong-tac-nam-2025.pdf');
    expect(Buffer.from(r.dataBase64, 'base64').toString('utf8')).toBe('%PDF-1.4 giả');
    expect(printed[0]!.footer).toBe('ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG');
    expect(printed[0]!.html).toContain('<h1 class="title">Hội nghị tổng kết công tác năm 2025</h1>');

    const refused = await app.dispatch('print.article', { articleId: article.id }, { connectionId: 'test:nobody' });
    expect(refused.ok).toBe(false);
  });

  it('explains that the agency profile is needed first', async () => {
    const article = await ok<Article>(app.dispatch('article.create', { fields: { title: 'Tin' } }, ADMIN));
    const r = await app.dispatch('print.article', { articleId: article.id }, MEMBER);
    expect(r.ok ? null : r.error.message).toContain('Chưa có hồ sơ cơ quan');
  });
});

describe('print.slip', () => {
  it('prints the approval slip of a signed article for any logged-in user and records who printed it; refuses an unsigned one', async () => {
    const sampleDir = mkdtempSync(join(tmpdir(), 'bbt-slip-handlers-'));
    const slips: string[] = [];
    const sample = openApp({
      workspaceDir: sampleDir,
      mode: 'browser',
      sample: true,
      samplePassword: 'mat-khau-mau-1',
      log: () => {},
      overrides: { pdf: { render: async (html) => (slips.push(html), new TextEncoder().encode('%PDF-1.4 phiếu')) } }
    });
    try {
      await ok(sample.dispatch('auth.login', { login: 'thanhvien', password: 'mat-khau-mau-1' }, MEMBER));
      const items = sample.services.articles.list({ sort: 'createdAt', direction: 'asc', offset: 0, limit: 50 }).items;
      const signed = items.find((a) => a.status === 'da_duyet')!;
      const r = await ok<Output<'print.slip'>>(sample.dispatch('print.slip', { articleId: signed.id }, MEMBER));
      expect(r.fileName).toMatch(/^phieu-duyet-.*\.pdf$/);
      expect(Buffer.from(r.dataBase64, 'base64').toString('utf8')).toBe('%PDF-1.4 phiếu');
      expect(slips[0]).toContain('PHIẾU DUYỆT TIN BÀI');
      expect(slips[0]).toContain('<strong>Trần Quốc Bảo</strong> – Phó Chủ tịch UBND thị xã');
      const entry = sample.store.audit.list({ action: 'print.slip', offset: 0, limit: 5 }).items[0]!;
      expect(entry).toMatchObject({ articleId: signed.id, user: { name: 'Phạm Minh Tuấn' } });
      expect(slips[0]).toContain(`;s=${entry.seq};c=${entry.hash};`);

      const draft = items.find((a) => a.status === 'nhap')!;
      const refused = await sample.dispatch('print.slip', { articleId: draft.id }, MEMBER);
      expect(refused.ok ? null : refused.error.message).toContain('chưa được ký duyệt');
      expect((await sample.dispatch('print.slip', { articleId: signed.id }, { connectionId: 'test:nobody' })).ok).toBe(false);
    } finally {
      sample.close();
      rmSync(sampleDir, { recursive: true, force: true });
    }
  }, 30_000);
});
