// Bulletin (bản tin): a 24-article issue with 40 images printed to PDF by the app as it runs (openApp's
// default BulletinPrinter: the real Chromium renderer and PdfLibInspector, as many passes as the table of
// contents needs), timed cold (the process's first print) and warm; beside it, LibreOffice converting the
// same content from a .docx to PDF, and the ratio of the two (warm p50 / warm p50). Goal: ≤ 5 s a print.
// BENCH_BULLETIN_RUNS=N warm runs of each (default 5); BENCH_BULLETIN_KEEP=1 keeps the files to look at.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { htmlToBody } from '../../src/core/editor/body';
import { issueInstant } from '../../src/shared/bulletin';
import type { PrintedBulletin } from '../../src/core/printing/bulletin-printer';
import { openApp, type App } from '../../src/main/app';
import { parseHtml } from '../../src/main/adapters/html/parse-html';
import { uuidV7Ids } from '../../src/main/adapters/system';
import { SAMPLE_BULLETIN_FROM, SAMPLE_BULLETIN_PROFILE } from '../../src/main/sample/bulletin';
import type { Role, SessionUser } from '../../src/shared/accounts';
import type { BulletinIssueView } from '../../src/shared/bulletin';
import { formatDate, weekdayName } from '../../src/shared/dates';
import { ARTICLE_COUNT, bodyHtml, bulletinSpec, imageCount, type ArticleSpec, type BulletinSpec } from '../bulletin-content';
import { bulletinDocx, convertWithLibreOffice, findLibreOffice } from '../bulletin-docx';
import { percentile, type Row } from '../stats';
import type { BenchSection } from './section';

const RUNS = Number(process.env['BENCH_BULLETIN_RUNS'] ?? 5);
const GOAL_MS = 5_000;
export const NO_LIBREOFFICE = 'LibreOffice not installed: apt-get install libreoffice-writer-nogui';

export const bulletin: BenchSection = {
  name: 'bulletin',
  ownWorkspace: true,
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-bulletin-'));
    const app = openApp({ workspaceDir: join(dir, 'workspace'), mode: 'cli', log: () => {}, overrides: { jobs: false } });
    try {
      const { services } = app;
      const { spec, issue, users } = setUpBulletin(app);
      log(`  ${ARTICLE_COUNT} articles with ${imageCount(spec)} images in ${spec.sections.length} sections`);

      // Each pass announces itself ("job.progress" running) before it prints; the last event is "done".
      let marks: number[] = [];
      const stop = app.events.subscribe((e) => {
        if (e.type === 'job.progress' && e.payload.kind === 'print') marks.push(performance.now());
      });
      const prints: { ms: number; passes: number[]; printed: PrintedBulletin }[] = [];
      for (let i = 0; i <= RUNS; i++) {
        log(`  print ${i === 0 ? 'cold' : `${i}/${RUNS}`}…`);
        marks = [];
        const start = performance.now();
        const printed = await services.bulletinPrinter.print(issue.id, users.composer);
        const ms = performance.now() - start;
        prints.push({ ms, passes: marks.slice(1).map((t, k) => t - marks[k]!), printed });
      }
      stop();
      const [cold, ...warm] = prints;
      const last = prints.at(-1)!.printed;
      const pdfFile = join(dir, last.fileName);
      writeFileSync(pdfFile, last.bytes);
      const checks = [
        `${last.pageCount} pages`,
        `passes ${[...new Set(prints.map((p) => p.passes.length))].join('/')}`,
        `${(last.bytes.length / 1e6).toFixed(1)} MB`,
        pdfImages(pdfFile),
        last.draft ? 'FAILURE: printed as a draft' : null
      ].filter(Boolean);
      const appP50 = percentile(warm.map((p) => p.ms), 50);
      const rows: Row[] = [
        { metric: 'first print in the process (cold)', samples: [cold!.ms], note: `passes ${cold!.passes.length}: ${cold!.passes.map((p) => p.toFixed(0)).join(' + ')} ms` },
        {
          metric: `print ${ARTICLE_COUNT} articles, ${imageCount(spec)} images → PDF (warm)`,
          samples: warm.map((p) => p.ms),
          goalMs: GOAL_MS,
          note: `min ${Math.min(...warm.map((p) => p.ms)).toFixed(0)}; ${checks.join('; ')}`
        },
        { metric: 'one pass (contents + setContent + pdf, read back)', samples: warm.flatMap((p) => p.passes) }
      ];

      const lo = findLibreOffice();
      if (!lo) {
        log(`  ${NO_LIBREOFFICE}`);
        rows.push({ metric: 'LibreOffice .docx → PDF', samples: [], note: NO_LIBREOFFICE });
        return rows;
      }
      const day = issueInstant(issue.date);
      const docx = join(dir, `ban-tin-so-${issue.number}.docx`);
      writeFileSync(docx, await bulletinDocx(spec, SAMPLE_BULLETIN_PROFILE, issue.number, `${weekdayName(day)}, ngày ${formatDate(day)}`));
      const profile = join(dir, 'lo-profile');
      const out = join(dir, 'lo-out');
      const conversions: { ms: number; pdf: Uint8Array }[] = [];
      for (let i = 0; i <= RUNS; i++) {
        log(`  LibreOffice ${i === 0 ? 'cold (new profile)' : `${i}/${RUNS}`}…`);
        const start = performance.now();
        const pdf = convertWithLibreOffice(lo, profile, docx, out);
        conversions.push({ ms: performance.now() - start, pdf });
      }
      const [loCold, ...loWarm] = conversions;
      const loPages = (await PDFDocument.load(conversions.at(-1)!.pdf)).getPageCount();
      const loP50 = percentile(loWarm.map((c) => c.ms), 50);
      const ratio = `app / LibreOffice (warm p50) = ${(appP50 / loP50).toFixed(2)}×`;
      log(`  ${ratio}`);
      rows.push(
        { metric: 'LibreOffice first conversion (new user profile)', samples: [loCold!.ms], note: libreOfficeVersion(lo) },
        {
          metric: 'LibreOffice .docx → PDF (warm profile)',
          samples: loWarm.map((c) => c.ms),
          note: `min ${Math.min(...loWarm.map((c) => c.ms)).toFixed(0)}; ${loPages} pages; .docx ${(statSync(docx).size / 1e6).toFixed(1)} MB; ${ratio}`
        }
      );
      return rows;
    } finally {
      app.close();
      if (process.env['BENCH_BULLETIN_KEEP']) log(`  kept ${dir} (the app's PDF, the .docx and LibreOffice's PDF)`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
};

/** The bulletin profile, the 24 signed-off articles and issue Số 1 of them in four sections. */
export function setUpBulletin(app: App): { spec: BulletinSpec; issue: BulletinIssueView; users: Record<'admin' | 'author' | 'composer', SessionUser> } {
  const users = accounts(app);
  app.services.bulletinProfile.save(SAMPLE_BULLETIN_PROFILE, SAMPLE_BULLETIN_FROM, users.admin);
  const spec = bulletinSpec();
  const sections = spec.sections.map((s) => ({ title: s.title, articleIds: s.articles.map((a) => createArticle(app, a, users.author)) }));
  const created = app.services.bulletins.create(users.composer);
  return { spec, issue: app.services.bulletins.save(created.id, { date: created.date, sections }, users.composer), users };
}

function createArticle(app: App, a: ArticleSpec, author: SessionUser): string {
  const hash = (png: Uint8Array) => app.media.put(png).hash;
  const html = bodyHtml(a.blocks, (image) => `media:${hash(image.png)}`);
  const article = app.services.articles.create(
    {
      title: a.title,
      summary: a.summary,
      author: a.author,
      category: 'Tin tức – sự kiện',
      articleType: 'Tin',
      imageHash: hash(a.main.png),
      imageCaption: a.main.caption,
      body: htmlToBody(html, parseHtml)
    },
    author,
    { status: 'da_duyet' }
  );
  return article.id;
}

/** "40 images in the PDF" from poppler's pdfimages, when it is installed. */
function pdfImages(file: string): string | null {
  const r = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return `${r.stdout.trim().split('\n').length - 2} images in the PDF`;
}

function libreOfficeVersion(bin: string): string {
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ').slice(0, 2).join(' ');
}

/** An administrator (fills the bulletin profile), an author and the secretary who composes the issue. */
function accounts(app: App): Record<'admin' | 'author' | 'composer', SessionUser> {
  const people: Record<'admin' | 'author' | 'composer', { login: string; name: string; role: Role }> = {
    admin: { login: 'quantri', name: 'Nguyễn Văn Hùng', role: 'quan_tri' },
    author: { login: 'bientap', name: 'Lê Thị Thu Hà', role: 'bien_tap_vien' },
    composer: { login: 'thuky', name: 'Phạm Thị Thư', role: 'thu_ky' }
  };
  const out = {} as Record<keyof typeof people, SessionUser>;
  for (const [key, p] of Object.entries(people) as [keyof typeof people, (typeof people)[keyof typeof people]][]) {
    const id = uuidV7Ids.newId();
    const user = { id, login: p.login, fullName: p.name, position: '', roles: [p.role], disabled: false, createdAt: new Date().toISOString() };
    app.store.accounts.insert(user, { passwordHash: 'not-used-by-the-benchmark' });
    out[key] = { id, name: p.name, login: p.login, position: '', roles: [p.role] };
  }
  return out;
}
