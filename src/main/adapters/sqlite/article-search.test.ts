import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/article';
import { createSqliteStore } from './store';
import { makeArticle, nextVersion, tempDbFile } from './test-fixtures';

function storeWith(...articles: Parameters<typeof makeArticle>[0][]) {
  const store = createSqliteStore(tempDbFile());
  const saved = articles.map((f) => makeArticle(f));
  saved.forEach((a) => store.articles.insert(a));
  return { store, saved };
}

const titles = (hits: SearchHit[]) => hits.map((h) => h.title);
const marked = (parts: SearchHit['snippet']) => parts.filter((p) => p.hit).map((p) => p.text);

describe('article search', () => {
  it('finds Vietnamese text from a query without diacritics, đ included', () => {
    const { store } = storeWith(
      { title: 'Nâng cấp Đường 30/4' },
      { title: 'Ủy ban nhân dân thị xã họp' },
      { title: 'Uỷ ban Mặt trận Tổ quốc' },
      { title: 'Tin khác', bodyText: 'Đoàn thanh niên ra quân dọn đường' }
    );
    expect(titles(store.articles.search('duong', 20)).sort()).toEqual(['Nâng cấp Đường 30/4', 'Tin khác']);
    expect(titles(store.articles.search('uy ban', 20)).sort()).toEqual(['Uỷ ban Mặt trận Tổ quốc', 'Ủy ban nhân dân thị xã họp']);
    expect(titles(store.articles.search('Đoàn', 20))).toEqual(['Tin khác']);
    expect(titles(store.articles.search('đoàn', 20))).toEqual(['Tin khác']);
    expect(titles(store.articles.search('DOAN', 20))).toEqual(['Tin khác']);
    expect(store.articles.search('   ', 20)).toEqual([]);
  });

  it('ranks exact-diacritic matches first, then title matches above body matches', () => {
    const { store } = storeWith(
      { title: 'Thông báo', bodyText: 'Ban hành văn bản mới về thủ tục hành chính' },
      { title: 'Bản tin tháng 5' },
      { title: 'Họp bàn kế hoạch' },
      { title: 'Báo cáo', bodyText: 'Bàn giao nhà tình nghĩa cho gia đình chính sách' },
    );
    const hits = store.articles.search('bàn', 20);
    expect(hits.map((h) => [h.title, h.exact])).toEqual([
      ['Họp bàn kế hoạch', true],
      ['Báo cáo', true],
      ['Bản tin tháng 5', false],
      ['Thông báo', false]
    ]);
    expect(titles(store.articles.search('ban', 2))).toHaveLength(2);
  });

  it('matches the last word as a prefix while typing', () => {
    const { store } = storeWith({ title: 'Phòng chống dịch bệnh' }, { title: 'Phong trào thi đua' });
    expect(titles(store.articles.search('phong cho', 20))).toEqual(['Phòng chống dịch bệnh']);
    expect(titles(store.articles.search('phong cho ', 20))).toEqual([]);
    expect(titles(store.articles.search('phong tra', 20))).toEqual(['Phong trào thi đua']);
    expect(titles(store.articles.search('phong chong d', 20))).toEqual(['Phòng chống dịch bệnh']);
  });

  it('returns snippets and titles in the original text with the matched words marked', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
    const { store } = storeWith({
      title: 'Đường giao thông nông thôn',
      bodyText: `${filler} Xã Bình Hiệp hoàn thành con đường bê tông ${filler}`
    });
    const [hit] = store.articles.search('duong', 20);
    expect(hit?.titleParts).toEqual([
      { text: 'Đường', hit: true },
      { text: ' giao thông nông thôn', hit: false }
    ]);
    const text = hit?.snippet.map((p) => p.text).join('') ?? '';
    expect(marked(hit?.snippet ?? [])).toEqual(['đường']);
    expect(text).toMatch(/^… .*Xã Bình Hiệp hoàn thành con đường bê tông.* …$/);
    expect(text.split(/\s+/).length).toBeLessThan(40);
  });

  it('follows saved changes: the old text is no longer found, the new one is', () => {
    const { store, saved } = storeWith({ title: 'Lễ hội Đình làng', bodyText: 'cờ hoa rực rỡ' });
    const v1 = saved[0]!;
    store.articles.update(nextVersion(v1, { title: 'Hội thi văn nghệ', bodyText: 'tiết mục đặc sắc' }), v1.revisionId);
    expect(store.articles.search('dinh lang', 20)).toEqual([]);
    expect(store.articles.search('ro', 20)).toEqual([]);
    expect(titles(store.articles.search('dac sac', 20))).toEqual(['Hội thi văn nghệ']);
  });
});
