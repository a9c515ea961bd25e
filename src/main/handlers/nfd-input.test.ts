// NFD input (macOS, some web pages and tools send decomposed Vietnamese) through dispatch: every stored field,
// the body, imports and search end up NFC, and an NFD query finds the article.
import { describe, expect, it } from 'vitest';
import { fieldsOf, type Article, type ImportedArticle } from '../../shared/article';
import type { ArticleSaved, Output } from '../../shared/contract';
import { textToBody } from '../../core/editor/body';
import { useAuthorWorkspace } from './author-workspace.fixture';
import { ok } from './testing';

const { call } = useAuthorWorkspace('nfd');
const nfd = (s: string) => s.normalize('NFD');
const isNfc = (s: string) => s === s.normalize('NFC');

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
