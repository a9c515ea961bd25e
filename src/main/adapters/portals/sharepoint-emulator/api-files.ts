// Attachments, library folders and files (upload, check-in, approval), the recycle bin, and plain GETs of file URLs.
import { randomUUID } from 'node:crypto';
import { can, need, onlyMethods, type Ctx, type Result } from './context';
import { Complex, Entity, SpError } from './odata';
import { argValue, type Segment } from './odata-query';
import { checkFileName, findAttachment, findFile, libraryOf, type Attachment, type Item, type List, type SpFile, type Web } from './store';
import { isoUtc } from './values';
import { itemUri } from './api-items';
import type { User } from './auth';

const alreadyExists = (ctx: Ctx, url: string, by: number, when: number) => new SpError(500, '-2130575257, Microsoft.SharePoint.SPException',
  `A file with the name '${url.replace(/^\//, '')}' already exists. It was last modified by ${ctx.core.auth.userById(by)?.claim ?? 'SHAREPOINT\\system'} on ${new Date(when).toUTCString()}.`);

function str(seg: Segment, name: string): string {
  const v = argValue(seg, name);
  if (typeof v !== 'string') throw SpError.badQuery(`The expression "${seg.raw}" is not valid: a string literal was expected for '${name}'.`);
  return v;
}

/** GetFolderByServerRelativeUrl('…') / …Path(decodedurl='…'): server-relative, or web-relative without a leading '/'. */
export function pathArg(seg: Segment): string {
  const v = argValue(seg, seg.lower.endsWith('path') ? 'decodedurl' : 'serverRelativeUrl');
  if (typeof v !== 'string') throw SpError.badQuery(`The expression "${seg.raw}" is not valid.`);
  return v;
}

function resolve(ctx: Ctx, url: string): string {
  const abs = url.startsWith('/') ? url : `${ctx.web.path}/${url}`;
  return abs.replace(/\/+$/, '');
}

// ---- attachments ----

export function attachmentEntity(ctx: Ctx, list: List, item: Item, a: Attachment): Entity {
  const url = `${list.url}/Attachments/${item.id}/${a.name}`;
  const props: Record<string, unknown> = { FileName: a.name, ServerRelativeUrl: url };
  if (ctx.web.profile !== '2013') {
    props.FileNameAsPath = new Complex('SP.ResourcePath', { DecodedUrl: a.name });
    props.ServerRelativePath = new Complex('SP.ResourcePath', { DecodedUrl: url });
  }
  return new Entity({ type: 'SP.Attachment', uri: `${itemUri(ctx, list, item)}/AttachmentFiles('${a.name.replace(/'/g, "''")}')` }, props);
}

function touch(ctx: Ctx, list: List, item: Item): void {
  item.version++;
  item.modified = ctx.now;
  item.editorId = ctx.user.id;
  list.lastModified = ctx.now;
}

export function attachments(ctx: Ctx, list: List, item: Item, seg: Segment, rest: Segment[]): Result {
  const [next, ...after] = rest;
  if (seg.args) return attachmentRoute(ctx, list, item, str(seg, 'filename'), rest);
  if (next?.lower === 'getbyfilename') return attachmentRoute(ctx, list, item, str(next, 'filename'), after);
  if (next?.lower === 'add' && after.length === 0) {
    onlyMethods(ctx, 'Add', 'POST');
    need(ctx, 'edit');
    const name = str(next, 'FileName');
    checkFileName(name);
    if (list.def.enableAttachments === false) throw SpError.argument(500, 'Attachments are disabled for this list.');
    const existing = item.attachments.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (existing) throw alreadyExists(ctx, `${list.url}/Attachments/${item.id}/${name}`, item.editorId, existing.modified);
    const a: Attachment = { name, content: Buffer.from(ctx.body), modified: ctx.now };
    item.attachments.push(a);
    touch(ctx, list, item); // adding an attachment bumps the item's etag
    return { payload: { kind: 'entity', entity: attachmentEntity(ctx, list, item, a), set: 'SP.ApiData.Attachments' } };
  }
  if (next) throw SpError.notFoundResource(next.name);
  onlyMethods(ctx, 'SP.AttachmentCollection', 'GET');
  return { payload: { kind: 'collection', entities: item.attachments.map((a) => attachmentEntity(ctx, list, item, a)), set: 'SP.ApiData.Attachments' } };
}

function attachmentRoute(ctx: Ctx, list: List, item: Item, name: string, segs: Segment[]): Result {
  const a = item.attachments.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!a) throw SpError.fileNotFound();
  const [seg] = segs;
  const remove = () => {
    need(ctx, 'edit');
    item.attachments = item.attachments.filter((x) => x !== a);
    touch(ctx, list, item);
    return {};
  };
  if (!seg) {
    if (ctx.method === 'DELETE') return remove();
    onlyMethods(ctx, 'SP.Attachment', 'GET', 'DELETE');
    return { payload: { kind: 'entity', entity: attachmentEntity(ctx, list, item, a), set: 'SP.ApiData.Attachments' } };
  }
  if (seg.lower === 'recycleobject' || seg.lower === 'deleteobject') { onlyMethods(ctx, seg.name, 'POST'); return remove(); }
  if (seg.lower === '$value') {
    if (ctx.method === 'GET') return { raw: { body: a.content, contentType: mimeOf(a.name) } };
    onlyMethods(ctx, '$value', 'GET', 'PUT');
    need(ctx, 'edit');
    a.content = Buffer.from(ctx.body);
    a.modified = ctx.now;
    touch(ctx, list, item);
    return { status: 204 };
  }
  throw SpError.notFoundResource(seg.name);
}

// ---- folders and files ----

function folderExists(web: Web, url: string): boolean {
  const lower = url.toLowerCase();
  return web.lists.some((l) => l.url.toLowerCase() === lower || l.folders.has(lower));
}

function folderEntity(ctx: Ctx, url: string): Entity {
  const list = libraryOf(ctx.web, url);
  const count = list ? [...list.files.values()].filter((f) => f.folder.toLowerCase() === url.toLowerCase()).length : 0;
  const props = { Exists: true, ItemCount: count, Name: url.split('/').pop() ?? '', ServerRelativeUrl: url, TimeCreated: isoUtc(ctx.web.created), TimeLastModified: isoUtc(ctx.web.created), UniqueId: randomUUID(), WelcomePage: '' };
  return new Entity({ type: 'SP.Folder', uri: `${ctx.apiBase}/Web/GetFolderByServerRelativeUrl('${url.replace(/'/g, "''")}')` }, props, ['Files', 'Folders', 'ListItemAllFields', 'ParentFolder', 'Properties']);
}

function addFolder(ctx: Ctx, url: string): Result {
  need(ctx, 'edit');
  const list = libraryOf(ctx.web, url);
  const parent = url.slice(0, url.lastIndexOf('/'));
  checkFileName(url.slice(url.lastIndexOf('/') + 1));
  if (!list || !folderExists(ctx.web, parent)) throw SpError.fileNotFound();
  list.folders.add(url.toLowerCase());
  return { payload: { kind: 'entity', entity: folderEntity(ctx, url), set: 'SP.ApiData.Folders' } };
}

export function webFolders(ctx: Ctx, rest: Segment[]): Result {
  const [next] = rest;
  if (next?.lower === 'add' && rest.length === 1) { onlyMethods(ctx, 'Add', 'POST'); return addFolder(ctx, resolve(ctx, str(next, 'url'))); }
  if (next) throw SpError.notFoundResource(next.name);
  onlyMethods(ctx, 'SP.FolderCollection', 'GET');
  return { payload: { kind: 'collection', entities: ctx.web.lists.filter((l) => l.library).map((l) => folderEntity(ctx, l.url)), set: 'SP.ApiData.Folders' } };
}

export function folder(ctx: Ctx, rawUrl: string, segs: Segment[]): Result {
  need(ctx, 'read');
  const url = resolve(ctx, rawUrl);
  if (!folderExists(ctx.web, url)) throw SpError.fileNotFound();
  const [seg, next, ...rest] = segs;
  if (!seg) { onlyMethods(ctx, 'SP.Folder', 'GET'); return { payload: { kind: 'entity', entity: folderEntity(ctx, url), set: 'SP.ApiData.Folders' } }; }
  if (seg.lower === 'folders') {
    if (next?.lower === 'add' && rest.length === 0) { onlyMethods(ctx, 'Add', 'POST'); const name = str(next, 'url'); return addFolder(ctx, name.startsWith('/') ? name : `${url}/${name}`); }
    if (next) throw SpError.notFoundResource(next.name);
    const list = libraryOf(ctx.web, url);
    const subs = [...(list?.folders ?? [])].filter((f) => f.startsWith(`${url.toLowerCase()}/`) && !f.slice(url.length + 1).includes('/'));
    return { payload: { kind: 'collection', entities: subs.map((f) => folderEntity(ctx, `${url}${f.slice(url.length)}`)), set: 'SP.ApiData.Folders' } };
  }
  if (seg.lower !== 'files') throw SpError.notFoundResource(seg.name);
  if (seg.args) return file(ctx, `${url}/${str(seg, 'url')}`, next ? [next, ...rest] : []);
  if (next?.lower === 'getbyurl') return file(ctx, `${url}/${str(next, 'url')}`, rest);
  if (next?.lower === 'add' && rest.length === 0) { onlyMethods(ctx, 'Add', 'POST'); return upload(ctx, url, str(next, 'url'), argValue(next, 'overwrite') === true); }
  if (next) throw SpError.notFoundResource(next.name);
  const list = libraryOf(ctx.web, url);
  const inFolder = [...(list?.files.values() ?? [])].filter((f) => f.folder.toLowerCase() === url.toLowerCase() && visibleContent(f, ctx.user));
  return { payload: { kind: 'collection', entities: inFolder.map((f) => fileEntity(ctx, f)), set: 'SP.ApiData.Files' } };
}

function fileEntity(ctx: Ctx, f: SpFile): Entity {
  const url = `${f.folder}/${f.name}`;
  const level = f.checkedOutBy !== null ? 255 : f.published && f.moderationStatus === 0 && f.minor === 0 ? 1 : 2;
  const props = {
    CheckInComment: f.checkInComment, CheckOutType: f.checkedOutBy !== null ? 0 : 2, ContentTag: `{${f.uniqueId}},${f.version},${f.version}`,
    CustomizedPageStatus: 0, ETag: `"{${f.uniqueId.toUpperCase()}},${f.version}"`, Exists: true, Length: String(f.content.length), Level: level,
    MajorVersion: f.major, MinorVersion: f.minor, Name: f.name, ServerRelativeUrl: url, TimeCreated: isoUtc(f.created), TimeLastModified: isoUtc(f.modified),
    Title: null, UIVersion: f.major * 512 + f.minor, UIVersionLabel: `${f.major}.${f.minor}`, UniqueId: f.uniqueId
  };
  return new Entity({ type: 'SP.File', uri: `${ctx.apiBase}/Web/GetFileByServerRelativeUrl('${url.replace(/'/g, "''")}')` }, props, ['Author', 'CheckedOutByUser', 'ListItemAllFields', 'ModifiedBy', 'Versions']);
}

/** Editors see the current file; readers and anonymous visitors only the last published (checked-in, approved) one. */
function visibleContent(f: SpFile, user: User | null): Buffer | null {
  return user && can(user, 'edit') ? f.content : f.published;
}

/** New content: checked out under Require Check Out, a draft with minor versions, else a major version (pending if moderated). */
function upload(ctx: Ctx, folderUrl: string, name: string, overwrite: boolean): Result {
  need(ctx, 'edit');
  checkFileName(name);
  const list = libraryOf(ctx.web, folderUrl);
  if (!list) throw SpError.fileNotFound();
  const key = `${folderUrl}/${name}`.toLowerCase();
  let f = list.files.get(key);
  if (f && !overwrite) throw alreadyExists(ctx, `${folderUrl}/${name}`, f.authorId, f.modified);
  if (f && f.checkedOutBy !== null && f.checkedOutBy !== ctx.user.id) {
    throw new SpError(423, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${folderUrl}/${name}" is checked out for editing by ${ctx.core.auth.userById(f.checkedOutBy)?.claim ?? 'another user'}.`);
  }
  if (!f) {
    f = { name, folder: folderUrl, content: Buffer.alloc(0), published: null, uniqueId: randomUUID(), version: 0, major: 0, minor: 0, checkedOutBy: null, moderationStatus: 3, checkInComment: '', created: ctx.now, modified: ctx.now, authorId: ctx.user.id };
    list.files.set(key, f);
  }
  f.content = Buffer.from(ctx.body);
  f.version++;
  f.modified = ctx.now;
  list.lastModified = ctx.now;
  if (list.def.forceCheckout) {
    f.checkedOutBy = ctx.user.id;
    if (f.major === 0 && f.minor === 0) f.minor = 1;
  } else publishStep(list, f, list.def.enableMinorVersions ? 0 : 1);
  return { payload: { kind: 'entity', entity: fileEntity(ctx, f), set: 'SP.ApiData.Files' } };
}

/** checkinType 0 minor, 1 major, 2 overwrite. */
function publishStep(list: List, f: SpFile, checkinType: number): void {
  if (checkinType === 0 && list.def.enableMinorVersions) { f.minor++; f.moderationStatus = 3; return; }
  if (checkinType !== 2) { f.major++; f.minor = 0; }
  if (list.def.enableModeration) f.moderationStatus = 2;
  else { f.moderationStatus = 0; f.published = f.content; }
}

export function file(ctx: Ctx, rawUrl: string, segs: Segment[]): Result {
  need(ctx, 'read');
  const url = resolve(ctx, rawUrl);
  const found = findFile(ctx.web, url);
  const content = found ? visibleContent(found.file, ctx.user) : null;
  if (!found || !content) throw SpError.fileNotFound();
  const { list, file: f } = found;
  const [seg] = segs;
  const notCheckedOut = () => new SpError(500, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is not checked out.`);
  const change = () => { f.version++; f.modified = ctx.now; return { payload: { kind: 'none' } } as Result; };
  if (!seg) {
    if (ctx.method === 'DELETE') { need(ctx, 'edit'); recycleFile(ctx, list, f); return {}; }
    onlyMethods(ctx, 'SP.File', 'GET', 'DELETE');
    return { payload: { kind: 'entity', entity: fileEntity(ctx, f), set: 'SP.ApiData.Files' } };
  }
  if (seg.lower === '$value' && ctx.method === 'GET') return { raw: { body: content, contentType: mimeOf(f.name) } };
  onlyMethods(ctx, seg.name, 'POST');
  need(ctx, seg.lower === 'approve' || seg.lower === 'deny' ? 'full' : 'edit');
  switch (seg.lower) {
    case 'checkout':
      if (f.checkedOutBy !== null) throw new SpError(423, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is checked out for editing by ${ctx.core.auth.userById(f.checkedOutBy)?.claim ?? 'another user'}.`);
      f.checkedOutBy = ctx.user.id;
      return change();
    case 'undocheckout':
      if (f.checkedOutBy === null) throw notCheckedOut();
      f.checkedOutBy = null;
      return change();
    case 'checkin': {
      if (f.checkedOutBy !== ctx.user.id) throw notCheckedOut();
      const type = argValue(seg, 'checkintype');
      f.checkedOutBy = null;
      f.checkInComment = String(argValue(seg, 'comment') ?? '');
      publishStep(list, f, typeof type === 'number' ? type : 0);
      return change();
    }
    case 'publish':
      if (f.checkedOutBy !== null) throw new SpError(500, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException', `The file "${url}" is checked out. It must be checked in before being published.`);
      publishStep(list, f, 1);
      return change();
    case 'approve': case 'deny':
      if (f.moderationStatus !== 2) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', 'The file is not pending approval.');
      f.moderationStatus = seg.lower === 'approve' ? 0 : 1;
      if (seg.lower === 'approve') f.published = f.content;
      return change();
    case 'recycle': {
      const entry = recycleFile(ctx, list, f);
      return { payload: { kind: 'function', name: 'Recycle', type: 'Edm.Guid', value: entry } };
    }
  }
  throw SpError.notFoundResource(seg.name);
}

function recycleFile(ctx: Ctx, list: List, f: SpFile): string {
  list.files.delete(`${f.folder}/${f.name}`.toLowerCase());
  const id = randomUUID();
  ctx.web.recycleBin.push({ id, kind: 'file', list, file: f, title: f.name, deleted: ctx.now, deletedBy: ctx.user.id });
  return id;
}

// ---- plain GET of a file URL (what published HTML references) ----

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', svg: 'image/svg+xml', pdf: 'application/pdf', txt: 'text/plain; charset=utf-8', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
export function mimeOf(name: string): string {
  return MIME[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** The bytes at a server-relative URL as this user (null = anonymous) may see them, or null. */
export function rawFile(web: Web, url: string, user: User | null): { body: Buffer; contentType: string } | null {
  const found = findFile(web, url);
  if (found) {
    const body = visibleContent(found.file, user);
    return body ? { body, contentType: mimeOf(found.file.name) } : null;
  }
  const a = findAttachment(web, url);
  return a ? { body: a.content, contentType: mimeOf(a.name) } : null;
}
