// Uploads into a library under a year folder: images into the publishing site's PublishingImages, other files
// (PDF, DOCX) into "Documents" when the site has it, else PublishingImages too. Names are deterministic (the outbox
// derives them from the content hash) and uploads overwrite, so a retried upload replaces rather than duplicates.
// Publishing libraries keep new files checked out, as drafts or pending approval: the file is checked in as a
// major version and approved when the account may; otherwise it stays pending (readers cannot see it yet).
import type { MediaFile, RemoteMedia } from '../../../../core/publishing/ports';
import { isSpError, SharePointError } from './errors';
import type { SpHttp } from './http';
import { entityOf, literal, query, str } from './odata';

interface Library { path: string; moderated: boolean; checkout: boolean; minor: boolean }

const BAD_CHARS = /["#%*:<>?/\\|&~{}]/g;

/** SharePoint-safe file name: ASCII, none of `" # % * : < > ? / \ |`, no leading '~' or trailing '.'. */
export function safeFileName(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').replace(/[^\x20-\x7e]/g, '');
  const cleaned = ascii.replace(BAD_CHARS, '-').replace(/\s+/g, '-').replace(/\.{2,}/g, '.').replace(/-{2,}/g, '-').replace(/-+\./g, '.')
    .replace(/^[-.~]+|[-.]+$/g, '');
  return (cleaned || 'tep').slice(0, 120);
}

export class MediaUploader {
  private readonly libraries = new Map<string, Library | null>();
  private readonly folders = new Set<string>();

  constructor(private readonly http: SpHttp, private readonly webPath: () => Promise<string>, private readonly now: () => number, private readonly warn: (m: string) => void) {}

  async upload(file: MediaFile): Promise<RemoteMedia> {
    const web = await this.webPath();
    const lib = await this.libraryFor(web, file.mime.startsWith('image/'));
    // The year as in Việt Nam (UTC+7), where the board works.
    const folder = `${lib.path}/${new Date(this.now() + 7 * 3_600_000).getUTCFullYear()}`;
    await this.ensureFolder(lib.path, folder);
    const name = safeFileName(file.name);
    const what = `tệp “${name}”`;
    const api = `${this.http.webUrl}/_api/web`;
    const added = entityOf((await this.http.call({
      method: 'POST', what, bytes: file.bytes, timeoutMs: 120_000,
      url: `${api}/GetFolderByServerRelativeUrl(${literal(folder)})/Files/add(url=${literal(name)},overwrite=true)`
    })).data);
    const path = str(added.ServerRelativeUrl) || `${folder}/${name}`;
    const fileApi = `${api}/GetFileByServerRelativeUrl(${literal(path)})`;
    const checkedOut = added.CheckOutType === 0 || added.Level === 255;
    if (checkedOut || lib.checkout) {
      await this.http.call({ method: 'POST', what, url: `${fileApi}/CheckIn(comment=${literal('Ban Biên Tập')},checkintype=1)` });
    } else if (added.Level === 2 && lib.minor) {
      await this.http.call({ method: 'POST', what, url: `${fileApi}/Publish(comment=${literal('Ban Biên Tập')})` });
    }
    if (lib.moderated) {
      try {
        await this.http.call({ method: 'POST', what, url: `${fileApi}/Approve(comment=${literal('Ban Biên Tập')})` });
      } catch (e) {
        if (!isSpError(e, 'forbidden')) throw e;
        this.warn(`SharePoint: ${path} is pending approval (the account may not approve files).`);
      }
    }
    const origin = new URL(this.http.webUrl).origin;
    return { remoteId: path, url: `${origin}${encodeURI(path)}` };
  }

  /** Whether the file at this server-relative path is still there (someone may have deleted it in the library). */
  async exists(path: string): Promise<boolean> {
    try {
      const file = entityOf((await this.http.call({
        method: 'GET', what: `tệp “${path}”`,
        url: `${this.http.webUrl}/_api/web/GetFileByServerRelativeUrl(${literal(path)})${query({ $select: 'Exists' })}`
      })).data);
      return file.Exists !== false;
    } catch (e) {
      if (isSpError(e, 'not_found')) return false;
      throw e;
    }
  }

  private async libraryFor(web: string, image: boolean): Promise<Library> {
    const candidates = image ? ['PublishingImages'] : ['Documents', 'Shared Documents', 'PublishingImages'];
    for (const name of candidates) {
      const lib = await this.library(`${web}/${name}`);
      if (lib) return lib;
    }
    throw new SharePointError('not_found', `no library for ${image ? 'images' : 'documents'}`,
      image ? 'Trang SharePoint không có thư viện ảnh “PublishingImages” để tải ảnh lên.' : 'Trang SharePoint không có thư viện “Documents” hay “PublishingImages” để tải tệp đính kèm lên.');
  }

  private async library(path: string): Promise<Library | null> {
    const key = path.toLowerCase();
    if (this.libraries.has(key)) return this.libraries.get(key) ?? null;
    let lib: Library | null = null;
    try {
      const e = entityOf((await this.http.call({
        method: 'GET', what: `thư viện “${path}”`,
        url: `${this.http.webUrl}/_api/web/getlist(${literal(path)})${query({ $select: 'EnableModeration,ForceCheckout,EnableMinorVersions' })}`
      })).data);
      lib = { path, moderated: e.EnableModeration === true, checkout: e.ForceCheckout === true, minor: e.EnableMinorVersions === true };
    } catch (e) {
      if (!isSpError(e, 'not_found')) throw e;
    }
    this.libraries.set(key, lib);
    return lib;
  }

  private async ensureFolder(libPath: string, folder: string): Promise<void> {
    const key = folder.toLowerCase();
    if (this.folders.has(key)) return;
    const api = `${this.http.webUrl}/_api/web`;
    try {
      await this.http.call({ method: 'GET', what: `thư mục “${folder}”`, url: `${api}/GetFolderByServerRelativeUrl(${literal(folder)})${query({ $select: 'ServerRelativeUrl' })}` });
    } catch (e) {
      if (!isSpError(e, 'not_found')) throw e;
      const leaf = folder.slice(libPath.length + 1);
      await this.http.call({ method: 'POST', what: `thư mục “${folder}”`, url: `${api}/GetFolderByServerRelativeUrl(${literal(libPath)})/Folders/add(url=${literal(leaf)})` });
    }
    this.folders.add(key);
  }
}
