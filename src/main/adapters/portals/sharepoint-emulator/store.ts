// In-memory webs, lists, items, library files and the recycle bin.
import { randomUUID } from 'node:crypto';
import { SpError } from './odata';
import type { FieldDef, ListDef, Profile, WebDef } from './types';
import { entityPropertyName, type Field } from './values';

export interface Attachment { name: string; content: Buffer; modified: number }
export interface ItemState { values: Map<string, unknown>; version: number; uiVersion: number }
export interface Item {
  id: number;
  guid: string;
  version: number; // owshiddenversion: the etag
  uiVersion: number;
  values: Map<string, unknown>; // by internal name
  created: number;
  modified: number;
  authorId: number;
  editorId: number;
  attachments: Attachment[];
  moderationStatus: number; // 0 Approved, 1 Denied, 2 Pending, 3 Draft, 4 Scheduled
  moderationComments: string | null;
  /** Last approved state, what readers of a moderated list see. */
  approved: ItemState | null;
}
export interface SpFile {
  name: string;
  folder: string; // server-relative folder URL
  content: Buffer;
  published: Buffer | null; // what anonymous readers get
  uniqueId: string;
  version: number; // bumps on every change (ETag "{id},n")
  major: number;
  minor: number;
  checkedOutBy: number | null;
  moderationStatus: number;
  checkInComment: string;
  created: number;
  modified: number;
  authorId: number;
}
export interface List {
  def: ListDef;
  id: string;
  title: string;
  url: string; // server-relative root folder
  library: boolean;
  entityTypeName: string;
  itemEntityType: string;
  fields: Field[];
  items: Map<number, Item>;
  nextId: number;
  folders: Set<string>; // server-relative, lower-cased
  files: Map<string, SpFile>; // server-relative URL lower-cased → file
  created: number;
  lastModified: number;
}
export interface RecycleEntry {
  id: string;
  kind: 'item' | 'file';
  list: List;
  item?: Item;
  file?: SpFile;
  title: string;
  deleted: number;
  deletedBy: number;
}
export interface Web {
  path: string;
  id: string;
  title: string;
  profile: Profile;
  tzMinutes: number;
  lists: List[];
  recycleBin: RecycleEntry[];
  created: number;
}

const SYSTEM: Omit<Field, 'id' | 'entityPropertyName' | 'system'>[] = [
  { internalName: 'ID', title: 'ID', type: 'Counter', readOnly: true },
  { internalName: 'ContentType', title: 'Content Type', type: 'Computed' },
  { internalName: 'Modified', title: 'Modified', type: 'DateTime', readOnly: true },
  { internalName: 'Created', title: 'Created', type: 'DateTime', readOnly: true },
  { internalName: 'Author', title: 'Created By', type: 'User', readOnly: true },
  { internalName: 'Editor', title: 'Modified By', type: 'User', readOnly: true },
  { internalName: '_UIVersionString', title: 'Version', type: 'Text', readOnly: true },
  { internalName: 'Attachments', title: 'Attachments', type: 'Attachments', readOnly: true },
  { internalName: '_ModerationStatus', title: 'Approval Status', type: 'ModStat', readOnly: true, hidden: true },
  { internalName: '_ModerationComments', title: 'Approver Comments', type: 'Note', readOnly: true, hidden: true }
];

/** The entity type SharePoint derives from the list URL when the list is created (renaming never changes it). */
function entityNames(url: string, library: boolean): { set: string; item: string } {
  const leaf = url.split('/').pop() ?? url;
  const encoded = leaf.replace(/[^A-Za-z0-9]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`);
  return library ? { set: encoded, item: `SP.Data.${encoded}Item` } : { set: `${encoded}List`, item: `SP.Data.${encoded}ListItem` };
}

function asciiName(title: string): string {
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]/g, '') || 'List';
}

export function buildList(web: { path: string }, def: ListDef, now: number): List {
  const library = def.template === 'library';
  const webRel = def.url ?? (library ? asciiName(def.title) : `Lists/${asciiName(def.title)}`);
  const custom = def.fields ?? [];
  const titleDef: FieldDef = custom.find((f) => f.internalName === 'Title') ?? { internalName: 'Title', title: 'Title', type: 'Text', required: !library };
  const all: Omit<Field, 'id' | 'entityPropertyName' | 'system'>[] = [
    ...SYSTEM.slice(0, 2),
    titleDef,
    ...SYSTEM.slice(2),
    ...custom.filter((f) => f.internalName !== 'Title')
  ];
  const fields: Field[] = all.map((f) => {
    const system = SYSTEM.some((s) => s.internalName === f.internalName);
    const moderation = f.internalName === '_ModerationStatus' || f.internalName === '_ModerationComments';
    if (f.unique && !f.indexed) throw new Error(`Field ${f.internalName}: EnforceUniqueValues needs Indexed.`);
    return { ...f, hidden: moderation ? !def.enableModeration : f.hidden, id: randomUUID(), entityPropertyName: entityPropertyName(f.internalName), system };
  });
  const names = entityNames(webRel, library);
  const url = `${web.path}/${webRel}`;
  const list: List = {
    def, id: (def.id ?? randomUUID()).toLowerCase(), title: def.title, url, library, entityTypeName: names.set, itemEntityType: names.item,
    fields, items: new Map(), nextId: 1, folders: new Set([url.toLowerCase()]), files: new Map(), created: now, lastModified: now
  };
  for (const folder of def.folders ?? []) list.folders.add(`${url}/${folder}`.toLowerCase());
  return list;
}

export function buildWeb(def: WebDef, profile: Profile, lists: ListDef[], now: number): Web {
  const path = def.path.replace(/\/+$/, '');
  const web: Web = { path, id: randomUUID(), title: def.title ?? 'Cổng thông tin điện tử', profile: def.profile ?? profile, tzMinutes: def.timeZoneOffsetMinutes ?? 420, lists: [], recycleBin: [], created: now };
  web.lists = lists.map((l) => buildList(web, l, now));
  return web;
}

export function listByTitle(web: Web, title: string): List | undefined {
  return web.lists.find((l) => l.title.toLowerCase() === title.toLowerCase());
}

export function fieldByProperty(list: List, name: string): Field | undefined {
  return list.fields.find((f) => f.entityPropertyName === name) ?? list.fields.find((f) => f.entityPropertyName.toLowerCase() === name.toLowerCase());
}

/** Unique columns compare case-insensitively; empty values never clash. */
export function checkUnique(list: List, values: Map<string, unknown>, exceptId: number | null): void {
  const clashes = list.fields.filter((f) => f.unique).filter((f) => {
    const v = values.get(f.internalName);
    if (v === null || v === undefined || v === '') return false;
    const key = String(v).toLocaleLowerCase('en-US');
    return [...list.items.values()].some((it) => it.id !== exceptId && String(it.values.get(f.internalName) ?? '').toLocaleLowerCase('en-US') === key);
  });
  if (clashes.length) {
    throw new SpError(500, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.map((f) => f.internalName).join(', ')}].`);
  }
}

export function snapshot(item: Item): ItemState {
  return { values: new Map(item.values), version: item.version, uiVersion: item.uiVersion };
}

export function newItem(list: List, values: Map<string, unknown>, userId: number, now: number): Item {
  const merged = new Map<string, unknown>();
  for (const f of list.fields) if (!f.system && f.defaultValue !== undefined) merged.set(f.internalName, f.defaultValue);
  for (const [k, v] of values) merged.set(k, v);
  checkUnique(list, merged, null);
  const item: Item = {
    id: list.nextId++, guid: randomUUID(), version: 1, uiVersion: 1, values: merged, created: now, modified: now, authorId: userId, editorId: userId,
    attachments: [], moderationStatus: list.def.enableModeration ? 2 : 0, moderationComments: null, approved: null
  };
  if (!list.def.enableModeration) item.approved = snapshot(item);
  list.items.set(item.id, item);
  list.lastModified = now;
  return item;
}

/** Applies a client update: bumps the etag; in a moderated list an edit goes back to Pending. */
/**
 * Publishing-site scheduling ("Enable scheduling" adds PublishingStartDate to a moderated list): an item approved
 * with a future start date is Scheduled (4), and readers keep seeing the last approved version until the date.
 */
function schedules(list: List): boolean {
  return !!list.def.enableModeration && list.fields.some((f) => f.internalName === 'PublishingStartDate');
}

/** Sets the moderation status as an approval does: Approved becomes Scheduled while the start date is ahead. */
export function setModeration(list: List, item: Item, status: number, now: number): void {
  const start = item.values.get('PublishingStartDate');
  item.moderationStatus = status === 0 && schedules(list) && typeof start === 'number' && start > now ? 4 : status;
  if (item.moderationStatus === 0) item.approved = snapshot(item);
}

/** The scheduling timer job, run lazily on every read: a Scheduled item whose start date has come is Approved. */
export function releaseIfDue(list: List, item: Item, now: number): void {
  if (item.moderationStatus === 4 && schedules(list)) setModeration(list, item, 0, now);
}

export function updateItem(list: List, item: Item, values: Map<string, unknown>, userId: number, now: number, moderation?: { status?: number; comments?: string }): void {
  const merged = new Map(item.values);
  for (const [k, v] of values) merged.set(k, v);
  checkUnique(list, merged, item.id);
  item.values = merged;
  item.version++;
  if (list.def.enableVersioning) item.uiVersion++;
  item.modified = now;
  item.editorId = userId;
  list.lastModified = now;
  if (list.def.enableModeration) {
    if (moderation?.comments !== undefined) item.moderationComments = moderation.comments;
    setModeration(list, item, moderation?.status ?? 2, now);
  } else item.approved = snapshot(item);
}

/** Emulator-side approval (what an approver does on the portal). */
export function moderate(list: List, item: Item, status: number, comments: string | null, now: number): void {
  item.moderationComments = comments;
  item.version++;
  setModeration(list, item, status, now);
}

export function recycle(web: Web, list: List, item: Item, userId: number, now: number): RecycleEntry {
  list.items.delete(item.id);
  const entry: RecycleEntry = { id: randomUUID(), kind: 'item', list, item, title: String(item.values.get('Title') ?? ''), deleted: now, deletedBy: userId };
  web.recycleBin.push(entry);
  return entry;
}

export function restore(web: Web, entryId: string): void {
  const entry = web.recycleBin.find((e) => e.id === entryId.toLowerCase());
  if (!entry) throw SpError.argument(404, 'Value does not fall within the expected range.');
  if (entry.item) {
    checkUnique(entry.list, entry.item.values, entry.item.id);
    entry.list.items.set(entry.item.id, entry.item);
  }
  if (entry.file) entry.list.files.set(`${entry.file.folder}/${entry.file.name}`.toLowerCase(), entry.file);
  web.recycleBin = web.recycleBin.filter((e) => e !== entry);
}

const BAD_NAME = /["#%*:<>?/\\|]/;
/** SharePoint 2013 refuses these characters (and a few names) in file and folder names. */
export function checkFileName(name: string): void {
  if (!name || BAD_NAME.test(name) || name.includes('..') || name.startsWith('~') || name.endsWith('.') || /_vti_/i.test(name) || name.length > 128) {
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', 'The file or folder name contains characters that are not permitted.  Please use a different name.');
  }
}

/** The library whose root folder contains a server-relative URL. */
export function libraryOf(web: Web, serverRelUrl: string): List | undefined {
  const lower = serverRelUrl.toLowerCase();
  return web.lists.filter((l) => l.library).find((l) => lower === l.url.toLowerCase() || lower.startsWith(`${l.url.toLowerCase()}/`));
}

export function findFile(web: Web, serverRelUrl: string): { list: List; file: SpFile } | undefined {
  const list = libraryOf(web, serverRelUrl);
  const file = list?.files.get(serverRelUrl.toLowerCase());
  return list && file ? { list, file } : undefined;
}

/** Attachments live under {list}/Attachments/{id}/{name}. */
export function findAttachment(web: Web, serverRelUrl: string): Attachment | undefined {
  for (const list of web.lists) {
    const prefix = `${list.url}/Attachments/`.toLowerCase();
    if (!serverRelUrl.toLowerCase().startsWith(prefix)) continue;
    const [id, name] = serverRelUrl.slice(prefix.length).split('/');
    const item = list.items.get(Number(id));
    return item?.attachments.find((a) => a.name.toLowerCase() === (name ?? '').toLowerCase());
  }
  return undefined;
}
