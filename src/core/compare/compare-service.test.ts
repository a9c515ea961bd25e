import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import type { SignOffView } from '../../shared/workflow';
import type { SeenRevisions } from '../versions/ports';
import type { VersionInfo } from '../../shared/versions';
import { jsdiffDiffer } from '../../main/adapters/diff/jsdiff';
import { CompareService } from './compare-service';

const body = (text: string) => ({
  lexicalVersion: '0.52.0',
  json: JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }] } })
});
const BASE = {
  imageHash: null, imageCaption: '', summary: '', alternateLink: '', publishAt: null, featured: false, author: 'An', category: 'Thông báo',
  articleType: 'Tin', pageCount: { value: 1, overridden: false }, photoCount: { value: 0, overridden: false }, attachments: []
};
const snapshot = (title: string, text: string) => ({ ...BASE, title, body: body(text) }) as unknown as Article;
const SNAPSHOTS: Record<string, Article> = {
  v1: snapshot('Tin A', 'Xã tổ chức họp dân.'),
  v2: snapshot('Tin A', 'Xã tổ chức họp dân đông đủ.'),
  v3: snapshot('Tin A mới', 'Phường tổ chức họp dân đông đủ.')
};
const info = (n: number): VersionInfo => ({
  id: 'v' + n,
  articleId: 'a1',
  revisionId: 'r' + n,
  number: n,
  kind: 'autosave',
  note: '',
  status: 'cho_duyet',
  createdAt: '2026-11-01T0' + n + ':00:00.000Z',
  createdBy: { id: 'u1', name: 'An' },
  contentHash: 'h' + n,
  title: 'Tin A',
  wordCount: 5
});
const signOff = (signerId: string, versionHash: string): SignOffView => ({
  id: 's1',
  articleId: 'a1',
  revisionId: 'r-x',
  contentHash: versionHash,
  signedAt: '2026-11-01T02:30:00.000Z',
  signer: { id: signerId, name: 'Sếp', position: 'Trưởng ban' },
  keyId: 'k',
  comment: '',
  signatureValid: true,
  current: false,
  voidedReason: 'Nội dung đã sửa sau khi duyệt'
});

function handler(signOffs: SignOffView[], seen: SeenRevisions | null = null) {
  const service = new CompareService({
    versions: {
      list: () => [info(3), info(1), info(2)],
      get: (_articleId, versionId) => SNAPSHOTS[versionId]!
    },
    workflow: { signOffs: () => signOffs },
    views: { seen: (userId) => (userId === 'boss' ? seen : null) },
    differ: jsdiffDiffer
  });
  return async ({ articleId, ...requested }: { articleId: string; fromVersionId?: string; toVersionId?: string }, ctx: { user: { id: string; name: string } }) =>
    service.compare(articleId, requested, ctx.user);
}
const ctx = (id: string) => ({ user: { id, name: id } });

describe('CompareService (version.compare)', () => {
  it('shows an approver what changed since the version they signed', async () => {
    const c = await handler([signOff('boss', 'h1')])({ articleId: 'a1' }, ctx('boss'));
    expect([c.from.number, c.to.number]).toEqual([1, 3]);
    expect(c.fields.map((f) => f.label)).toEqual(['Tiêu đề']);
    expect(c.summary).toMatchObject({ added: 4, removed: 1, changedBlocks: 1 });
  });

  it('shows a user what changed since the version they saw on their previous visit', async () => {
    const c = await handler([], { lastSeenRevisionId: 'r3', previousSeenRevisionId: 'r1', seenAt: 't' })({ articleId: 'a1' }, ctx('boss'));
    expect([c.from.number, c.to.number]).toEqual([1, 3]);
  });

  it('defaults to the previous revision for someone who signed nothing', async () => {
    const c = await handler([signOff('boss', 'h1')])({ articleId: 'a1' }, ctx('editor'));
    expect([c.from.number, c.to.number]).toEqual([2, 3]);
    const removed = c.blocks[0]!.parts.filter((p) => p.change === 'removed').map((p) => p.text);
    expect(removed).toEqual(['Xã']);
  });

  it('compares exactly the versions asked for', async () => {
    const c = await handler([])({ articleId: 'a1', fromVersionId: 'v1', toVersionId: 'v2' }, ctx('editor'));
    expect(c.blocks[0]!.parts.filter((p) => p.change === 'added').map((p) => p.text.trim())).toEqual(['đông đủ']);
    expect(c.fields).toEqual([]);
  });
});
