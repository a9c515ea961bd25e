// Comments: what 50 anchored threads add to each autosave of a 5,000-word article (every anchor is
// carried to the new revision in the save's transaction), and listing them when the article opens.
// Runs in its own temp workspace through the real composition (SQLite, workflow guard, jsdiff).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src/main/app';
import { paragraphsBody } from '../../src/core/testing/body';
import { autosaveEdit, longArticle, seeded } from '../../src/main/adapters/sqlite/revision-store.fixture';
import { percentile, time } from '../stats';
import type { BenchSection } from './section';

const THREADS = 50;
const SAVES = 200;
const LISTS = 30;

export const comments: BenchSection = {
  name: 'comments',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-comments-'));
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => undefined });
    try {
      const { articles, accounts, comments: service } = app.services;
      const admin = await accounts.setup({ login: 'quantri', fullName: 'Quản trị', position: '', password: 'mat-khau-do-hieu-nang' });
      const author = await accounts.create(admin, { login: 'bientap', fullName: 'Người viết', position: '', roles: ['bien_tap_vien'], password: 'mat-khau-do-hieu-nang' });
      const user = { id: author.id, name: author.fullName };
      const rnd = seeded(7);
      const start = longArticle(rnd, 5000);
      const write = (paragraphs: string[]) => articles.create({ title: 'Bài đo', body: paragraphsBody(paragraphs) }, user);
      const plain = write(start);
      const commented = write(start);
      // One thread on the first word of each of 50 paragraphs spread over the text.
      for (let i = 0; i < THREADS; i++) {
        const current = articles.get(commented.id);
        const p = start[Math.floor((i * start.length) / THREADS)]!;
        const quote = p.split(' ').slice(0, 3).join(' ');
        const at = current.bodyText.indexOf(p);
        service.create({ articleId: commented.id, revisionId: current.revisionId, start: at, end: at + quote.length, quote, body: `Ý kiến ${i + 1}` }, user);
      }
      const saveAll = (id: string) => {
        let paragraphs = start;
        const samples: number[] = [];
        for (let i = 0; i < SAVES; i++) {
          paragraphs = autosaveEdit(rnd, paragraphs);
          const current = articles.get(id);
          const fields = { ...articles.blankFields(), title: current.title, body: paragraphsBody(paragraphs) };
          samples.push(time(() => articles.save(id, current.revisionId, fields, user)));
        }
        return samples;
      };
      const without = saveAll(plain.id);
      const withThreads = saveAll(commented.id);
      const list: number[] = [];
      for (let i = 0; i < LISTS; i++) list.push(time(() => service.list(commented.id)));
      const attached = service.list(commented.id).threads.filter((t) => !t.anchor.detached).length;
      const anchorKb = storedKb(join(dir, 'workspace.sqlite'), 'comment_anchors');
      const ratio = percentile(withThreads, 50) / percentile(without, 50);
      return [
        { metric: 'autosave, 5,000 words, no comments', samples: without },
        {
          metric: `autosave, 5,000 words, ${THREADS} comment threads`,
          samples: withThreads,
          goalMs: 100,
          note: `${ratio.toFixed(2)}× the save without comments (p50); ${attached}/${THREADS} threads anchored after ${SAVES} autosaves (the others' paragraphs were deleted)`
        },
        {
          metric: `list ${THREADS} comment threads (open the article)`,
          samples: list,
          goalMs: 50,
          note: `anchor positions after ${SAVES} autosaves: ${anchorKb.toFixed(0)} KB (a row only when an edit moves a comment)`
        }
      ];
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
};

/** Bytes SQLite uses for a table and its indexes, in KB. */
function storedKb(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const row = db.prepare('SELECT sum(pgsize) AS n FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name = ?)').get(table) as { n: number };
    return row.n / 1024;
  } finally {
    db.close();
  }
}
