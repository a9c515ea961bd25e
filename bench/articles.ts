// Generates realistic Vietnamese articles (titles, summaries, 300–800 word bodies) from the vocabulary.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { ARTICLE_STATUSES, DEFAULT_ARTICLE_TYPES, DEFAULT_CATEGORIES, approvalStatusOf, type Article, type ArticleStatus } from '../src/shared/article';
import { countWords } from '../src/shared/text';
import { BENCH_LEXICAL_VERSION, paragraphsToLexicalJson } from './lexical-body';
import type { Random } from './random';
import { AGENCIES, BYLINES, FIGURES, GOALS, OPENERS, PEOPLE, PLACES, POSITIONS, TIMES, TOPICS, VERBS } from './vocabulary';

const FIVE_YEARS_MS = 5 * 365 * 24 * 3600 * 1000;
const END_MS = Date.parse('2026-11-01T00:00:00Z');
const USERS = PEOPLE.slice(0, 8).map((name, i) => ({ id: uuidv7({ msecs: END_MS - FIVE_YEARS_MS - i }), name }));

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function figure(r: Random): string {
  return r.pick(FIGURES).replace('{n}', String(r.int(5, 950))).replace('{p}', String(r.int(60, 140)));
}

function sentence(r: Random): string {
  switch (r.int(0, 3)) {
    case 0:
      return `${r.pick(OPENERS)} ${r.pick(AGENCIES)} ${r.pick(VERBS)} ${r.pick(TOPICS)} ${r.pick(PLACES)} ${r.pick(TIMES)}, ${figure(r)}.`;
    case 1:
      return `Đồng chí ${r.pick(PEOPLE)}, ${r.pick(POSITIONS)}, đề nghị các ngành ${r.pick(VERBS)} ${r.pick(TOPICS)} nhằm ${r.pick(GOALS)}.`;
    case 2:
      return `${capitalise(r.pick(TOPICS))} ${r.pick(PLACES)} ${r.pick(TIMES)} ${figure(r)}, góp phần ${r.pick(GOALS)}.`;
    default:
      return `${capitalise(r.pick(AGENCIES))} đã ${r.pick(VERBS)} ${r.pick(TOPICS)} và ${r.pick(VERBS)} ${r.pick(TOPICS)}, ${r.pick(GOALS)}.`;
  }
}

function paragraphs(r: Random, targetWords: number): string[] {
  const out: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const count = r.int(3, 6);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(sentence(r));
    const p = sentences.join(' ');
    words += p.split(' ').length;
    out.push(p);
  }
  return out;
}

function title(r: Random): string {
  switch (r.int(0, 2)) {
    case 0:
      return `${r.pick(AGENCIES)} ${r.pick(VERBS)} ${r.pick(TOPICS)} ${r.pick(TIMES)}`;
    case 1:
      return `${capitalise(r.pick(VERBS))} ${r.pick(TOPICS)} ${r.pick(PLACES)}`;
    default:
      return `${capitalise(r.pick(TOPICS))}: ${r.pick(PLACES)} ${r.pick(VERBS)} ${r.pick(TOPICS)}`;
  }
}

const STATUS_WEIGHTS: [ArticleStatus, number][] = ARTICLE_STATUSES.map((s) => [s, s === 'da_xuat_ban' ? 60 : s === 'nhap' ? 12 : 4]);
const STATUS_TOTAL = STATUS_WEIGHTS.reduce((n, [, w]) => n + w, 0);

function status(r: Random): ArticleStatus {
  let x = r.next() * STATUS_TOTAL;
  for (const [s, w] of STATUS_WEIGHTS) if ((x -= w) < 0) return s;
  return 'nhap';
}

/** The `index`-th of `count` articles: creation times ascend over five years, as a real archive grows. */
export function generateArticle(r: Random, index: number, count: number): Article {
  const createdMs = END_MS - FIVE_YEARS_MS + Math.floor(((index + r.next()) / count) * FIVE_YEARS_MS);
  const modifiedMs = createdMs + r.int(0, 72) * 3600 * 1000;
  const st = status(r);
  const published = st === 'da_xuat_ban' || st === 'hen_gio' || st === 'da_go';
  const body = paragraphs(r, r.int(260, 700));
  const bodyText = body.join('\n');
  const t = title(r);
  const summary = `${sentence(r)} ${sentence(r)}`;
  const json = paragraphsToLexicalJson(body);
  const author = r.pick(USERS);
  const modifiedBy = r.pick(USERS);
  return {
    id: uuidv7({ msecs: createdMs }),
    title: t,
    imageHash: null,
    imageCaption: '',
    summary,
    body: { lexicalVersion: BENCH_LEXICAL_VERSION, json },
    alternateLink: '',
    publishAt: published ? new Date(modifiedMs + r.int(1, 48) * 3600 * 1000).toISOString() : null,
    featured: r.next() < 0.05,
    author: r.pick(BYLINES),
    category: r.pick(DEFAULT_CATEGORIES),
    articleType: r.pick(DEFAULT_ARTICLE_TYPES),
    pageCount: { value: Math.max(1, Math.round(bodyText.length / 3500)), overridden: false },
    photoCount: { value: 0, overridden: false },
    status: st,
    approvalStatus: approvalStatusOf(st),
    viewCount: published ? r.int(0, 5000) : 0,
    attachments: [],
    version: 1,
    revisionId: uuidv7({ msecs: modifiedMs }),
    contentHash: createHash('sha256').update(t).update(summary).update(json).digest('hex'),
    bodyText,
    wordCount: countWords(bodyText),
    createdAt: new Date(createdMs).toISOString(),
    createdBy: author,
    modifiedAt: new Date(modifiedMs).toISOString(),
    modifiedBy
  };
}

/**
 * Exactly `totalWords` words (as countWords counts them) in `count` paragraphs of nearly equal length,
 * cut from a stream of generated sentences; each paragraph ends with a full stop.
 */
export function evenParagraphs(r: Random, count: number, totalWords: number): string[] {
  let stream: string[] = [];
  const next = (): string => {
    if (stream.length === 0) stream = sentence(r).split(' ');
    return stream.shift()!;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = Math.floor(((i + 1) * totalWords) / count) - Math.floor((i * totalWords) / count);
    const tokens: string[] = [];
    for (let n = 0; n < words; ) {
      const token = next();
      const k = countWords(token);
      if (n + k > words) continue; // "15/8" is two words: skip it rather than overshoot
      tokens.push(token);
      n += k;
    }
    const text = capitalise(tokens.join(' ').replace(/[,.:;]$/, ''));
    out.push(text + '.');
  }
  return out;
}
