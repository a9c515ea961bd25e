// Property: any change to an approved version's content or to any metadata field voids the approval
// (back to Chờ duyệt, history says why); an untouched version keeps a valid, current sign-off.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import { DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES, type Article, type ArticleFields } from '../../shared/article';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from './testing';

let f: WorkflowFixture;
beforeAll(() => {
  f = openWorkflowFixture();
});
afterAll(() => f.close());

const BASE: Partial<ArticleFields> = {
  title: 'Tiếp nhận hồ sơ trực tuyến',
  summary: 'Tóm tắt ban đầu.',
  author: 'Ban biên tập',
  category: 'Kinh tế',
  articleType: 'Tin',
  imageCaption: 'Ảnh minh họa',
  body: textToBody('Nội dung đã được duyệt.')
};

async function approved(): Promise<Article> {
  const a = f.articleIn('cho_duyet', 'btv', BASE);
  const r = await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb);
  if (!r.ok) throw new Error(r.error.message);
  return f.articles.get(a.id);
}

const letters = fc.constantFrom(...'aăâđeêoôơuưáàảãạếềểễệ .,'.split(''));
const text = fc.array(letters, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));

type Change = { field: string; apply: (a: Article) => ArticleFields | 'attachment' };
const changes: fc.Arbitrary<Change>[] = [
  text.map((t) => ({ field: 'title', apply: (a) => ({ ...f.fieldsOf(a), title: a.title + t.trim() + 'x' }) })),
  text.map((t) => ({ field: 'summary', apply: (a) => ({ ...f.fieldsOf(a), summary: a.summary + t }) })),
  text.map((t) => ({ field: 'imageCaption', apply: (a) => ({ ...f.fieldsOf(a), imageCaption: t + a.imageCaption }) })),
  text.map((t) => ({ field: 'author', apply: (a) => ({ ...f.fieldsOf(a), author: a.author + t.trim() + 'x' }) })),
  text.map((t) => ({ field: 'body', apply: (a) => ({ ...f.fieldsOf(a), body: textToBody(`Nội dung đã được duyệt.${t}x`) }) })),
  fc.webSegment().map((p) => ({ field: 'alternateLink', apply: (a) => ({ ...f.fieldsOf(a), alternateLink: `https://ubnd.example.vn/${encodeURIComponent(p)}x` }) })),
  fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => ({
    field: 'publishAt',
    apply: (a) => ({ ...f.fieldsOf(a), publishAt: d.toISOString() })
  })),
  fc.constant({ field: 'featured', apply: (a: Article) => ({ ...f.fieldsOf(a), featured: !a.featured }) }),
  fc.constantFrom(...DEFAULT_CATEGORIES.filter((c) => c !== 'Kinh tế')).map((c) => ({ field: 'category', apply: (a) => ({ ...f.fieldsOf(a), category: c }) })),
  fc.constantFrom(...DEFAULT_ARTICLE_TYPES.filter((t) => t !== 'Tin')).map((t) => ({ field: 'articleType', apply: (a) => ({ ...f.fieldsOf(a), articleType: t }) })),
  fc.integer({ min: 2, max: 60 }).map((n) => ({ field: 'pageCount', apply: (a) => ({ ...f.fieldsOf(a), pageCount: { value: n, overridden: true } }) })),
  fc.integer({ min: 1, max: 60 }).map((n) => ({ field: 'photoCount', apply: (a) => ({ ...f.fieldsOf(a), photoCount: { value: n, overridden: true } }) })),
  fc.uint8Array({ minLength: 8, maxLength: 64 }).map((bytes) => ({
    field: 'imageHash',
    apply: (a) => ({ ...f.fieldsOf(a), imageHash: f.media.put(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, ...bytes])).hash })
  })),
  fc.constant({ field: 'attachments', apply: () => 'attachment' as const })
];

describe('approval voiding', () => {
  it('any change to content or metadata voids the approval; the old signature still verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...changes), async (change) => {
        const a = await approved();
        const next = change.apply(a);
        const saved =
          next === 'attachment'
            ? f.articles.addAttachment(a.id, { name: 'Quyết định.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 ' + a.id) }, f.users.ptb)
            : f.articles.save(a.id, a.revisionId, next, f.users.ptb);
        expect(saved.contentHash, change.field).not.toBe(a.contentHash);
        expect(saved.status).toBe('cho_duyet');
        expect(f.articles.get(a.id).status).toBe('cho_duyet');
        const view = await f.call('workflow.view', { articleId: a.id }, f.users.tb);
        expect(view.ok && view.value.signOff).toBeNull();
        const signOffs = await f.call('workflow.signOffs', { articleId: a.id }, f.users.tb);
        expect(signOffs.ok && signOffs.value.map((s) => [s.signatureValid, s.current, s.voidedReason?.startsWith('Nội dung thay đổi sau khi ký duyệt')])).toEqual([[true, false, true]]);
        expect(f.articles.history(a.id).at(-1)!.description).toMatch(/^Nội dung thay đổi sau khi ký duyệt/);
      }),
      { numRuns: 40 }
    );
    expect(f.composed.verify()).toMatchObject({ ok: true });
  });

  it('an untouched version (even re-sent in another Unicode form) stays approved and verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'), async (form) => {
        const a = await approved();
        const fields = f.fieldsOf(a);
        const same = f.articles.save(a.id, a.revisionId, { ...fields, title: fields.title.normalize(form), summary: fields.summary.normalize(form) }, f.users.ptb);
        expect(same.status).toBe('da_duyet');
        expect(same.revisionId).toBe(a.revisionId);
        const view = await f.call('workflow.view', { articleId: a.id }, f.users.tb);
        expect(view.ok && view.value.signOff).toMatchObject({ signatureValid: true, current: true, contentHash: a.contentHash });
      }),
      { numRuns: 6 }
    );
    expect(f.composed.verify()).toMatchObject({ ok: true });
  });
});
