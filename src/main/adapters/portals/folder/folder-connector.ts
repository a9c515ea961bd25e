// The "Thư mục" target: each article becomes a folder (<slug>/index.html, a self-contained page, and
// manifest.json with the fields, the approval fingerprint, the seal of the audit chain made for this
// publication — `verify --seal manifest.json` checks it — and the file list) beside a shared media/
// folder, for carrying to a connected machine on a USB stick. Writes go to a temp file and are renamed,
// so a pulled stick never holds half a page.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { PortalError, type MediaFile, type PortalConnector, type PortalDiscovery, type PortalPost, type RemoteItem, type RemoteMedia, type RemoteReadback } from '../../../../core/publishing/ports';
import { formatPortalDate } from '../../../../shared/dates';
import type { Seal } from '../../../../core/audit/seal';

const MANIFEST = 'manifest.json';
const MEDIA = 'media';

interface Manifest {
  format: 'ban-bien-tap/1';
  key: string;
  slug: string;
  status: 'published' | 'taken-down';
  title: string;
  summary: string;
  author: string;
  category: string;
  articleType: string;
  publishAt: string;
  featured: boolean;
  alternateLink: string;
  responsible: string;
  imprint: PortalPost['imprint'];
  fingerprint: string;
  contentHash: string;
  htmlSha256: string;
  /** Absent in manifests written before seals. */
  seal?: Seal | null;
  correctionNote: string | null;
  image: { url: string; caption: string } | null;
  attachments: Array<{ name: string; url: string }>;
  writtenAt: string;
}

export class FolderConnector implements PortalConnector {
  constructor(
    private readonly folder: string,
    private readonly now: () => Date = () => new Date()
  ) {}

  async discover(): Promise<PortalDiscovery> {
    const base = { columns: [], proposedMapping: {}, schedules: true, uniqueKey: true, categories: [] };
    if (!existsSync(this.folder) || !statSync(this.folder).isDirectory()) {
      return { ...base, ok: false, summary: '', problems: [{ code: 'no_folder', message: `Không thấy thư mục “${this.folder}”. Hãy cắm ổ USB hoặc chọn lại thư mục.` }] };
    }
    try {
      accessSync(this.folder, constants.W_OK);
    } catch {
      return { ...base, ok: false, summary: '', problems: [{ code: 'not_writable', message: `Không ghi được vào thư mục “${this.folder}” (chỉ đọc hoặc không có quyền).` }] };
    }
    const count = this.manifests().length;
    return { ...base, ok: true, problems: [], summary: `Thư mục “${this.folder}”: ghi được, đang có ${count} bài.` };
  }

  async uploadMedia(file: MediaFile): Promise<RemoteMedia> {
    return this.guard(() => {
      this.ensureFolder();
      const name = `${file.hash.slice(0, 12)}-${file.name}`;
      const path = join(this.folder, MEDIA, name);
      if (!existsSync(path)) writeAtomic(path, file.bytes);
      return { remoteId: name, url: `../${MEDIA}/${name}` };
    });
  }

  async hasMedia(media: RemoteMedia): Promise<boolean> {
    return this.guard(() => existsSync(join(this.folder, MEDIA, basename(media.remoteId))));
  }

  async find(key: string): Promise<RemoteItem | null> {
    const m = this.manifests().find((x) => x.key === key);
    return m ? this.itemOf(m) : null;
  }

  async create(post: PortalPost): Promise<RemoteItem> {
    return this.guard(() => this.write(post));
  }

  async update(_item: RemoteItem, post: PortalPost): Promise<RemoteItem> {
    return this.guard(() => this.write(post));
  }

  async takeDown(item: RemoteItem): Promise<RemoteItem> {
    return this.guard(() => this.markTakenDown(item));
  }

  private markTakenDown(item: RemoteItem): RemoteItem {
    const m = this.manifest(item.remoteId);
    if (!m) throw new PortalError('not_found', `no manifest in ${item.remoteId}`, 'Không thấy bài trong thư mục (có thể đã bị xóa tay).');
    const down: Manifest = { ...m, status: 'taken-down', writtenAt: this.now().toISOString() };
    const dir = join(this.folder, item.remoteId);
    writeAtomic(join(dir, 'index.html'), page(down.title, '<p><strong>Bài đã được gỡ.</strong></p>'));
    writeAtomic(join(dir, MANIFEST), JSON.stringify(down, null, 2));
    return this.itemOf(down);
  }

  async read(item: RemoteItem): Promise<RemoteReadback | null> {
    const m = this.manifest(item.remoteId);
    if (!m) return null;
    const html = readFileSync(join(this.folder, item.remoteId, 'article.html'), 'utf8');
    return { ...this.itemOf(m), html, fingerprint: m.fingerprint, contentHash: m.contentHash, views: null };
  }

  private write(post: PortalPost): RemoteItem {
    this.ensureFolder();
    const dir = join(this.folder, post.slug);
    mkdirSync(dir, { recursive: true });
    const manifest: Manifest = {
      format: 'ban-bien-tap/1',
      key: post.key,
      slug: post.slug,
      status: 'published',
      title: post.title,
      summary: post.summary,
      author: post.author,
      category: post.category,
      articleType: post.articleType,
      publishAt: post.publishAt,
      featured: post.featured,
      alternateLink: post.alternateLink,
      responsible: post.imprint.responsible,
      imprint: post.imprint,
      fingerprint: post.fingerprint,
      contentHash: post.contentHash,
      htmlSha256: createHash('sha256').update(post.html, 'utf8').digest('hex'),
      seal: post.seal,
      correctionNote: post.correctionNote,
      image: post.image ? { url: post.image.url, caption: post.image.caption } : null,
      attachments: post.attachments.map((a) => ({ name: a.name, url: a.url })),
      writtenAt: this.now().toISOString()
    };
    // article.html is exactly what was signed off and sanitised; index.html wraps it for reading.
    writeAtomic(join(dir, 'article.html'), post.html);
    writeAtomic(join(dir, 'index.html'), page(post.title, articlePage(post)));
    writeAtomic(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
    return this.itemOf(manifest);
  }

  private itemOf(m: Manifest): RemoteItem {
    return { remoteId: m.slug, url: join(this.folder, m.slug, 'index.html'), status: m.status === 'published' ? (m.publishAt > this.now().toISOString() ? 'future' : 'written') : 'taken-down', version: m.writtenAt };
  }

  private manifest(slug: string): Manifest | null {
    const path = join(this.folder, slug, MANIFEST);
    if (!existsSync(path)) return null;
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  }

  private manifests(): Manifest[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== MEDIA)
      .map((d) => this.manifest(d.name))
      .filter((m): m is Manifest => m !== null);
  }

  /** File-system failures as the outbox understands them, explained in Vietnamese. */
  private guard<T>(write: () => T): T {
    try {
      return write();
    } catch (err) {
      if (err instanceof PortalError) throw err;
      const code = (err as NodeJS.ErrnoException).code ?? '';
      const where = `“${this.folder}”`;
      if (code === 'ENOENT') throw new PortalError('unreachable', `${code} ${this.folder}`, `Không thấy thư mục ${where} (ổ USB đã rút?); bài sẽ được ghi khi thư mục có lại.`);
      if (code === 'ENOTDIR' || code === 'EEXIST') throw new PortalError('invalid', `${code} ${this.folder}`, `${where} không phải một thư mục; hãy chọn lại thư mục trong trang “Cổng thông tin”.`);
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new PortalError('forbidden', `${code} ${this.folder}`, `Không ghi được vào ${where} (chỉ đọc hoặc không có quyền); hãy kiểm tra ổ đĩa rồi “Thử lại”.`);
      if (code === 'ENOSPC') throw new PortalError('server', `${code} ${this.folder}`, `Ổ đĩa chứa ${where} đã đầy; hãy giải phóng dung lượng, bài sẽ được thử lại.`);
      throw err;
    }
  }

  private ensureFolder(): void {
    if (!existsSync(this.folder)) {
      throw new PortalError('unreachable', `folder ${this.folder} missing`, `Không thấy thư mục “${this.folder}”. Hãy cắm ổ USB hoặc chọn lại thư mục; bài sẽ được ghi khi thư mục có lại.`);
    }
    if (!statSync(this.folder).isDirectory()) {
      throw new PortalError('invalid', `${this.folder} is not a directory`, `“${this.folder}” không phải một thư mục; hãy chọn lại thư mục trong trang “Cổng thông tin”.`);
    }
    mkdirSync(join(this.folder, MEDIA), { recursive: true });
  }
}

function articlePage(post: PortalPost): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const image = post.image ? `<figure><img src="${esc(post.image.url)}" alt="${esc(post.image.caption)}"><figcaption>${esc(post.image.caption)}</figcaption></figure>` : '';
  return `<article><h1>${esc(post.title)}</h1><p class="date">${esc(formatPortalDate(post.publishAt))}</p>${post.summary ? `<p><strong>${esc(post.summary)}</strong></p>` : ''}${image}${post.html}</article>`;
}

function page(title: string, body: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>body{font-family:"Noto Serif",Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.6}img{max-width:100%}figcaption,.date{color:#555;font-size:.9em}section{font-size:.9em;color:#333}</style>
</head><body>${body}</body></html>
`;
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
