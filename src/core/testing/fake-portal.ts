// An in-memory portal for outbox tests: items by id with a sync key, uploads, and scripted faults on
// the next calls (including "applied, then the answer lost", the case that duplicates naive clients).
import { PortalError, type MediaFile, type PortalConnector, type PortalDiscovery, type PortalPost, type RemoteItem, type RemoteMedia, type RemoteReadback } from '../publishing/ports';

export type FakeFault = 'unreachable' | 'throttled' | 'server' | 'auth' | 'conflict' | 'lost-after-apply' | 'hang-after-apply';
type Op = 'create' | 'update' | 'find' | 'upload' | 'hasMedia' | 'takeDown' | 'read';

export interface FakeItem {
  id: string;
  key: string;
  post: PortalPost;
  status: string;
  version: number;
}

export class FakePortal {
  readonly items = new Map<string, FakeItem>();
  readonly media = new Map<string, RemoteMedia>();
  readonly calls: Op[] = [];
  private readonly faults: Array<{ op: Op | '*'; fault: FakeFault }> = [];
  private nextId = 1;
  private nextMedia = 1;

  /** The next matching call fails this way (queued in order). */
  fail(op: Op | '*', fault: FakeFault): this {
    this.faults.push({ op, fault });
    return this;
  }

  itemsWithKey(key: string): FakeItem[] {
    return [...this.items.values()].filter((i) => i.key === key);
  }

  /** Someone edits the item directly on the portal. */
  tamper(id: string, html: string): void {
    const item = this.items.get(id)!;
    item.post = { ...item.post, html };
    item.version += 1;
  }

  /** Someone deletes an uploaded file directly on the portal. */
  deleteMedia(remoteId: string): void {
    for (const [key, m] of this.media) if (m.remoteId === remoteId) this.media.delete(key);
  }

  connector(): PortalConnector {
    const run = async <T>(op: Op, apply: () => T): Promise<T> => {
      this.calls.push(op);
      const i = this.faults.findIndex((f) => f.op === op || f.op === '*');
      const fault = i >= 0 ? this.faults.splice(i, 1)[0]!.fault : null;
      if (fault === 'unreachable') throw new PortalError('unreachable', 'ECONNREFUSED', 'Không kết nối được cổng.');
      if (fault === 'throttled') throw new PortalError('throttled', '429', 'Cổng đang quá tải.', 120_000);
      if (fault === 'server') throw new PortalError('server', '500', 'Cổng báo lỗi máy chủ.');
      if (fault === 'auth') throw new PortalError('auth', '401', 'Sai mật khẩu cổng.');
      if (fault === 'conflict') throw new PortalError('conflict', '412', 'Bài trên cổng vừa đổi.');
      const result = apply();
      if (fault === 'lost-after-apply') throw new PortalError('ambiguous', 'socket hang up after send', 'Mất kết nối khi đang gửi.');
      // The process dies while waiting for the answer: the call never returns.
      if (fault === 'hang-after-apply') return new Promise<T>(() => undefined);
      return result;
    };
    const remote = (i: FakeItem): RemoteItem => ({ remoteId: i.id, url: `https://cong.example/tin/${i.post.slug}`, status: i.status, version: String(i.version) });
    return {
      discover: async (): Promise<PortalDiscovery> => ({ ok: true, problems: [], summary: 'Cổng thử nghiệm', columns: [], proposedMapping: {}, schedules: true, uniqueKey: true, categories: [] }),
      uploadMedia: (file: MediaFile) =>
        run('upload', () => {
          const m = { remoteId: `m${this.nextMedia++}`, url: `https://cong.example/anh/${file.name}` };
          this.media.set(`${file.hash}-${m.remoteId}`, m);
          return m;
        }),
      hasMedia: (m: RemoteMedia) => run('hasMedia', () => [...this.media.values()].some((x) => x.remoteId === m.remoteId)),
      find: (key: string) => run('find', () => {
        const found = this.itemsWithKey(key)[0];
        return found ? remote(found) : null;
      }),
      create: (post: PortalPost) =>
        run('create', () => {
          const item: FakeItem = { id: String(this.nextId++), key: post.key, post, status: post.scheduled ? 'future' : 'publish', version: 1 };
          this.items.set(item.id, item);
          return remote(item);
        }),
      update: (r: RemoteItem, post: PortalPost) =>
        run('update', () => {
          const item = this.items.get(r.remoteId);
          if (!item) throw new PortalError('not_found', '404', 'Không thấy bài trên cổng.');
          Object.assign(item, { post, status: post.scheduled ? 'future' : 'publish', version: item.version + 1 });
          return remote(item);
        }),
      takeDown: (r: RemoteItem) =>
        run('takeDown', () => {
          const item = this.items.get(r.remoteId);
          if (!item) throw new PortalError('not_found', '404', 'Không thấy bài trên cổng.');
          Object.assign(item, { status: 'draft', version: item.version + 1 });
          return remote(item);
        }),
      read: (r: RemoteItem) =>
        run('read', (): RemoteReadback | null => {
          const item = this.items.get(r.remoteId);
          return item ? { ...remote(item), html: item.post.html, fingerprint: item.post.fingerprint, contentHash: item.post.contentHash, views: 7 } : null;
        })
    };
  }
}
