// NFD input (macOS, some web pages and tools send decomposed Vietnamese) through dispatch: every stored field,
// the body, imports and search end up NFC, and an NFD query finds the article.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldsOf, type Article, type ImportedArticle } from '../../shared/article';
import type { ArticleSaved, Output } from '../../shared/contract';
import { textToBody } from '../../core/editor/body';
import { openApp, type App } from '../app';
import { SAMPLE_SCRYPT } from '../adapters/crypto/scrypt';
import { ScryptPasswordHasher } from '../adapters/crypto/password-hasher';
import { ok } from './testing';

/** Cheaper password hashing: these tests are about input, not logins. */
const FAST = { passwords: new ScryptPasswordHasher(SAMPLE_SCRYPT), keyScrypt: SAMPLE_SCRYPT };
const ADMIN = { connectionId: 'test:admin' };
const AUTHOR = { connectionId: 'test:author' };
const nfd = (s: string) => s.normalize('NFD');
const isNfc = (s: string) => s === s.normalize('NFC');

let dir: string;
let app: App;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-nfd-'));
  app = openApp({ workspaceDir: dir, mode: 'browser', log: () => {}, overrides: FAST });
  await ok(app.dispatch('auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'quantri-123' }, ADMIN));
  await ok(app.dispatch('users.create', { login: 'bientap', fullName: 'Lê Thị Hà', position: '', roles: ['bien_tap_vien'], password: 'bientap-123' }, ADMIN));
  await ok(app.dispatch('auth.login', { login: 'bientap', password: 'bientap-123' }, AUTHOR));
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, input: unknown) => app.dispatch(method, input, AUTHOR);

describe('NFD input ends up NFC', () => {
  it('in every text field, the body and its plain text, and search finds it with an NFD or unaccented query', async () => {
    const a = await ok<Article>(call('article.create', {}));
    const fields = {
      ...fieldsOf(a),
      title: nfd('Hội nghị tổng kết phong trào Đồng khởi'),
      summary: nfd('Ủy ban nhân dân thị xã tổng kết năm 2026.'),
      imageCaption: nfd('Quang cảnh hội nghị'),
      author: nfd('Trần Thị Bé'),
      category: nfd('Văn hóa – Xã hội'),
      articleType: nfd('Tường thuật'),
      body: textToBody(nfd('Sáng nay, hội nghị diễn ra tại hội trường Ủy ban.'))
    };
    const { article } = await ok<ArticleSaved>(call('article.save', { id: a.id, baseRevisionId: a.revisionId, fields }));
    const stored = await ok<Article>(call('article.get', { id: a.id }));
    for (const s of [article, stored]) {
      for (const key of ['title', 'summary', 'imageCaption', 'author', 'category', 'articleType', 'bodyText'] as const) expect(isNfc(s[key]), key).toBe(true);
      expect(isNfc(s.body.json)).toBe(true);
    }
    expect(stored.title).toBe('Hội nghị tổng kết phong trào Đồng khởi');
    for (const query of [nfd('Đồng khởi'), 'dong khoi', nfd('hội trường')]) {
      const hits = await ok<Output<'article.search'>>(call('article.search', { query }));
      expect(hits.map((h) => h.id), query).toEqual([a.id]);
    }
  });

  it('in imported .txt and .html files', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const txt = await ok<ImportedArticle>(call('article.import', { fileName: nfd('Thông báo.txt'), dataBase64: b64(nfd('Thông báo tiếp dân\nChủ tịch tiếp dân thứ Năm.')) }));
    const html = await ok<ImportedArticle>(
      call('article.import', { fileName: 'lich.html', dataBase64: b64(nfd('<title>Lịch công tác tuần</title><p>Họp giao ban sáng thứ Hai.</p>')) })
    );
    expect(txt.article.title).toBe('Thông báo tiếp dân');
    expect(txt.article.bodyText).toBe('Chủ tịch tiếp dân thứ Năm.');
    expect(html.article.title).toBe('Lịch công tác tuần');
    expect(html.article.bodyText).toBe('Họp giao ban sáng thứ Hai.');
    for (const a of [txt.article, html.article]) expect(isNfc(a.body.json)).toBe(true);
  });
});
