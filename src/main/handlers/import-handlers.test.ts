// article.import with malformed files through dispatch: a clear Vietnamese refusal and no article, not even a
// partial one; the articles already there are untouched.
import { expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import type { Output } from '../../shared/contract';
import { ErrorCode } from '../../shared/errors';
import { textToBody } from '../../core/editor/body';
import { textPart, zip } from '../adapters/import/zip-fixture';
import { useAuthorWorkspace } from './author-workspace.fixture';
import { ok, refusal } from './testing';

const { call } = useAuthorWorkspace('import');
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

it('refuses malformed .docx and .html files without creating any article', async () => {
  const kept = await ok<Article>(call('article.create', { fields: { title: 'Bài đã có', body: textToBody('Nội dung đã lưu.') } }));
  const files: [string, Uint8Array | string][] = [
    ['khong-phai-word.docx', zip([textPart('ghi-chu.txt', 'xin chào')])],
    ['cat-do.docx', zip([textPart('word/document.xml', '<w:document><w:body><w:p>')])],
    ['nua-chung.docx', zip([textPart('a.txt', 'x'), textPart('b.txt', 'y')]).slice(0, 50)],
    ['anh-doi-ten.html', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['rac.html', '<p>\u0000\u0001\u0002</p>']
  ];
  for (const [fileName, bytes] of files) {
    const err = await refusal(call('article.import', { fileName, dataBase64: b64(bytes) }));
    expect(err.code, fileName).toBe(ErrorCode.UNSUPPORTED_FILE);
    expect(err.message, fileName).toMatch(/^(Không đọc được tệp Word|Tệp “)/);
  }
  const list = await ok<Output<'article.list'>>(call('article.list', {}));
  expect(list.total).toBe(1);
  expect((await ok<Article>(call('article.get', { id: kept.id }))).bodyText).toBe('Nội dung đã lưu.');
});
