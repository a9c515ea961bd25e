// royalty.* through dispatch over a real workspace: who may set the table, decide, read, close and
// reopen; effective-dated settings; decisions in "Lịch sử" and the audit chain; closed periods.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_ROYALTY_SETTINGS } from '../../core/royalties/example-table';
import type { Article, HistoryEntry } from '../../shared/article';
import type { Input, Output } from '../../shared/contract';
import type { Role } from '../../shared/accounts';
import type { AppEvent } from '../../shared/events';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { openApp, type App } from '../app';
import { ok, refusal } from './testing';

let dir: string;
let app: App;
let now = new Date('2026-12-03T02:00:00Z');
const ADMIN = { connectionId: 'test:admin' };
const HEAD = { connectionId: 'test:truongban' };
const DEPUTY = { connectionId: 'test:phoban' };
const SECRETARY = { connectionId: 'test:thuky' };
const EDITOR = { connectionId: 'test:bientap' };

const USERS: [string, string, Role, { connectionId: string }][] = [
  ['truongban', 'Trần Quốc Bảo', 'truong_ban', HEAD],
  ['phoban', 'Võ Thị Lan', 'pho_truong_ban', DEPUTY],
  ['thuky', 'Trần Thị Mai', 'thu_ky', SECRETARY],
  ['bientap', 'Lê Thị Thu Hà', 'bien_tap_vien', EDITOR]
];

beforeEach(async () => {
  now = new Date('2026-12-03T02:00:00Z');
  dir = mkdtempSync(join(tmpdir(), 'bbt-royalty-handlers-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: { clock: { now: () => now }, jobs: false, passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT } });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng', password: 'quantri-123' }, ADMIN));
  for (const [login, fullName, role, conn] of USERS) {
    await ok(app.dispatch('users.create', { login, fullName, position: '', roles: [role], password: `${login}-1234` }, ADMIN));
    await ok(app.dispatch('auth.login', { login, password: `${login}-1234` }, conn));
  }
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An article marked Đã xuất bản at a Viet Nam local time ("2026-11-20T09:00"). */
function published(title: string, articleType: string, at: string, photos = 0): Article {
  return app.services.articles.create(
    { title, author: 'Lê Thị Thu Hà', category: 'Kinh tế', articleType, publishAt: `${at}:00+07:00`, photoCount: { value: photos, overridden: true } },
    app.ctx.user,
    { status: 'da_xuat_ban' }
  );
}

const table = (over: Partial<typeof EXAMPLE_ROYALTY_SETTINGS> = {}): Input<'royalty.settings.save'> => ({
  fields: { ...EXAMPLE_ROYALTY_SETTINGS, example: false, basis: 'Quyết định số 12/2024/QĐ-UBND', ...over },
  effectiveFrom: '2026-01-01T00:00:00+07:00'
});

const decision = (over: Partial<Input<'royalty.decision.save'>['decision']> = {}): Input<'royalty.decision.save'>['decision'] => ({
  coefficient: '2',
  newsPhotos: 0,
  artPhotos: 0,
  newsPhotoCoefficient: '1.2',
  artPhotoCoefficient: '1.5',
  extras: [],
  payees: [{ userId: null, name: 'Lê Thị Thu Hà', part: 'text', sharePercent: '100' }],
  ...over
});

describe('royalty settings', () => {
  it('are saved by an admin only, checked, audited, and answer for the publication date', async () => {
    expect((await refusal(app.dispatch('royalty.settings.save', table(), HEAD))).message).toBe('Chỉ quản trị viên mới được sửa bảng nhuận bút.');
    const bad = await refusal(app.dispatch('royalty.settings.save', table({ articleTypes: [{ type: 'Bài', min: '2.5', max: '1.2' }, { type: 'bài', min: '1', max: '1' }] }), ADMIN));
    expect(bad.fields).toEqual({ 'articleTypes.0': 'Loại “Bài”: hệ số tối thiểu lớn hơn hệ số tối đa.', 'articleTypes.1.type': 'Loại bài viết “bài” có hai dòng trong bảng.' });
    expect(await ok(app.dispatch('royalty.settings.current', {}, SECRETARY))).toBeNull();

    const v1 = await ok<Output<'royalty.settings.save'>>(app.dispatch('royalty.settings.save', table({ unitPercent: '10,0' }), ADMIN));
    expect(v1.unitValue).toBe(234_000);
    expect(v1.unitPercent).toBe('10');
    const audit = await ok<Output<'audit.list'>>(app.dispatch('audit.list', { action: 'royalty.settings.save' }, ADMIN));
    expect(audit.items[0]!.description).toBe('Lưu bảng nhuận bút (áp dụng từ 01/01/2026): một đơn vị hệ số 234.000 đồng, cấp trang 100%, 11 loại bài viết');
    expect((await ok<Output<'royalty.settings.example'>>(app.dispatch('royalty.settings.example', {}, ADMIN))).example).toBe(true);
  });
});

describe('royalty decisions', () => {
  it('proposes the minimum and the article’s photos; the head decides; history and audit record it', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    const a = published('Khánh thành cầu Bình Hiệp', 'Bài', '2026-11-20T09:00', 2);
    const view = await ok<Output<'royalty.decision.get'>>(app.dispatch('royalty.decision.get', { articleId: a.id }, HEAD));
    expect(view.article.month).toBe('2026-11');
    expect(view.range).toEqual({ min: '1.2', max: '2.5' });
    expect(view.proposal).toMatchObject({ coefficient: '1.2', newsPhotos: 2, newsPhotoCoefficient: '1.2' });
    expect(view.proposal!.payees.map((p) => [p.name, p.part, p.userId !== null])).toEqual([['Lê Thị Thu Hà', 'text', true], ['Lê Thị Thu Hà', 'photo', true]]);
    expect(view).toMatchObject({ decision: null, editable: true, canDecide: true, blocked: null });

    const payees = [
      { userId: null, name: 'Lê Thị Thu Hà', part: 'text' as const, sharePercent: '60' },
      { userId: null, name: 'Phạm Minh Tuấn', part: 'text' as const, sharePercent: '40' },
      { userId: null, name: 'Hoàng Nam', part: 'photo' as const, sharePercent: '100' }
    ];
    const input = decision({ coefficient: '2,5', newsPhotos: 2, newsPhotoCoefficient: '1,5', payees });
    const preview = await ok<Output<'royalty.decision.preview'>>(app.dispatch('royalty.decision.preview', { articleId: a.id, decision: input }, HEAD));
    // text 2,5 × 234.000 = 585.000 → 351.000 + 234.000; photos 2 × 1,5 × 234.000 = 702.000
    expect(preview.payees.map((p) => p.amount)).toEqual([351_000, 234_000, 702_000]);
    const saved = await ok<Output<'royalty.decision.save'>>(app.dispatch('royalty.decision.save', { articleId: a.id, decision: input }, HEAD));
    expect(saved.decision!.amounts.total).toBe(1_287_000);
    expect(saved.decision!.input.coefficient).toBe('2.5');

    const history = await ok<HistoryEntry[]>(app.dispatch('article.history', { id: a.id }, HEAD));
    const line = history.find((h) => h.action === 'royalty.decide')!;
    expect(line.description).toBe(
      'Quyết định nhuận bút: hệ số 2,5, 2 ảnh; tổng 1.287.000 đồng (Lê Thị Thu Hà 351.000 đồng; Phạm Minh Tuấn 234.000 đồng; Hoàng Nam 702.000 đồng)'
    );
    expect(line.user.name).toBe('Trần Quốc Bảo');
    // The history line and the audit entry agree: the workspace still verifies.
    expect(app.verify().ok).toBe(true);
  });

  it('refuses a coefficient outside the range and bad splits with a Vietnamese message, storing nothing', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    const a = published('Họp báo quý IV', 'Tin', '2026-11-25T07:45');
    const out = await refusal(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1.5' }) }, HEAD));
    expect(out).toMatchObject({ code: 'INVALID_INPUT', message: 'Hệ số phải đúng 1 theo bảng hệ số đang áp dụng (đã nhập 1,5).' });
    const split = await refusal(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1', payees: [{ userId: null, name: 'A', part: 'text', sharePercent: '70' }] }) }, HEAD));
    expect(split.message).toBe('Tỷ lệ chia phần tác giả cộng lại phải bằng 100% (đang là 70%).');
    const schema = await refusal(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1.005' }) }, HEAD));
    expect(schema.code).toBe('INVALID_INPUT');
    expect((await ok<Output<'royalty.decision.get'>>(app.dispatch('royalty.decision.get', { articleId: a.id }, HEAD))).decision).toBeNull();
  });

  it('lets only the decider roles decide and the board’s leaders, secretary and admins read', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    const a = published('Họp báo quý IV', 'Tin', '2026-11-25T07:45');
    const save = (conn: { connectionId: string }) => app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1' }) }, conn);
    for (const conn of [ADMIN, DEPUTY, SECRETARY, EDITOR]) expect((await refusal(save(conn))).message).toBe('Chỉ Trưởng ban mới được quyết định nhuận bút.');
    expect((await ok<Output<'royalty.decision.get'>>(app.dispatch('royalty.decision.get', { articleId: a.id }, SECRETARY))).canDecide).toBe(false);
    for (const method of ['royalty.decision.get', 'royalty.articles', 'royalty.report', 'royalty.export'] as const) {
      const input = { articleId: a.id, period: '2026-11', format: 'xlsx' };
      expect((await refusal(app.dispatch(method, input, EDITOR))).message, method).toBe('Chỉ Thư ký, Phó trưởng ban, Trưởng ban hoặc Quản trị mới được xem nhuận bút.');
    }
    // A table that lets the deputy decide too.
    await ok(app.dispatch('royalty.settings.save', { ...table({ deciderRoles: ['truong_ban', 'pho_truong_ban'] }), effectiveFrom: undefined }, ADMIN));
    await ok(save(DEPUTY));
    expect((await refusal(save(SECRETARY))).message).toBe('Chỉ Trưởng ban hoặc Phó trưởng ban mới được quyết định nhuận bút.');
  });

  it('tells each user what they may do, following the table’s decider roles (the menu and screens ask this)', async () => {
    const access = async (conn: { connectionId: string }) => ok<Output<'royalty.access'>>(app.dispatch('royalty.access', {}, conn));
    expect(await access(HEAD)).toEqual({ read: true, decide: true, close: true, admin: false });
    expect(await access(ADMIN)).toEqual({ read: true, decide: false, close: false, admin: true });
    expect(await access(SECRETARY)).toEqual({ read: true, decide: false, close: false, admin: false });
    expect(await access(EDITOR)).toEqual({ read: false, decide: false, close: false, admin: false });
    // A table that gives the decision to the editors: they may now read royalties too, as the handlers let them.
    // Open windows are told to ask again (the menu follows without a new login); a refused save tells nobody.
    const events: AppEvent[] = [];
    const stop = app.events.subscribe((e) => events.push(e));
    await refusal(app.dispatch('royalty.settings.save', table({ deciderRoles: ['truong_ban', 'bien_tap_vien'] }), HEAD));
    expect(events).toEqual([]);
    await ok(app.dispatch('royalty.settings.save', table({ deciderRoles: ['truong_ban', 'bien_tap_vien'] }), ADMIN));
    stop();
    expect(events).toEqual([{ type: 'settings.changed', payload: { area: 'royalties' } }]);
    expect(await access(EDITOR)).toEqual({ read: true, decide: true, close: false, admin: false });
    await ok(app.dispatch('royalty.report', { period: '2026-11' }, EDITOR));
    expect((await refusal(app.dispatch('royalty.access', {}, { connectionId: 'test:nobody' }))).code).toBe('UNAUTHENTICATED');
  });

  it('uses the table in force on the publication date; a later table changes no decision', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    await ok(app.dispatch('royalty.settings.save', { ...table({ baseSalary: 2_530_000 }), effectiveFrom: '2026-11-22T00:00:00+07:00' }, ADMIN));
    const before = published('Tin ngày 21', 'Tin', '2026-11-21T23:59');
    const after = published('Tin ngày 22', 'Tin', '2026-11-22T00:00');
    for (const a of [before, after]) await ok(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1' }) }, HEAD));
    await ok(app.dispatch('royalty.settings.save', { ...table({ baseSalary: 3_000_000 }), effectiveFrom: '2026-11-01T00:00:00+07:00' }, ADMIN));
    const report = await ok<Output<'royalty.report'>>(app.dispatch('royalty.report', { period: '2026-11' }, SECRETARY));
    expect(report.people[0]!.rows.map((r) => [r.title, r.amount])).toEqual([['Tin ngày 21', 234_000], ['Tin ngày 22', 253_000]]);
    expect(report.settingsVersions.map((v) => v.unitValue)).toEqual([234_000, 253_000]);
  });

  it('refuses articles that were never published, and tables missing for the date', async () => {
    const draft = app.services.articles.create({ title: 'Bản nháp', articleType: 'Tin' }, app.ctx.user);
    expect((await refusal(app.dispatch('royalty.decision.get', { articleId: draft.id }, HEAD))).message).toBe('Bài viết chưa được xuất bản nên chưa tính nhuận bút.');
    const a = published('Tin cũ', 'Tin', '2026-11-02T08:00');
    const view = await ok<Output<'royalty.decision.get'>>(app.dispatch('royalty.decision.get', { articleId: a.id }, HEAD));
    expect(view.blocked).toBe('Chưa có bảng nhuận bút áp dụng cho ngày xuất bản 02/11/2026: Quản trị cần lưu bảng hệ số (Cài đặt › Nhuận bút) có hiệu lực từ ngày đó trở về trước.');
    expect((await refusal(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1' }) }, HEAD))).code).toBe('CONFLICT');
  });
});

describe('royalty periods', () => {
  it('closing freezes the month; only an admin reopens, with a reason; both are audited', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    const a = published('Họp báo quý IV', 'Tin', '2026-11-25T07:45');
    const save = () => app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1' }) }, HEAD);
    await ok(save());
    expect((await refusal(app.dispatch('royalty.period.close', { period: '2026-11' }, SECRETARY))).message).toBe('Chỉ Trưởng ban mới được chốt kỳ nhuận bút.');
    const closed = await ok<Output<'royalty.period.close'>>(app.dispatch('royalty.period.close', { period: '2026-11' }, HEAD));
    expect(closed).toMatchObject({ period: '2026-11', label: 'Tháng 11/2026', closed: true, lastChange: { action: 'close', by: 'Trần Quốc Bảo' } });
    expect((await refusal(save())).message).toBe('Kỳ nhuận bút tháng 11/2026 (hoặc quý của tháng đó) đã chốt: quyết định nhuận bút của bài này không sửa được nữa.');
    expect((await ok<Output<'royalty.decision.get'>>(app.dispatch('royalty.decision.get', { articleId: a.id }, HEAD))).editable).toBe(false);
    expect((await refusal(app.dispatch('royalty.period.close', { period: '2026-11' }, HEAD))).message).toBe('Tháng 11/2026 đã chốt nhuận bút.');

    expect((await refusal(app.dispatch('royalty.period.reopen', { period: '2026-11', reason: 'Sửa hệ số' }, HEAD))).message).toBe('Chỉ Quản trị mới được mở lại kỳ nhuận bút đã chốt.');
    expect((await refusal(app.dispatch('royalty.period.reopen', { period: '2026-11', reason: '  ' }, ADMIN))).code).toBe('INVALID_INPUT');
    const reopened = await ok<Output<'royalty.period.reopen'>>(app.dispatch('royalty.period.reopen', { period: '2026-11', reason: 'Sửa hệ số bài họp báo' }, ADMIN));
    expect(reopened).toMatchObject({ closed: false, lastChange: { action: 'reopen', reason: 'Sửa hệ số bài họp báo' } });
    await ok(save());
    const audit = await ok<Output<'audit.list'>>(app.dispatch('audit.list', { action: 'royalty.period' }, ADMIN));
    expect(audit.items.map((e) => e.description)).toEqual(['Mở lại kỳ nhuận bút Tháng 11/2026: Sửa hệ số bài họp báo', 'Chốt kỳ nhuận bút Tháng 11/2026']);
  });

  it('a closed quarter freezes its months; a month cannot be reopened alone; reopening the quarter reopens its months', async () => {
    await ok(app.dispatch('royalty.settings.save', table(), ADMIN));
    const a = published('Tin tháng 10', 'Tin', '2026-10-05T08:00');
    await ok(app.dispatch('royalty.period.close', { period: '2026-10' }, HEAD));
    await ok(app.dispatch('royalty.period.close', { period: '2026-Q4' }, HEAD));
    expect((await ok<Output<'royalty.period.get'>>(app.dispatch('royalty.period.get', { period: '2026-12' }, SECRETARY))).closed).toBe(true);
    expect((await refusal(app.dispatch('royalty.period.reopen', { period: '2026-12', reason: 'x' }, ADMIN))).message).toBe('Quý IV/2026 đã chốt: hãy mở lại cả quý (2026-Q4).');
    await ok(app.dispatch('royalty.period.reopen', { period: '2026-Q4', reason: 'Bổ sung bài tháng 10' }, ADMIN));
    expect((await ok<Output<'royalty.period.get'>>(app.dispatch('royalty.period.get', { period: '2026-10' }, SECRETARY))).closed).toBe(false);
    await ok(app.dispatch('royalty.decision.save', { articleId: a.id, decision: decision({ coefficient: '1' }) }, HEAD));
  });
});
