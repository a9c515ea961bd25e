// Full-text search over the current version of each article (see migration 0060).
import type Database from 'better-sqlite3';
import type { ArticleStatus, SearchHit } from '../../../shared/article';
import { foldForIndex, highlight, leading, matchExpression, normaliseForExact, parseQuery, snippet, wholeWords, widened, type ParsedQuery } from './search-text';

/** bm25 weights for (title, summary, body): a word in the title counts most. */
const WEIGHTS = '10.0, 3.0, 1.0';
/**
 * Ranking looks at the newest RECENT matches only (newest = highest doc_no). Scoring every match of
 * a common word ("uy ban" matches nearly every article) costs hundreds of milliseconds on 100k
 * articles; the newest 1,000 matches are where an editor looks anyway.
 */
const RECENT = 1000;
/** How many best-scored matches are checked for an exact-diacritic match before ranking. */
const CANDIDATES = 100;

interface CandidateRow {
  doc_no: number;
  id: string;
  title: string;
  status: ArticleStatus;
  category: string;
  modified_at: string;
  summary: string;
}

export class ArticleSearch {
  private readonly match: Database.Statement<[string], { doc_no: number; score: number }>;
  private readonly candidate: Database.Statement<[number], CandidateRow>;
  private readonly bodyText: Database.Statement<[number], { body_text: string }>;
  private readonly remove: Database.Statement<[number]>;
  private readonly add: Database.Statement<[number, string, string, string]>;

  constructor(db: Database.Database) {
    this.match = db.prepare(
      `SELECT rowid AS doc_no, bm25(article_search, ${WEIGHTS}) AS score FROM article_search
       WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ${RECENT}`
    );
    this.candidate = db.prepare(
      `SELECT a.doc_no, a.id, a.title, a.status, a.category, a.modified_at, r.summary
       FROM articles a JOIN article_revisions r ON r.id = a.current_revision_id WHERE a.doc_no = ?`
    );
    this.bodyText = db.prepare(
      'SELECT body_text FROM articles WHERE doc_no = ?'
    );
    this.remove = db.prepare('DELETE FROM article_search WHERE rowid = ?');
    this.add = db.prepare('INSERT INTO article_search (rowid, title, summary, body) VALUES (?, ?, ?, ?)');
  }

  /** Indexes (or re-indexes) the current text of one article. Call inside the saving transaction. */
  index(docNo: number, title: string, summary: string, bodyText: string, replace: boolean): void {
    if (replace) this.remove.run(docNo);
    this.add.run(docNo, foldForIndex(title), foldForIndex(summary), foldForIndex(bodyText));
  }

  search(query: string, limit: number): SearchHit[] {
    const typed = parseQuery(query);
    if (typed.terms.length === 0) return [];
    // Whole words first; the unfinished last word is widened only when that finds too little
    // (prefix expansion without a prefix index is the slow path).
    let q = wholeWords(typed);
    let matches = this.match.all(matchExpression(q));
    const wider = matches.length < limit ? widened(typed) : null;
    if (wider) {
      q = wider;
      matches = this.match.all(matchExpression(q));
    }
    const ranked = matches.sort((a, b) => a.score - b.score).slice(0, Math.max(CANDIDATES, limit));
    // Exact-diacritic matches first, each group keeping bm25 order. Title and summary are checked
    // first; the body is read only when they do not decide.
    const exact: { row: CandidateRow; body?: string }[] = [];
    const folded: { row: CandidateRow; body?: string }[] = [];
    for (const { doc_no } of ranked) {
      const row = this.candidate.get(doc_no);
      if (!row) continue;
      if (contains(row.title, q) || contains(row.summary, q)) {
        exact.push({ row });
      } else {
        const body = this.body(doc_no);
        (body.toLowerCase().includes(q.exact) ? exact : folded).push({ row, body });
      }
      if (exact.length >= limit) break;
    }
    return [...exact.map((c) => ({ ...c, exact: true })), ...folded.map((c) => ({ ...c, exact: false }))]
      .slice(0, limit)
      .map((c) => this.hit(c.row, c.body ?? this.body(c.row.doc_no), c.exact, q));
  }

  private body(docNo: number): string {
    return this.bodyText.get(docNo)?.body_text ?? '';
  }

  private hit(row: CandidateRow, body: string, exact: boolean, q: ParsedQuery): SearchHit {
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      category: row.category,
      modifiedAt: row.modified_at,
      titleParts: highlight(row.title, q),
      snippet: snippet(row.summary, q) ?? snippet(body, q) ?? leading(row.summary || body, q),
      exact
    };
  }
}

function contains(text: string, q: ParsedQuery): boolean {
  return q.exact.length > 0 && normaliseForExact(text).includes(q.exact);
}
