// _api routing: contextinfo, web, lists, fields; items and files live in api-items.ts / api-files.ts.
import { need, onlyMethods, listUri, type Ctx, type Result } from './context';
import { Complex, Entity, PrimitiveCollection, SpError } from './odata';
import { argValue, evaluate, parseFilter, parseSelect, type Literal, type Segment } from './odata-query';
import { listByTitle, type List } from './store';
import { fieldEntity, isoUtc } from './values';
import * as items from './api-items';
import * as files from './api-files';
import { recycleBin } from './recycle-bin';

/** Keeps the $select-ed properties (case-insensitive); 400 for a property the type does not have. */
export function selectEntity(e: Entity, select: string[] | null, typeName: string): Entity {
  if (!select || select.includes('*')) return e;
  const keys = Object.keys(e.props);
  const props: Record<string, unknown> = {};
  const deferred: string[] = [];
  for (const s of select) {
    const key = keys.find((k) => k.toLowerCase() === s.toLowerCase());
    const nav = e.deferred.find((d) => d.toLowerCase() === s.toLowerCase());
    if (key) props[key] = e.props[key];
    else if (nav) deferred.push(nav);
    else if (typeName !== 'SP.Field') throw SpError.badQuery(`The property '${s}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);
  }
  return new Entity(e.meta, props, deferred);
}

/** $filter over an entity's own properties (lists, fields). */
export function filterEntities(entities: Entity[], filter: string | null): Entity[] {
  if (!filter) return entities;
  const expr = parseFilter(filter);
  return entities.filter((e) => evaluate(expr, (name) => {
    if (!(name in e.props)) throw SpError.badQuery(`The field or property '${name}' does not exist.`);
    return e.props[name];
  }));
}

function text(v: Literal | undefined, what: string): string {
  if (typeof v !== 'string') throw SpError.badQuery(`The expression "${what}" is not valid: a string literal was expected.`);
  return v;
}

export async function handleApi(ctx: Ctx, segs: Segment[]): Promise<Result> {
  const [first, ...rest] = segs;
  if (!first) throw SpError.notFoundResource('');
  if (first.lower === 'contextinfo' && rest.length === 0) {
    onlyMethods(ctx, 'GetContextWebInformation', 'POST');
    const digest = ctx.core.digests.issue(ctx.web.path, ctx.user.id);
    const value = {
      FormDigestTimeoutSeconds: digest.timeoutSeconds, FormDigestValue: digest.value,
      LibraryVersion: ctx.web.profile === '2013' ? '15.0.4569.1000' : '16.0.4327.1000',
      SiteFullUrl: `${ctx.origin}${ctx.web.path}`, SupportedSchemaVersions: new PrimitiveCollection('Collection(Edm.String)', ['14.0.0.0', '15.0.0.0']), WebFullUrl: `${ctx.origin}${ctx.web.path}`
    };
    return { payload: { kind: 'function', name: 'GetContextWebInformation', type: 'SP.ContextWebInformation', value: new Complex('SP.ContextWebInformation', value) } };
  }
  if (first.lower === 'web') return webRoute(ctx, rest);
  throw SpError.notFoundResource(first.name);
}

async function webRoute(ctx: Ctx, segs: Segment[]): Promise<Result> {
  const [seg, ...rest] = segs;
  need(ctx, 'read');
  if (!seg) {
    onlyMethods(ctx, 'SP.Web', 'GET');
    const props = { Created: isoUtc(ctx.web.created), Id: ctx.web.id, Language: 1066, ServerRelativeUrl: ctx.web.path, Title: ctx.web.title, UIVersion: 15, Url: `${ctx.origin}${ctx.web.path}`, WebTemplate: 'BLANKINTERNET' };
    const e = new Entity({ type: 'SP.Web', uri: `${ctx.apiBase}/Web` }, props, ['Lists', 'RootFolder', 'CurrentUser']);
    return { payload: { kind: 'entity', entity: selectEntity(e, parseSelect(ctx.query.get('$select')), 'SP.Web'), set: 'SP.ApiData.Webs' } };
  }
  switch (seg.lower) {
    case 'lists': {
      if (seg.args) return listRoute(ctx, listById(ctx, argValue(seg, 'id')), rest);
      const [next, ...after] = rest;
      if (next?.lower === 'getbytitle') {
        const title = text(argValue(next, 'title'), next.raw);
        const list = listByTitle(ctx.web, title);
        if (!list) throw new SpError(404, '-2130575322, Microsoft.SharePoint.SPException', `List '${title}' does not exist at site with URL '${ctx.origin}${ctx.web.path}'.`);
        return listRoute(ctx, list, after);
      }
      if (next?.lower === 'getbyid') return listRoute(ctx, listById(ctx, argValue(next, 'id')), after);
      if (next) throw SpError.notFoundResource(next.name);
      onlyMethods(ctx, 'SP.ListCollection', 'GET');
      const select = parseSelect(ctx.query.get('$select'));
      const all = filterEntities(ctx.web.lists.map((l) => listEntity(ctx, l)), ctx.query.get('$filter'));
      return { payload: { kind: 'collection', entities: all.map((e) => selectEntity(e, select, 'SP.List')), set: 'SP.ApiData.Lists' } };
    }
    case 'getlist': {
      const url = text(argValue(seg, 'strUrl'), seg.raw).replace(/\/+$/, '').toLowerCase();
      const list = ctx.web.lists.find((l) => l.url.toLowerCase() === url);
      if (!list) throw SpError.fileNotFound();
      return listRoute(ctx, list, rest);
    }
    case 'currentuser': {
      onlyMethods(ctx, 'SP.User', 'GET');
      const u = ctx.user;
      const props = { Id: u.id, IsHiddenInUI: false, LoginName: u.claim, Title: u.title, PrincipalType: 1, Email: '', IsSiteAdmin: u.permission === 'full' };
      return { payload: { kind: 'entity', entity: new Entity({ type: 'SP.User', uri: `${ctx.apiBase}/Web/GetUserById(${u.id})` }, props), set: 'SP.ApiData.Users' } };
    }
    case 'recyclebin': return recycleBin(ctx, seg, rest);
    case 'getfolderbyserverrelativeurl': case 'getfolderbyserverrelativepath':
      return files.folder(ctx, files.pathArg(seg), rest);
    case 'getfilebyserverrelativeurl': case 'getfilebyserverrelativepath':
      return files.file(ctx, files.pathArg(seg), rest);
    case 'folders': return files.webFolders(ctx, rest);
  }
  throw SpError.notFoundResource(seg.name);
}

function listById(ctx: Ctx, id: Literal | undefined): List {
  const guid = typeof id === 'object' && id && 'guid' in id ? id.guid : typeof id === 'string' ? id.toLowerCase() : '';
  const list = ctx.web.lists.find((l) => l.id === guid);
  if (!list) {
    throw new SpError(404, '-2130575322, Microsoft.SharePoint.SPException', 'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.');
  }
  return list;
}

export function listEntity(ctx: Ctx, l: List): Entity {
  const props = {
    AllowContentTypes: true, BaseTemplate: l.library ? 101 : 100, BaseType: l.library ? 1 : 0, ContentTypesEnabled: false, Created: isoUtc(l.created),
    Description: '', DraftVersionVisibility: 0, EnableAttachments: !l.library && l.def.enableAttachments !== false, EnableFolderCreation: l.library,
    EnableMinorVersions: !!l.def.enableMinorVersions, EnableModeration: !!l.def.enableModeration, EnableVersioning: !!l.def.enableVersioning,
    EntityTypeName: l.entityTypeName, ForceCheckout: !!l.def.forceCheckout, Hidden: false, Id: l.id,
    ItemCount: l.library ? l.files.size : l.items.size, LastItemModifiedDate: isoUtc(l.lastModified), ListItemEntityTypeFullName: l.itemEntityType,
    ParentWebUrl: ctx.web.path, Title: l.title
  };
  return new Entity({ type: 'SP.List', uri: listUri(ctx, l), etag: `"${l.fields.length}"` }, props, ['Fields', 'Items', 'RootFolder', 'ParentWeb']);
}

async function listRoute(ctx: Ctx, list: List, segs: Segment[]): Promise<Result> {
  const [seg, ...rest] = segs;
  if (!seg) {
    onlyMethods(ctx, 'SP.List', 'GET');
    return { payload: { kind: 'entity', entity: selectEntity(listEntity(ctx, list), parseSelect(ctx.query.get('$select')), 'SP.List'), set: 'SP.ApiData.Lists' } };
  }
  switch (seg.lower) {
    case 'items': {
      if (seg.args) return items.itemRoute(ctx, list, items.idArg(argValue(seg, 'id')), rest);
      const [next, ...after] = rest;
      if (next?.lower === 'getbyid') return items.itemRoute(ctx, list, items.idArg(argValue(next, 'id')), after);
      if (next) throw SpError.notFoundResource(next.name);
      return items.collection(ctx, list);
    }
    case 'getitembyid': return items.itemRoute(ctx, list, items.idArg(argValue(seg, 'id')), rest);
    case 'fields': return fieldsRoute(ctx, list, seg, rest);
    case 'addvalidateupdateitemusingpath':
      if (ctx.web.profile === '2013' || rest.length) break;
      return items.addValidate(ctx, list);
    case 'rootfolder': return files.folder(ctx, list.url, rest);
  }
  throw SpError.notFoundResource(seg.name);
}

function fieldsRoute(ctx: Ctx, list: List, seg: Segment, rest: Segment[]): Result {
  const uri = listUri(ctx, list);
  const select = parseSelect(ctx.query.get('$select'));
  const visible = list.fields;
  const [next] = rest;
  const lookup = seg.args ? argValue(seg, 'id') : next && ['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(next.lower) ? argValue(next, 'name') : undefined;
  if (seg.args || next) {
    if (!seg.args && next && !['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(next.lower)) throw SpError.notFoundResource(next.name);
    const key = typeof lookup === 'object' && lookup && 'guid' in lookup ? lookup.guid : String(lookup ?? '').toLowerCase();
    const field = visible.find((f) => f.id === key || f.internalName.toLowerCase() === key || f.title.toLowerCase() === key);
    if (!field) throw SpError.argument(404, `Column '${String(lookup)}' does not exist. It may have been deleted by another user.`);
    onlyMethods(ctx, 'SP.Field', 'GET');
    return { payload: { kind: 'entity', entity: selectEntity(fieldEntity(field, uri), select, 'SP.Field'), set: 'SP.ApiData.Fields' } };
  }
  onlyMethods(ctx, 'SP.FieldCollection', 'GET');
  const entities = filterEntities(visible.map((f) => fieldEntity(f, uri)), ctx.query.get('$filter'));
  return { payload: { kind: 'collection', entities: entities.map((e) => selectEntity(e, select, 'SP.Field')), set: 'SP.ApiData.Fields' } };
}
