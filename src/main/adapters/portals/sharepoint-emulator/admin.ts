// Inspection and control: snapshots of the store for tests, and the /_emulator/* HTTP control API.
import type { Core } from './context';
import type { FaultRule, Faults } from './faults';
import { listByTitle, moderate, newItem, type Item, type List, type Web } from './store';
import { fromJson, isoUtc, toJson } from './values';

export interface ItemSnapshot {
  Id: number;
  /** The etag as SharePoint sends it in headers: '"3"'. */
  etag: string;
  version: number;
  /** Column values by internal name; DateTime as ISO UTC, Hyperlink/Picture as {Url, Description}. */
  values: Record<string, unknown>;
  attachments: string[];
  moderationStatus: number | null;
  moderationComments: string | null;
  authorId: number;
  editorId: number;
  created: string;
  modified: string;
}

export interface FileSnapshot { url: string; size: number; version: string; checkedOut: boolean; moderationStatus: number; published: boolean }
export interface RecycleSnapshot { id: string; kind: 'item' | 'file'; list: string; title: string; itemId?: number; deleted: string }

export function findWeb(core: Core, webPath?: string): Web {
  const web = webPath === undefined ? core.webs[0] : core.webs.find((w) => w.path.toLowerCase() === webPath.replace(/\/+$/, '').toLowerCase());
  if (!web) throw new Error(`No web '${webPath ?? ''}' in the emulator.`);
  return web;
}

export function findList(core: Core, title: string, webPath?: string): List {
  const list = listByTitle(findWeb(core, webPath), title);
  if (!list) throw new Error(`No list '${title}' in the emulator.`);
  return list;
}

export function itemSnapshot(list: List, item: Item): ItemSnapshot {
  const values: Record<string, unknown> = {};
  for (const f of list.fields) if (!f.system) {
    const v = toJson(f, item.values.get(f.internalName));
    values[f.internalName] = v && typeof v === 'object' && 'props' in v ? { ...(v as { props: object }).props } : v;
  }
  return {
    Id: item.id, etag: `"${item.version}"`, version: item.version, values, attachments: item.attachments.map((a) => a.name),
    moderationStatus: list.def.enableModeration ? item.moderationStatus : null, moderationComments: item.moderationComments,
    authorId: item.authorId, editorId: item.editorId, created: isoUtc(item.created), modified: isoUtc(item.modified)
  };
}

/** Adds an item as the portal would (no REST rules): values by internal name, in REST JSON form. */
export function seedItem(core: Core, list: List, values: Record<string, unknown>): Item {
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(values)) {
    const field = list.fields.find((f) => f.internalName === k && !f.system);
    if (!field) throw new Error(`No column '${k}' in list '${list.title}'.`);
    map.set(k, fromJson(field, v, true));
  }
  return newItem(list, map, 7, core.clock.now());
}

/** SoLuotXem-style counter bumped by the portal itself (a system update: the etag changes unless bumpEtag is false). */
export function bumpViews(core: Core, list: List, id: number, by: number, field: string, bumpEtag: boolean): number {
  const item = list.items.get(id);
  if (!item) throw new Error(`No item ${id} in '${list.title}'.`);
  const next = Number(item.values.get(field) ?? 0) + by;
  item.values.set(field, next);
  if (item.approved) item.approved.values.set(field, next);
  if (bumpEtag) item.version++;
  return next;
}

export function moderateItem(core: Core, list: List, id: number, status: number, comments: string | null): ItemSnapshot {
  const item = list.items.get(id);
  if (!item) throw new Error(`No item ${id} in '${list.title}'.`);
  moderate(list, item, status, comments, core.clock.now());
  return itemSnapshot(list, item);
}

export function state(core: Core) {
  return {
    webs: core.webs.map((w) => ({
      path: w.path, profile: w.profile,
      lists: w.lists.map((l) => ({
        title: l.title, id: l.id, url: l.url, entityType: l.itemEntityType,
        items: [...l.items.values()].map((i) => itemSnapshot(l, i)),
        files: [...l.files.values()].map((f) => fileSnapshot(f))
      })),
      recycleBin: recycleSnapshot(w)
    }))
  };
}

export function fileSnapshot(f: List['files'] extends Map<string, infer F> ? F : never): FileSnapshot {
  return { url: `${f.folder}/${f.name}`, size: f.content.length, version: `${f.major}.${f.minor}`, checkedOut: f.checkedOutBy !== null, moderationStatus: f.moderationStatus, published: f.published !== null };
}

export function recycleSnapshot(w: Web): RecycleSnapshot[] {
  return w.recycleBin.map((e) => ({ id: e.id, kind: e.kind, list: e.list.title, title: e.title, ...(e.item ? { itemId: e.item.id } : {}), deleted: isoUtc(e.deleted) }));
}

export interface AdminHooks {
  core: Core;
  faults: Faults;
  requests: () => unknown[];
  reset: () => void;
  advanceClock: (ms: number) => void;
}

/** /_emulator/* — JSON in, JSON out. */
export function adminRoute(h: AdminHooks, method: string, path: string, body: string): { status: number; json: unknown } {
  const input = (body.trim() ? JSON.parse(body) : {}) as Record<string, unknown>;
  const route = `${method} ${path.replace(/\/+$/, '').toLowerCase()}`;
  const list = () => findList(h.core, String(input.list ?? ''), input.web === undefined ? undefined : String(input.web));
  switch (route) {
    case 'GET /_emulator/state': return { status: 200, json: state(h.core) };
    case 'GET /_emulator/requests': return { status: 200, json: h.requests() };
    case 'GET /_emulator/faults': return { status: 200, json: h.faults.pending().map((f) => ({ id: f.id, remaining: f.remaining, hits: f.hits, rule: { ...f.rule, path: String(f.rule.path ?? '') } })) };
    case 'DELETE /_emulator/faults': h.faults.clear(); return { status: 204, json: null };
    case 'POST /_emulator/faults': {
      const rules = (Array.isArray(input) ? input : [input]) as FaultRule[];
      return { status: 201, json: { ids: rules.map((r) => h.faults.add(r).id) } };
    }
    case 'POST /_emulator/health': h.core.settings.healthScore = Number(input.score ?? 0); return { status: 204, json: null };
    case 'POST /_emulator/digests/expire': h.core.digests.expireAll(); return { status: 204, json: null };
    case 'POST /_emulator/clock': h.advanceClock(Number(input.advanceSeconds ?? 0) * 1000); return { status: 204, json: null };
    case 'POST /_emulator/reset': h.reset(); return { status: 204, json: null };
    case 'POST /_emulator/items': {
      const l = list();
      return { status: 201, json: itemSnapshot(l, seedItem(h.core, l, (input.values ?? {}) as Record<string, unknown>)) };
    }
    case 'POST /_emulator/views': {
      const l = list();
      return { status: 200, json: { value: bumpViews(h.core, l, Number(input.id), Number(input.by ?? 1), String(input.field ?? 'SoLuotXem'), input.bumpEtag !== false) } };
    }
    case 'POST /_emulator/moderate': {
      return { status: 200, json: moderateItem(h.core, list(), Number(input.id), Number(input.status), input.comments === undefined ? null : String(input.comments)) };
    }
  }
  return { status: 404, json: { error: `Unknown emulator control route ${route}.` } };
}
