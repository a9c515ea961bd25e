import { describe, expect, it } from 'vitest';
import { accentFolded, categoryNames, decodeEntities, matchCategory, toneNormalized } from './category-match';
import { toPortalError } from './connector-errors';
import { WordPressError } from './errors';

const cat = (id: number, name: string, slug = `c${id}`) => ({ id, name, slug, parent: 0, count: 0 });
const CATS = [cat(1, 'Tin tức - Sự kiện', 'tin-tuc-su-kien'), cat(2, 'Văn hoá &amp; Xã hội'), cat(3, 'Thủy lợi'), cat(4, 'Tin tuc'), cat(5, 'Tin tức'), cat(6, 'Uncategorized', 'uncategorized')];

describe('matchCategory', () => {
  it('ignores case, spacing, punctuation, entities and the tone-mark placement', () => {
    expect(toneNormalized('Văn hóa')).toBe(toneNormalized('VĂN  HOÁ'));
    expect(toneNormalized('Thuỷ lợi')).toBe(toneNormalized('thủy lợi'));
    expect(decodeEntities('A &amp; B &#8211; C &#x1F389;')).toBe('A & B – C 🎉');
    expect(matchCategory('tin tức – sự kiện', CATS)).toMatchObject({ kind: 'one', category: { id: 1 } });
    expect(matchCategory('Văn hóa & xã hội', CATS)).toMatchObject({ kind: 'one', category: { id: 2 } });
    expect(matchCategory('Thuỷ lợi', CATS)).toMatchObject({ kind: 'one', category: { id: 3 } });
  });

  it('diacritics count when they tell categories apart; without them only a unique match (or the slug) is taken', () => {
    expect(matchCategory('Tin tức', CATS)).toMatchObject({ kind: 'one', category: { id: 5 } });
    expect(matchCategory('Tin tuc', CATS)).toMatchObject({ kind: 'one', category: { id: 4 } });
    expect(matchCategory('Tin tuc su kien', CATS)).toMatchObject({ kind: 'one', category: { id: 1 } });
    expect(matchCategory('tin-tuc-su-kien', CATS)).toMatchObject({ kind: 'one', category: { id: 1 } });
    expect(matchCategory('Tín tục', CATS)).toMatchObject({ kind: 'several' });
    expect(matchCategory('Thể thao', CATS)).toEqual({ kind: 'none' });
    expect(matchCategory('  ', CATS)).toEqual({ kind: 'none' });
    expect(accentFolded('Đường Lê Lợi')).toBe('duong le loi');
    expect(categoryNames(CATS)[1]).toBe('Văn hoá & Xã hội');
  });
});

describe('toPortalError', () => {
  const ctx = { host: 'cong.example.gov.vn', user: 'bientap', action: 'đăng bài', write: true };
  it('keeps Retry-After for throttling, marks writes cut off after sending as ambiguous, words it in Vietnamese', () => {
    const t = toPortalError(new WordPressError('SERVER_UNAVAILABLE', 'POST x: 503', { status: 503, retryAfterMs: 30_000 }), ctx);
    expect(t).toMatchObject({ kind: 'throttled', retryAfterMs: 30_000 });
    expect(t.vi).toContain('sau khoảng 30 giây');
    const a = toPortalError(new WordPressError('TIMEOUT', 'POST x: TIMEOUT'), ctx);
    expect(a.kind).toBe('ambiguous');
    expect(a.vi).toContain('không đăng trùng');
    expect(toPortalError(new WordPressError('TIMEOUT', 'GET x: TIMEOUT'), { ...ctx, write: false }).kind).toBe('unreachable');
    const f = toPortalError(new WordPressError('FORBIDDEN', 'POST http://h:8089/wp-json/wp/v2/posts: 403 rest_cannot_publish: Sorry, you are not allowed.', { status: 403 }), ctx);
    expect(f.kind).toBe('forbidden');
    expect(f.vi).toContain('Tài khoản WordPress “bientap” không có quyền đăng bài');
    expect(f.vi).toContain('“Sorry, you are not allowed.”');
    expect(toPortalError(new Error('boom'), ctx).kind).toBe('ambiguous');
  });
});
