// A long Vietnamese article and realistic autosave edits, for the revision storage test and benchmark.
const WORDS = (
  'ủy ban nhân dân thị xã tổ chức hội nghị tổng kết công tác năm triển khai nhiệm vụ trọng tâm phát triển ' +
  'kinh tế xã hội bảo đảm quốc phòng an ninh cải cách hành chính chuyển đổi số người dân doanh nghiệp ' +
  'phường xã đồng chí chủ tịch phó chủ tịch báo cáo kết quả đạt được những khó khăn hạn chế đề xuất giải pháp'
).split(' ');

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rnd() * WORDS.length)] as string);
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** Paragraphs of 40–80 words adding up to about `totalWords`. */
export function longArticle(rnd: () => number, totalWords: number): string[] {
  const paragraphs: string[] = [];
  for (let n = 0; n < totalWords; ) {
    const words = 40 + Math.floor(rnd() * 41);
    paragraphs.push(sentence(rnd, words));
    n += words;
  }
  return paragraphs;
}

/** One autosave's worth of typing: mostly a few words changed in one paragraph, sometimes a paragraph added or removed. */
export function autosaveEdit(rnd: () => number, paragraphs: string[]): string[] {
  const next = [...paragraphs];
  const at = Math.floor(rnd() * next.length);
  const roll = rnd();
  if (roll < 0.05) next.splice(at, 0, sentence(rnd, 30));
  else if (roll < 0.08 && next.length > 1) next.splice(at, 1);
  else {
    const words = (next[at] as string).split(' ');
    const w = Math.floor(rnd() * words.length);
    words.splice(w, rnd() < 0.5 ? 1 : 0, ...sentence(rnd, 1 + Math.floor(rnd() * 4)).slice(0, -1).toLowerCase().split(' '));
    next[at] = words.join(' ');
  }
  return next;
}
