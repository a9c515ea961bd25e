import { describe, expect, it } from 'vitest';
import type { CommentAnchor } from '../../shared/comments';
import { anchorWords } from '../../main/adapters/diff/jsdiff';
import { anchorsAt, rebaseAnchor } from './anchor';

const words = anchorWords;

function anchorOn(text: string, quote: string, nth = 0): CommentAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error('quote not in text');
  return { start: at, end: at + quote.length, quote, detached: false };
}

/** The text the anchor covers after applying each edit in turn, with and without a word diff. */
function follow(texts: string[], quote: string): { withDiff: string | null; typing: string | null } {
  const run = (w?: typeof words) => {
    let a = anchorOn(texts[0]!, quote);
    for (let i = 1; i < texts.length; i++) a = rebaseAnchor(a, texts[i - 1]!, texts[i]!, w);
    return a.detached ? null : texts[texts.length - 1]!.slice(a.start, a.end);
  };
  return { withDiff: run(words), typing: run() };
}

const BASE = 'Sáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm 2026.\n\nĐồng chí Chủ tịch phát biểu chỉ đạo.';

describe('comment anchors follow their words', () => {
  it('stays on the phrase when text is typed before it, after it, or in another paragraph', () => {
    const texts = [
      BASE,
      'Chiều nay, ' + BASE.slice('Sáng nay, '.length),
      BASE.replace('Sáng nay', 'Chiều qua').replace('chỉ đạo.', 'chỉ đạo nhiều nội dung quan trọng.'),
      'Tin mới. ' + BASE.replace('Sáng nay', 'Chiều qua').replace('năm 2026', 'năm 2026 của tỉnh')
    ];
    expect(follow(texts, 'hội nghị tổng kết').withDiff).toBe('hội nghị tổng kết');
    // In the editor each update is one stretch of typing.
    const typed = [BASE, 'S' + BASE, 'Sá' + BASE, 'Sá' + BASE + ' Hết.', 'Sá' + BASE.replace('năm 2026', 'năm 2026 của tỉnh') + ' Hết.'];
    expect(follow(typed, 'hội nghị tổng kết').typing).toBe('hội nghị tổng kết');
  });

  it('does not swallow words typed right at its edges', () => {
    // One save with both insertions (word diff), or keystroke by keystroke in the editor (no diff).
    const texts = ['Ủy ban tổ chức hội nghị tổng kết.', 'Ủy ban tổ chức long trọng hội nghị tổng kết.', 'Ủy ban tổ chức long trọng hội nghị tổng kết hôm nay.'];
    expect(follow([texts[0]!, texts[2]!], 'hội nghị tổng kết').withDiff).toBe('hội nghị tổng kết');
    expect(follow(texts, 'hội nghị tổng kết').typing).toBe('hội nghị tổng kết');
  });

  it('grows with words typed inside it and takes a word replaced inside it', () => {
    const texts = ['Ủy ban tổ chức hội nghị tổng kết năm.', 'Ủy ban tổ chức hội nghị sơ kết năm.', 'Ủy ban tổ chức hội nghị trực tuyến sơ kết năm.'];
    expect(follow(texts, 'hội nghị tổng kết').withDiff).toBe('hội nghị trực tuyến sơ kết');
    expect(follow(texts, 'hội nghị tổng kết').typing).toBe('hội nghị trực tuyến sơ kết');
  });

  it('keeps the comment on its word when the last word of it is replaced in a save with other edits', () => {
    const before = 'Đầu bài. Ủy ban tổ chức hội nghị tổng kết năm. Cuối bài.';
    const after = 'Mở đầu bài. Ủy ban tổ chức hội nghị sơ kết năm. Kết bài.';
    const a = rebaseAnchor(anchorOn(before, 'hội nghị tổng'), before, after, words);
    expect(after.slice(a.start, a.end)).toBe('hội nghị sơ');
  });

  it('keeps overlapping comments independent', () => {
    const before = 'Ủy ban tổ chức hội nghị tổng kết năm.';
    const after = 'Ủy ban long trọng tổ chức hội nghị tổng kết năm 2026.';
    const wide = rebaseAnchor(anchorOn(before, 'tổ chức hội nghị'), before, after, words);
    const narrow = rebaseAnchor(anchorOn(before, 'hội nghị tổng kết'), before, after, words);
    expect(after.slice(wide.start, wide.end)).toBe('tổ chức hội nghị');
    expect(after.slice(narrow.start, narrow.end)).toBe('hội nghị tổng kết');
    expect(anchorsAt([{ id: 'w', anchor: wide }, { id: 'n', anchor: narrow }], after.indexOf('nghị')).map((t) => t.id)).toEqual(['w', 'n']);
  });

  it('moves with its words when a paragraph above is deleted and finds them when they were moved', () => {
    const moved = 'Đồng chí Chủ tịch phát biểu chỉ đạo.\n\nSáng nay, Ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm 2026.';
    const deleted = 'Đồng chí Chủ tịch phát biểu chỉ đạo.';
    expect(follow([BASE, deleted], 'phát biểu chỉ đạo').withDiff).toBe('phát biểu chỉ đạo');
    expect(follow([BASE, moved], 'hội nghị tổng kết công tác').withDiff).toBe('hội nghị tổng kết công tác');
  });

  it('is detached when its words are deleted, and comes back when they are restored', () => {
    const cut = 'Sáng nay, Ủy ban nhân dân thị xã tổ chức công tác năm 2026.\n\nĐồng chí Chủ tịch phát biểu chỉ đạo.';
    const a = anchorOn(BASE, 'hội nghị tổng kết');
    const gone = rebaseAnchor(a, BASE, cut, words);
    expect(gone.detached).toBe(true);
    expect(gone.quote).toBe('hội nghị tổng kết');
    const back = rebaseAnchor(gone, cut, BASE, words);
    expect(back).toEqual(a);
  });

  it('does not re-attach a short common quote to an unrelated occurrence', () => {
    const before = 'Ủy ban và nhân dân và cán bộ.';
    const a = anchorOn(before, 'và', 1);
    const after = 'Ủy ban và nhân dân cán bộ.';
    expect(rebaseAnchor(a, before, after, words).detached).toBe(true);
  });

  it('finds a short quote again by its surroundings when its paragraph moved', () => {
    const before = 'Mục một: giao UBND phường thực hiện.\n\nMục hai: báo cáo trước ngày 15.';
    const after = 'Mục hai: báo cáo trước ngày 15.\n\nMục một: giao UBND phường thực hiện.';
    const a = rebaseAnchor(anchorOn(before, 'UBND'), before, after, words);
    expect(a.detached).toBe(false);
    expect(after.slice(a.start - 5, a.end)).toBe('giao UBND');
  });

  it('keeps diacritics apart: editing "Hoà" next to "Hòa" leaves the other word alone', () => {
    const before = 'xã Hòa Bình và phường Hoà Lợi';
    const after = 'xã Hòa Bình và phường Hòa Lợi mới';
    const a = rebaseAnchor(anchorOn(before, 'Hòa Bình'), before, after, words);
    expect(after.slice(a.start, a.end)).toBe('Hòa Bình');
  });

  it('stays on words being edited even when the same phrase appears elsewhere', () => {
    const before = 'Chủ tịch Ủy ban nhân dân thị xã phát biểu khai mạc. Sau đó, Phó Chủ tịch Ủy ban nhân dân thị xã phát biểu chỉ đạo.';
    const after = before.replace('Phó Chủ tịch Ủy ban nhân dân thị xã', 'Phó Chủ tịch Ủy ban nhân dân thành phố');
    const a = rebaseAnchor(anchorOn(before, 'Ủy ban nhân dân thị xã', 1), before, after, words);
    expect(a.start).toBe(after.indexOf('Ủy ban nhân dân thành phố'));
    expect(after.slice(a.start, a.end)).toBe('Ủy ban nhân dân thành phố');

    const typo = 'Hội nghị tổng kêt năm. Hội nghị tổng kêt năm.';
    const fixed = 'Hội nghị tổng kêt năm. Hội nghị tổng kết năm.';
    const t = rebaseAnchor(anchorOn(typo, 'tổng kêt', 1), typo, fixed, words);
    expect([t.start, fixed.slice(t.start, t.end)]).toEqual([fixed.lastIndexOf('tổng kết'), 'tổng kết']);
  });

  it('is detached, not moved to another copy of the phrase, when its words are deleted', () => {
    const before = 'UBND: Ủy ban nhân dân thị xã họp. Báo cáo của Ủy ban nhân dân thị xã được thông qua.';
    const after = 'UBND: Ủy ban nhân dân thị xã họp. Báo cáo được thông qua.';
    const gone = rebaseAnchor(anchorOn(before, 'Ủy ban nhân dân thị xã', 1), before, after, words);
    expect(gone.detached).toBe(true);
    // Typing the phrase somewhere else later does not pick the detached comment up either.
    const later = after + ' Ủy ban nhân dân thị xã chỉ đạo.';
    expect(rebaseAnchor(gone, after, later, words).detached).toBe(true);
  });

  it('covers the new wording when the words are retyped across several saves or keystrokes', () => {
    const texts = ['Ủy ban tổ chức hội nghị tổng kết năm.', 'Ủy ban tổ chức c năm.', 'Ủy ban tổ chức cuộc năm.', 'Ủy ban tổ chức cuộc họp sơ kết năm.'];
    expect(follow(texts, 'hội nghị tổng kết')).toEqual({ withDiff: 'cuộc họp sơ kết', typing: 'cuộc họp sơ kết' });
  });

  it('takes only the replacement of its last word, not every word typed after it', () => {
    const before = 'Khai mạc hội nghi';
    const after = 'Khai mạc hội nghị hôm nay tại hội trường';
    const a = rebaseAnchor(anchorOn(before, 'hội nghi'), before, after, words);
    expect(after.slice(a.start, a.end)).toBe('hội nghị');
  });
});
