// Publishing: 100 signed articles sent by the real outbox worker and SharePoint connector over real HTTP
// to the SharePoint emulator (in this process, 127.0.0.1, profile 2013), and what the app adds per
// article beyond the server's own time. The app is built by the composition root (openApp) in a temp
// workspace. Server time is the emulator's `durationMs` per request (headers in → response handed to
// the socket); the requests of one article are those logged between its outbox 'sending' and 'done'
// events (the worker sends one article at a time).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../src/main/app';
import { startSharePointEmulator, type SharePointEmulator } from '../../src/main/adapters/portals/sharepoint-emulator';
import { landscapePng, PALETTES } from '../../src/main/sample/images';
import { SAMPLE_PROFILE } from '../../src/main/sample/profile';
import { uuidV7Ids } from '../../src/main/adapters/system';
import type { Role, SessionUser } from '../../src/shared/accounts';
import { evenParagraphs, generateArticle } from '../articles';
import { BENCH_LEXICAL_VERSION, paragraphsToLexicalJson } from '../lexical-body';
import { Random } from '../random';
import type { Row } from '../stats';
import type { BenchSection } from './section';

const ARTICLES = 100;
const WORDS = 600;
/** Every IMAGE_EVERY-th article has a main image (640×360 PNG), uploaded to PublishingImages. */
const IMAGE_EVERY = 4;
const LIST = 'Tin Tức Mở Rộng';
const PASSWORD = 'mat-khau-do-hieu-nang';

export const publishing: BenchSection = {
  name: 'publishing',
  ownWorkspace: true,
  async run({ log }) {
    const dir = mkdtempSync(join(tmpdir(), 'bbt-bench-publishing-'));
    let sp: SharePointEmulator | null = null;
    const app = openApp({ workspaceDir: dir, mode: 'cli', log: () => {}, overrides: { keyScrypt: { N: 2 ** 10, r: 8, p: 1 }, jobs: false } });
    try {
      sp = await startSharePointEmulator({ port: 0, profile: '2013' });
      const { services, store } = app;
      const users = accounts(app);
      services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', users.admin);

      log(`  ${ARTICLES} articles of ${WORDS} words, signed…`);
      const r = new Random(2026_09);
      const ids: string[] = [];
      const withImage = new Set<string>();
      for (let i = 0; i < ARTICLES; i++) {
        const g = generateArticle(r, i, ARTICLES);
        // A photo of its own per article (the sun's colour differs), so every one is uploaded.
        const palette = PALETTES[i % PALETTES.length]!;
        const image = i % IMAGE_EVERY === 0 ? app.media.put(landscapePng({ ...palette, sun: [255, 150 + i, 90] })).hash : null;
        const a = services.articles.create(
          {
            title: g.title,
            summary: g.summary,
            author: g.author,
            category: 'Kinh tế',
            articleType: 'Tin',
            imageHash: image,
            imageCaption: image ? `Ảnh minh họa: ${g.title}` : '',
            body: { lexicalVersion: BENCH_LEXICAL_VERSION, json: paragraphsToLexicalJson(evenParagraphs(r, 8, WORDS)) }
          },
          users.author,
          { status: 'cho_duyet' }
        );
        await services.workflow.act(a.id, 'ky-duyet', users.approver, { password: PASSWORD });
        ids.push(a.id);
        if (image) withImage.add(a.id);
      }
      const target = services.publishing.addTarget(
        { name: 'Cổng thị xã', type: 'sharepoint', config: { url: sp.webUrl, list: LIST, auth: 'ntlm', user: 'PORTAL\\bbt' }, secret: 'Mat-khau-SP-2026' },
        users.admin
      );

      const enqueue: number[] = [];
      const enqueueStart = performance.now();
      for (const id of ids) {
        const t0 = performance.now();
        services.publishing.publish(id, target.id, users.publisher, { confirm: true });
        enqueue.push(performance.now() - t0);
      }
      const enqueueTotal = performance.now() - enqueueStart;

      // Per article: the clock and the emulator's log position at 'sending' and at 'done'.
      const marks = new Map<string, { articleId: string; start?: number; end?: number; from?: number; to?: number }>();
      const stop = app.events.subscribe((e) => {
        if (e.type !== 'outbox.changed') return;
        const m = marks.get(e.payload.id) ?? { articleId: e.payload.articleId };
        if (e.payload.state === 'sending') Object.assign(m, { start: performance.now(), from: sp!.requests.length });
        if (e.payload.state === 'done') Object.assign(m, { end: performance.now(), to: sp!.requests.length });
        marks.set(e.payload.id, m);
      });
      const logBefore = sp.requests.length;
      log(`  sending ${ARTICLES} articles to the SharePoint emulator…`);
      const wallStart = performance.now();
      const outcomes = await services.outbox.runOnce();
      const wall = performance.now() - wallStart;
      stop();

      const all = sp.requests.slice(logBefore);
      const serverTotal = all.reduce((n, q) => n + (q.durationMs ?? 0), 0);
      const send: number[] = [];
      const server: number[] = [];
      const overhead: number[] = [];
      const perArticle: number[] = [];
      const requestCounts = { image: new Set<number>(), plain: new Set<number>() };
      for (const m of marks.values()) {
        if (m.start === undefined || m.end === undefined || m.from === undefined || m.to === undefined) continue;
        const requests = sp.requests.slice(m.from, m.to);
        const s = requests.reduce((n, q) => n + (q.durationMs ?? 0), 0);
        send.push(m.end - m.start);
        server.push(s);
        overhead.push(m.end - m.start - s);
        perArticle.push(requests.length);
        requestCounts[withImage.has(m.articleId) ? 'image' : 'plain'].add(requests.length);
      }
      const ok = outcomes.filter((o) => o.ok).length;
      const items = sp.items(LIST).length;
      const failures = [
        items !== ARTICLES ? `FAILURE: ${items} items in “${LIST}”, expected ${ARTICLES}` : null,
        ok !== ARTICLES ? `FAILURE: ${ok}/${ARTICLES} sends ok (${outcomes.find((o) => !o.ok)?.entry.detail ?? 'not sent'})` : null,
        send.length !== ARTICLES ? `FAILURE: ${send.length} articles timed` : null
      ].filter(Boolean);
      const published = store.outbox.open().length === 0 ? 'outbox empty' : `${store.outbox.open().length} still open`;
      const counts = (c: Set<number>) => [...c].sort((a, b) => a - b).join('/') || '—';
      log(`  ${items} items in “${LIST}”; ${all.length} requests; ${published}`);
      const last = [...marks.values()].at(-1);
      if (last?.from !== undefined) {
        const calls = sp.requests.slice(last.from, last.to).map((q) => `${q.method} ${decodeURIComponent(q.path.replace(/^\/sites\/portal\/_api\//, '').split('?')[0]!)} ${String(q.status)}`);
        log(`  requests of the last article: ${calls.join(' | ')}`);
      }
      return [
        {
          metric: `enqueue ${ARTICLES}: publish() per article (gate + outbox row)`,
          samples: enqueue,
          note: `${enqueueTotal.toFixed(0)} ms for ${ARTICLES}`
        },
        {
          metric: `send ${ARTICLES} (outbox.runOnce, wall)`,
          samples: [wall],
          note: `${(wall / ARTICLES).toFixed(1)} ms/article; emulator server time ${serverTotal.toFixed(0)} ms in total; ${withImage.size} with a main image`
        },
        { metric: 'send one article (sending → done)', samples: send },
        { metric: 'emulator server time per article', samples: server, note: `sum of durationMs of the article's requests` },
        {
          metric: 'app overhead per article (send − server time)',
          samples: overhead,
          note: `overall (wall − server) / ${ARTICLES} = ${((wall - serverTotal) / ARTICLES).toFixed(1)} ms`
        },
        {
          metric: 'requests per article (count, not ms)',
          samples: perArticle,
          note: [`${counts(requestCounts.plain)} without an image, ${counts(requestCounts.image)} with one; ${items} items in the list at the end${items === ARTICLES ? ' ✓' : ''}`, ...failures].join('; ')
        }
      ] satisfies Row[];
    } finally {
      await sp?.close();
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
};

/** One account per role the run needs, inserted with a signing key as the workflow tests do (no password hashing). */
function accounts(app: ReturnType<typeof openApp>): Record<'admin' | 'author' | 'approver' | 'publisher', SessionUser> {
  const people: Record<'admin' | 'author' | 'approver' | 'publisher', { login: string; name: string; position: string; role: Role }> = {
    admin: { login: 'quantri', name: 'Nguyễn Văn Hùng', position: 'Chánh Văn phòng HĐND và UBND thị xã', role: 'quan_tri' },
    author: { login: 'bientap', name: 'Lê Thị Thu Hà', position: 'Chuyên viên Phòng Văn hóa và Thông tin', role: 'bien_tap_vien' },
    approver: { login: 'truongban', name: 'Trần Quốc Bảo', position: 'Phó Chủ tịch UBND thị xã', role: 'truong_ban' },
    publisher: { login: 'thuky', name: 'Phạm Thị Thư', position: 'Thư ký Ban biên tập', role: 'thu_ky' }
  };
  const out = {} as Record<keyof typeof people, SessionUser>;
  for (const [key, p] of Object.entries(people) as [keyof typeof people, (typeof people)[keyof typeof people]][]) {
    const id = uuidV7Ids.newId();
    app.store.accounts.insert(
      { id, login: p.login, fullName: p.name, position: p.position, roles: [p.role], disabled: false, createdAt: new Date().toISOString() },
      { passwordHash: 'not-used-by-the-benchmark' }
    );
    app.services.keys.createKeySync(id, PASSWORD);
    out[key] = { id, name: p.name, login: p.login, position: p.position, roles: [p.role] };
  }
  return out;
}
