// bulletinProfile.* and bulletin.* through dispatch over a real workspace: who may do what, the
// numbering, which articles an issue may hold, audit entries, and a real print of a composed issue.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, ArticleStatus } from '../../shared/article';
import type { Input, Output } from '../../shared/contract';
import { SAMPLE_BULLETIN_PROFILE } from '../sample/bulletin';
import { openApp, type App } from '../app';
import { ok, refusal } from './testing';

let dir: string;
let app: App;
const ADMIN = { connectionId: 'test:admin' };
const SECRETARY = { connectionId: 'test:thuky' };
const WRITER = { connectionId: 'test:ctv' };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-bulletin-handlers-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { clock: { now: () => new Date('2026-12-03T02:00:00Z') } } });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'thuky', fullName: 'Trần Thị Mai', position: 'Thư ký', roles: ['thu_ky'], password: 'thuky-1234' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'ctv', fullName: 'Lê Văn Tư', position: 'Cộng tác viên', roles: ['cong_tac_vien'], password: 'ctv-12345' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'thuky', password: 'thuky-1234' }, SECRETARY));
  await ok(app.dispatch('auth.login', { login: 'ctv', password: 'ctv-12345' }, WRITER));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

function article(title: string, status: ArticleStatus): Article {
  return app.services.articles.create({ title, summary: `Tóm tắt: ${title}.`, author: 'Minh Tâm', category: 'Kinh tế' }, app.ctx.user, { status });
}

const profileInput = (): Input<'bulletinProfile.save'> => ({ fields: SAMPLE_BULLETIN_PROFILE, effectiveFrom: '2025-03-10T00:00:00+07:00' });

describe('bulletinProfile', () => {
  it('is saved by an admin only, with every imprint line required, and audited', async () => {
    expect((await refusal(app.dispatch('bulletinProfile.save', profileInput(), SECRETARY))).code).toBe('FORBIDDEN');
    const missing = await refusal(app.dispatch('bulletinProfile.save', { fields: { ...SAMPLE_BULLETIN_PROFILE, licenceNumber: ' ', printRun: 'nhiều' } }, ADMIN));
    expect(missing.fields).toEqual({ licenceNumber: 'Hãy nhập giấy phép xuất bản số.', printRun: 'Số lượng in là một số, ví dụ 1.000 (bản).' });
    const badDate = await refusal(app.dispatch('bulletinProfile.save', { fields: { ...SAMPLE_BULLETIN_PROFILE, licenceDate: '31/02/2025' } }, ADMIN));
    expect(badDate.message).toBe('Ngày cấp giấy phép phải theo dạng ngày/tháng/năm, ví dụ 15/03/2024.');
    const margins = await refusal(app.dispatch('bulletinProfile.save', { fields: { ...SAMPLE_BULLETIN_PROFILE, margins: { top: 5, right: 15, bottom: 20, left: 18 } } }, ADMIN));
    expect(margins.code).toBe('INVALID_INPUT');

    const saved = await ok<Output<'bulletinProfile.save'>>(app.dispatch('bulletinProfile.save', { fields: { ...SAMPLE_BULLETIN_PROFILE, name: ' Kie\u0302\u0301n Tường ' } }, ADMIN));
    expect(saved.name).toBe('Kiến Tường');
    expect(await ok(app.dispatch('bulletinProfile.current', {}, SECRETARY))).toEqual(saved);
    const audit = await ok<Output<'audit.list'>>(app.dispatch('audit.list', { action: 'bulletin.profile.save' }, ADMIN));
    expect(audit.items[0]!.description).toContain('Lưu thông tin bản tin (áp dụng từ 03/12/2026): Kiến Tường; giấy phép 15/GP-XBBT');
  });

  it('keeps old versions: an issue prints with the licence in force on its date', async () => {
    await ok(app.dispatch('bulletinProfile.save', profileInput(), ADMIN));
    await ok(app.dispatch('bulletinProfile.save', { fields: { ...SAMPLE_BULLETIN_PROFILE, licenceNumber: '20/GP-XBBT' }, effectiveFrom: '2026-06-01T00:00:00+07:00' }, ADMIN));
    expect(app.services.bulletinProfile.forDate('2026-01-15T12:00:00+07:00')!.licenceNumber).toBe('15/GP-XBBT');
    expect(app.services.bulletinProfile.forDate('2026-12-03T12:00:00+07:00')!.licenceNumber).toBe('20/GP-XBBT');
    expect(app.services.bulletinProfile.forDate('2024-01-01T12:00:00+07:00')!.licenceNumber).toBe('15/GP-XBBT');
    expect(await ok<unknown[]>(app.dispatch('bulletinProfile.history', {}, SECRETARY))).toHaveLength(2);
  });
});

describe('bulletin issues', () => {
  it('numbers issues from 1, dated today in Viet Nam, and lets only the board compose them', async () => {
    expect((await refusal(app.dispatch('bulletin.create', {}, WRITER))).message).toContain('Chỉ biên tập viên, thành viên, thư ký');
    const first = await ok<Output<'bulletin.create'>>(app.dispatch('bulletin.create', {}, SECRETARY));
    const second = await ok<Output<'bulletin.create'>>(app.dispatch('bulletin.create', { date: '2027-01-05' }, SECRETARY));
    expect([first.number, first.date, second.number, second.date]).toEqual([1, '2026-12-03', 2, '2027-01-05']);
    expect((await ok<Output<'bulletin.list'>>(app.dispatch('bulletin.list', {}, WRITER))).map((i) => i.number)).toEqual([2, 1]);
  });

  it('takes signed-off and published articles only, each once, and records every save', async () => {
    const approved = article('Hội nghị tổng kết công tác năm 2026', 'da_duyet');
    const published = article('Xã Bình Hiệp đạt chuẩn nông thôn mới', 'da_xuat_ban');
    const draft = article('Bài đang viết', 'nhap');
    const candidates = await ok<Output<'bulletin.candidates'>>(app.dispatch('bulletin.candidates', {}, SECRETARY));
    expect(candidates.map((c) => c.id).sort()).toEqual([approved.id, published.id].sort());

    const issue = await ok<Output<'bulletin.create'>>(app.dispatch('bulletin.create', {}, SECRETARY));
    const save = (sections: { title: string; articleIds: string[] }[], who = SECRETARY) => app.dispatch('bulletin.save', { id: issue.id, date: issue.date, sections }, who);
    expect((await refusal(save([{ title: 'Tin', articleIds: [draft.id] }]))).message).toBe(
      'Bài "Bài đang viết" đang ở trạng thái "Nháp": chỉ đưa vào bản tin bài đã duyệt hoặc đã xuất bản.'
    );
    expect((await refusal(save([{ title: 'A', articleIds: [approved.id] }, { title: 'B', articleIds: [approved.id] }]))).message).toContain('có hai lần trong bản tin');
    expect((await refusal(save([{ title: 'A', articleIds: [approved.id] }], WRITER))).code).toBe('FORBIDDEN');

    const saved = await ok<Output<'bulletin.save'>>(save([{ title: ' Kinh tế ', articleIds: [published.id, approved.id] }]));
    expect(saved.sections).toEqual([{ title: 'Kinh tế', articleIds: [published.id, approved.id] }]);
    expect(saved.draft).toBe(false);
    expect(saved.articles.map((a) => a.title)).toEqual(['Xã Bình Hiệp đạt chuẩn nông thôn mới', 'Hội nghị tổng kết công tác năm 2026']);
    const audit = await ok<Output<'audit.list'>>(app.dispatch('audit.list', { action: 'bulletin.save' }, ADMIN));
    expect(audit.items[0]!.description).toBe('Lưu bản tin Số 1 (03/12/2026): 2 bài');
  });

  it('composes a draft issue from any articles in the given order (the command line)', () => {
    const draft = article('Bài chưa duyệt', 'cho_duyet');
    const approved = article('Bài đã duyệt', 'da_duyet');
    const issue = app.services.bulletins.composeFrom([draft.id, approved.id], app.ctx.user);
    expect(issue.sections).toEqual([{ title: '', articleIds: [draft.id, approved.id] }]);
    expect(issue.draft).toBe(true);
    expect(() => app.services.bulletins.composeFrom(['khong-co'], app.ctx.user)).toThrow('Không tìm thấy bài viết khong-co.');
  });

  it('prints an issue through dispatch with the real Chromium: a PDF whose contents name its articles', async () => {
    await ok(app.dispatch('bulletinProfile.save', profileInput(), ADMIN));
    const a = article('Đẩy mạnh chuyển đổi số trong cơ quan nhà nước', 'da_duyet');
    const issue = await ok<Output<'bulletin.create'>>(app.dispatch('bulletin.create', {}, SECRETARY));
    expect((await refusal(app.dispatch('bulletin.print', { id: issue.id }, SECRETARY))).message).toBe('Bản tin Số 1 chưa có bài nào; hãy thêm bài trước khi in.');
    await ok(app.dispatch('bulletin.save', { id: issue.id, date: issue.date, sections: [{ title: 'Chuyển đổi số', articleIds: [a.id] }] }, SECRETARY));
    const printed = await ok<Output<'bulletin.print'>>(app.dispatch('bulletin.print', { id: issue.id }, WRITER));
    expect(printed.fileName).toBe('ban-tin-so-1.pdf');
    const file = join(dir, printed.fileName);
    writeFileSync(file, Buffer.from(printed.dataBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Chuyển đổi số Đẩy mạnh chuyển đổi số trong cơ quan nhà nước 2');
    expect(printed.pageCount).toBe(2);
  }, 60_000);
});
