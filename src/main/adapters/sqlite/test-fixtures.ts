// Helpers for this folder's tests: temp workspaces and valid Article values.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { approvalStatusOf, type Article } from '../../../shared/article';

export function tempDbFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'bbt-sqlite-')), 'workspace.sqlite');
}

export const EDITOR = { id: uuidv7(), name: 'Nguyễn Thị Hoa' };

function bodyOf(text: string): Article['body'] {
  const paragraphs = text.split('\n').map((t) => ({
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', version: 1, text: t, detail: 0, format: 0, mode: 'normal', style: '' }]
  }));
  return {
    lexicalVersion: '0.52.0',
    json: JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: paragraphs } })
  };
}

export function makeArticle(fields: Partial<Article> = {}): Article {
  const now = new Date().toISOString();
  const a: Article = {
    id: uuidv7(),
    title: 'Tiêu đề',
    imageHash: null,
    imageCaption: '',
    summary: '',
    body: bodyOf(fields.bodyText ?? ''),
    alternateLink: '',
    publishAt: null,
    featured: false,
    author: 'Ban biên tập',
    category: 'Thông báo',
    articleType: 'Tin',
    pageCount: { value: 1, overridden: false },
    photoCount: { value: 0, overridden: false },
    status: 'nhap',
    approvalStatus: 3,
    viewCount: 0,
    attachments: [],
    version: 1,
    revisionId: uuidv7(),
    contentHash: '',
    bodyText: '',
    wordCount: 0,
    createdAt: now,
    createdBy: EDITOR,
    modifiedAt: now,
    modifiedBy: EDITOR,
    ...fields
  };
  return finish(a);
}

/** The next saved version of `a` with `changes` applied. */
export function nextVersion(a: Article, changes: Partial<Article> = {}): Article {
  return finish({
    ...a,
    ...changes,
    body: changes.bodyText !== undefined ? bodyOf(changes.bodyText) : a.body,
    version: a.version + 1,
    revisionId: uuidv7(),
    modifiedAt: new Date(Date.parse(a.modifiedAt) + 1000).toISOString()
  });
}

function finish(a: Article): Article {
  return {
    ...a,
    approvalStatus: approvalStatusOf(a.status),
    wordCount: a.bodyText.split(/\s+/u).filter(Boolean).length,
    contentHash: createHash('sha256').update(JSON.stringify([a.title, a.summary, a.body.json])).digest('hex')
  };
}
