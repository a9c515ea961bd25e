// The role × state × action matrix, run against the handlers over a real workspace database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article';
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/workflow';
import { openWorkflowFixture, PASSWORD, PEOPLE, type Person, type WorkflowFixture } from './testing';

// Who may take each action from each state: A author (ctv, btv), R reviewer (tv, tk), P approver
// (ptb, tb), Q admin (qt). A state not listed: nobody (refusal STATE); listed but not you: ROLE.
const ALLOWED: Record<WorkflowAction, Partial<Record<ArticleStatus, string>>> = {
  'gui-duyet': { nhap: 'A', tra_lai: 'A' },
  'chuyen-trinh-duyet': { cho_bien_tap: 'R' },
  'tra-lai': { cho_bien_tap: 'R', cho_duyet: 'RP', da_duyet: 'P' },
  'ky-duyet': { cho_duyet: 'P' },
  'huy-duyet': { da_duyet: 'P' },
  'luu-tru': { nhap: 'APQ', tra_lai: 'APQ', cho_bien_tap: 'PQ', cho_duyet: 'PQ', da_duyet: 'PQ', da_go: 'PQ' },
  'sua-bai-da-dang': { da_xuat_ban: 'RP', hen_gio: 'RP' }
};

const TARGET: Record<WorkflowAction, ArticleStatus> = {
  'gui-duyet': 'cho_bien_tap',
  'chuyen-trinh-duyet': 'cho_duyet',
  'tra-lai': 'tra_lai',
  'ky-duyet': 'da_duyet',
  'huy-duyet': 'cho_duyet',
  'luu-tru': 'luu_tru',
  'sua-bai-da-dang': 'cho_duyet'
};

// Who may edit the content in each state (approved content may be edited: that voids the sign-off).
const EDIT: Record<ArticleStatus, string> = {
  nhap: 'A', tra_lai: 'A', cho_bien_tap: 'R', cho_duyet: 'RP', da_duyet: 'RP', hen_gio: '', da_xuat_ban: '', da_go: '', luu_tru: ''
};

const LETTER: Record<(typeof PEOPLE)[Person]['role'], string> = {
  cong_tac_vien: 'A', bien_tap_vien: 'A', thanh_vien: 'R', thu_ky: 'R', pho_truong_ban: 'P', truong_ban: 'P', quan_tri: 'Q'
};

function expected(who: string | undefined, person: Person): 'ok' | 'ROLE' | 'STATE' {
  if (!who) return 'STATE';
  return who.includes(LETTER[PEOPLE[person].role]) ? 'ok' : 'ROLE';
}

const persons = Object.keys(PEOPLE) as Person[];

let f: WorkflowFixture;
beforeAll(() => {
  f = openWorkflowFixture();
});
afterAll(() => f.close());

describe('workflow.act: role × state × action', () => {
  const cases = WORKFLOW_ACTIONS.flatMap((action) => ARTICLE_STATUSES.flatMap((state) => persons.map((person) => [action, state, person] as const)));

  it.each(cases)('%s from %s by %s', async (action, state, person) => {
    // Written and last edited by btv, so nobody here trips separation of duties except btv himself (an author, never a signer).
    const article = f.articleIn(state, 'btv');
    const want = expected(ALLOWED[action][state], person);
    const view = await f.call('workflow.view', { articleId: article.id }, f.users[person]);
    if (!view.ok) throw new Error(view.error.message);
    const shown = view.value.actions.find((a) => a.action === action)!;
    const result = await f.call('workflow.act', { articleId: article.id, action, reason: 'Cần bổ sung nguồn tin.', password: PASSWORD }, f.users[person]);
    if (want === 'ok') {
      expect(shown).toEqual({ action, allowed: true });
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      expect(result.value.status).toBe(TARGET[action]);
    } else {
      expect(shown).toMatchObject({ allowed: false, refusal: want });
      expect(shown.reason).toMatch(/[ạ-ỹđ]/);
      expect(result).toMatchObject({ ok: false, error: { refusal: want, message: shown.reason } });
      expect(f.articles.get(article.id).status).toBe(state);
    }
  });
});

describe('editing rights per state', () => {
  const cases = ARTICLE_STATUSES.flatMap((state) => persons.map((person) => [state, person] as const));

  it.each(cases)('in %s, %s', async (state, person) => {
    const article = f.articleIn(state, 'btv');
    const want = EDIT[state] === '' ? 'STATE' : EDIT[state].includes(LETTER[PEOPLE[person].role]) ? 'ok' : 'ROLE';
    const view = await f.call('workflow.view', { articleId: article.id }, f.users[person]);
    expect(view.ok && view.value.edit.allowed).toBe(want === 'ok');
    const user = f.users[person];
    const save = () => f.articles.save(article.id, article.revisionId, { ...f.fieldsOf(article), summary: 'Sửa tóm tắt.' }, user);
    if (want === 'ok') {
      const saved = save();
      expect(saved.summary).toBe('Sửa tóm tắt.');
      // Editing an approved article sends it back for approval.
      expect(saved.status).toBe(state === 'da_duyet' ? 'cho_duyet' : state);
    } else {
      expect(save).toThrow(expect.objectContaining({ refusal: want }));
      const lock = await f.call('lock.acquire', { articleId: article.id }, user);
      expect(lock).toMatchObject({ ok: false, error: { refusal: want } });
    }
  });
});

describe('refusals that depend on more than role and state', () => {
  it('separation of duties: no sign-off by the writer or the last editor, unless the admin turns it off', async () => {
    const own = f.articleIn('cho_duyet', 'tb');
    const r1 = await f.call('workflow.act', { articleId: own.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
    expect(r1).toMatchObject({ ok: false, error: { refusal: 'SEPARATION_OF_DUTIES' } });
    if (!r1.ok) expect(r1.error.message).toContain('người viết');

    const edited = f.articleIn('cho_duyet', 'btv');
    f.articles.save(edited.id, edited.revisionId, { ...f.fieldsOf(edited), title: 'Tiêu đề do Phó ban sửa' }, f.users.ptb);
    const r2 = await f.call('workflow.act', { articleId: edited.id, action: 'ky-duyet', password: PASSWORD }, f.users.ptb);
    expect(r2).toMatchObject({ ok: false, error: { refusal: 'SEPARATION_OF_DUTIES' } });
    if (!r2.ok) expect(r2.error.message).toContain('sửa bài này lần cuối');
    // Another approver may sign the version the first one edited.
    expect((await f.call('workflow.act', { articleId: edited.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).ok).toBe(true);

    f.security.separationOfDuties = false;
    try {
      expect((await f.call('workflow.act', { articleId: own.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).ok).toBe(true);
    } finally {
      f.security.separationOfDuties = true;
    }
  });

  it('"Trả lại" needs a reason; "Ký duyệt" needs the right password and stores nothing otherwise', async () => {
    const a = f.articleIn('cho_duyet', 'btv');
    expect(await f.call('workflow.act', { articleId: a.id, action: 'tra-lai', reason: '   ' }, f.users.tv)).toMatchObject({
      ok: false,
      error: { refusal: 'REASON_REQUIRED', code: 'INVALID_INPUT' }
    });
    expect(await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: 'sai-mat-khau' }, f.users.tb)).toMatchObject({
      ok: false,
      error: { refusal: 'BAD_PASSWORD' }
    });
    expect(await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet' }, f.users.tb)).toMatchObject({ ok: false, error: { refusal: 'BAD_PASSWORD' } });
    expect(f.articles.get(a.id).status).toBe('cho_duyet');
    expect(await f.call('workflow.signOffs', { articleId: a.id }, f.users.tb)).toEqual({ ok: true, value: [] });
  });

  it('a disabled account is refused as not logged in', async () => {
    const a = f.articleIn('nhap', 'btv');
    const ghost = { ...f.users.btv, id: 'khong-ton-tai' };
    expect(await f.call('workflow.act', { articleId: a.id, action: 'gui-duyet' }, ghost)).toMatchObject({ ok: false, error: { refusal: 'NOT_LOGGED_IN' } });
  });
});
