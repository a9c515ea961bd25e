// Search: top 20 with snippets for queries typed without diacritics.
import { fold } from '../../src/shared/text';
import { createSqliteStore } from '../../src/main/adapters/sqlite/store';
import { Random } from '../random';
import { time } from '../stats';
import { AGENCIES, PEOPLE, PLACES, TOPICS } from '../vocabulary';
import type { BenchSection } from './section';

/** Typical queries, plus 1–3 consecutive words of vocabulary phrases; some end mid-word (typing). */
export function searchQueries(count: number): string[] {
  const fixed = [
    'uy ban', 'duong giao thong', 'nong thon moi', 'cai cach hanh chinh', 'dich vu cong truc tuyen', 'thanh long',
    'phong chong dich', 'tuyen quan', 'hien mau', 'le quang tuu', 'binh hiep', 'dong thap muoi', 'chuyen doi s',
    'bao hiem y te', 'giam ngheo', 'tet nguyen dan', 'an toan giao thong', 'kien tuong', 'hoi nong dan', 'hop tac xa'
  ];
  const r = new Random(7);
  const queries = [...fixed];
  while (queries.length < count) {
    const words = fold(r.pick([...TOPICS, ...PLACES, ...PEOPLE, ...AGENCIES])).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const n = r.int(1, Math.min(3, words.length));
    const start = r.int(0, words.length - n);
    let q = words.slice(start, start + n).join(' ');
    if (r.next() < 0.2 && q.length > 4) q = q.slice(0, -2);
    if (!queries.includes(q)) queries.push(q);
  }
  return queries;
}

const QUERIES = 60;

export const search: BenchSection = {
  name: 'search (top 20 with snippets)',
  run({ file }) {
    const store = createSqliteStore(file);
    try {
      const queries = searchQueries(QUERIES);
      for (const q of queries.slice(0, 5)) store.articles.search(q, 20); // warm the statements
      const samples: number[] = [];
      const exactOnes: number[] = [];
      const hitless: string[] = [];
      for (const q of queries) {
        let hits = 0;
        samples.push(time(() => (hits = store.articles.search(q, 20).length)));
        if (hits === 0) hitless.push(q);
        exactOnes.push(hits);
      }
      return [
        {
          metric: `${queries.length} queries without diacritics`,
          samples,
          goalMs: 50,
          note: hitless.length ? `no hits: ${hitless.join(', ')}` : 'every query found articles'
        }
      ];
    } finally {
      store.close();
    }
  }
};
