// List items: query with $filter/$select/$orderby/$top and paging, create, MERGE, delete/recycle, ValidateUpdateListItem.
import { bodyType, can, checkIfMatch, etag, jsonBody, listUri, need, onlyMethods, type Ctx, type Result } from './context';
import { Complex, Entity, SpError } from './odata';
import { compareBy, eqFields, evaluate, filterFields, parseFilter, parseOrderBy, parseSelect, type Literal, type Segment } from './odata-query';
import { checkUnique, newItem, recycle, releaseIfDue, setModeration, updateItem, type Item, type ItemState, type List } from './store';
import { fromFormValue, fromJson, isoUtc, toJson, toText, type Field } from './values';
import { attachments, attachmentEntity } from './api-files';
import { selectEntity } from './api';

export function idArg(v: Literal | undefined): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw SpError.badQuery('The expression is not valid: an item id (Int32) was expected.');
  return v;
}

const itemMissing = () => SpError.argument(404, 'Item does not exist. It may have been deleted by another user.');
const MODERATION = ['OData__ModerationStatus', 'OData__ModerationComments'];
const SYSTEM_PROPS = ['Id', 'ID', 'GUID', 'AuthorId', 'EditorId', 'Created', 'Modified', 'Attachments', 'FileSystemObjectType', 'ContentTypeId', 'OData__UIVersionString', 'ServerRedirectedEmbedUrl', 'ServerRedirectedEmbedUri'];

/** What this user sees: editors the current state; readers of a moderated list the last approved one (or nothing). */
function visibleState(ctx: Ctx, list: List, item: Item): ItemState | null {
  releaseIfDue(list, item, ctx.now);
  if (can(ctx.user, 'edit') || !list.def.enableModeration) return item;
  return item.approved;
}

/** Property values (unrendered) keyed by REST property name, in SharePoint's order. */
export function itemProps(ctx: Ctx, list: List, item: Item, state: ItemState): Record<string, unknown> {
  const props: Record<string, unknown> = { FileSystemObjectType: 0, Id: item.id };
  if (ctx.web.profile !== '2013') props.ServerRedirectedEmbedUri = null;
  props.ServerRedirectedEmbedUrl = '';
  props.ContentTypeId = '0x0100A33D9AD9805788419BDAAC2CCB37509F';
  // Publishing Image columns are not properties of the item's entity type (FieldValuesAsText shows them).
  for (const f of list.fields) if (!f.system && f.type !== 'Image') props[f.entityPropertyName] = toJson(f, state.values.get(f.internalName));
  if (list.def.enableModeration) {
    props.OData__ModerationComments = item.moderationComments;
    props.OData__ModerationStatus = state === item ? item.moderationStatus : 0;
  }
  Object.assign(props, {
    ID: item.id, Modified: isoUtc(item.modified), Created: isoUtc(item.created), AuthorId: item.authorId, EditorId: item.editorId,
    OData__UIVersionString: `${state.uiVersion}.0`, Attachments: item.attachments.length > 0, GUID: item.guid
  });
  return props;
}

export function itemUri(ctx: Ctx, list: List, item: Item): string {
  return `${listUri(ctx, list)}/Items(${item.id})`;
}

function itemEntity(ctx: Ctx, list: List, item: Item, state: ItemState, expand: string[] = []): Entity {
  const props = itemProps(ctx, list, item, state);
  const deferred = ['AttachmentFiles', 'ContentType', 'FieldValuesAsHtml', 'FieldValuesAsText', 'FieldValuesForEdit', 'File', 'Folder', 'ParentList'];
  if (expand.some((x) => x.toLowerCase() === 'attachmentfiles')) props.AttachmentFiles = item.attachments.map((a) => attachmentEntity(ctx, list, item, a));
  const id = `Web/Lists(guid'${list.id}')/Items(${item.id})`;
  return new Entity({ type: list.itemEntityType, uri: itemUri(ctx, list, item), id, etag: etag(state.version) }, props, deferred.filter((d) => !(d in props)));
}

/** Reads a create/MERGE body into column values (400 for a wrong type, unknown or read-only property). */
function readValues(ctx: Ctx, list: List, forCreate: boolean): { values: Map<string, unknown>; moderation: { status?: number; comments?: string } } {
  const { body, verbose } = jsonBody(ctx, list.itemEntityType);
  const type = bodyType(body);
  if (type === undefined && verbose && forCreate && ctx.web.profile === '2013') {
    throw SpError.badQuery('The type SP.ListItemEntityCollection does not support HTTP POST method.');
  }
  if (type !== undefined && type !== list.itemEntityType) {
    throw SpError.badQuery(`A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
  }
  const values = new Map<string, unknown>();
  const moderation: { status?: number; comments?: string } = {};
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' || key === 'odata.type' || key === '@odata.type') continue;
    if (MODERATION.includes(key) && list.def.enableModeration) {
      need(ctx, 'full');
      if (key === 'OData__ModerationStatus') {
        if (typeof raw !== 'number' || ![0, 1, 2, 3, 4].includes(raw)) throw SpError.badQuery("Cannot convert a primitive value to the expected type 'Edm.Int32'. See the inner exception for more details.");
        moderation.status = raw;
      } else moderation.comments = raw === null ? '' : String(raw);
      continue;
    }
    const field = list.fields.find((f) => f.entityPropertyName === key);
    if (field?.type === 'Image' && ctx.core.settings.publishingImageRest === 'ignored') continue;
    if ((!field || field.type === 'Image') && !SYSTEM_PROPS.includes(key)) {
      throw SpError.badQuery(`The property '${key}' does not exist on type '${list.itemEntityType}'. Make sure to only use property names that are defined by the type.`);
    }
    if (!field || field.system || field.readOnly) throw SpError.badQuery(`The property '${key}' is read-only and cannot be set.`);
    values.set(field.internalName, fromJson(field, raw, verbose));
  }
  return { values, moderation };
}

function fieldOf(list: List, name: string): Field | undefined {
  return list.fields.find((f) => f.entityPropertyName === name) ?? list.fields.find((f) => f.entityPropertyName.toLowerCase() === name.toLowerCase());
}

export async function collection(ctx: Ctx, list: List): Promise<Result> {
  if (ctx.method === 'POST') return create(ctx, list);
  onlyMethods(ctx, 'SP.ListItemCollection', 'GET', 'POST');
  need(ctx, 'read');
  const q = ctx.query;
  const select = parseSelect(q.get('$select'));
  const expand = parseSelect(q.get('$expand')) ?? [];
  const rows = [...list.items.values()].flatMap((item) => {
    const state = visibleState(ctx, list, item);
    return state ? [{ item, state, props: itemProps(ctx, list, item, state) }] : [];
  });
  const get = (row: unknown, name: string): unknown => {
    const props = (row as { props: Record<string, unknown> }).props;
    if (name in props) return props[name];
    const key = Object.keys(props).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw SpError.argument(400, `Column '${name}' does not exist. It may have been deleted by another user.`);
    return props[key];
  };
  const filterText = q.get('$filter');
  const expr = filterText ? parseFilter(filterText) : null;
  const orderKeys = q.get('$orderby') ? parseOrderBy(q.get('$orderby') ?? '') : [];
  const indexed = (name: string) => name.toLowerCase() === 'id' || !!fieldOf(list, name)?.indexed;
  if (list.items.size > ctx.core.settings.listViewThreshold) {
    const narrowed = expr ? eqFields(expr).some(indexed) : false;
    if ((expr && !narrowed) || orderKeys.some((k) => !indexed(k.field))) {
      throw new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold enforced by the administrator.');
    }
  }
  const blank: Item = { id: 0, guid: '', version: 0, uiVersion: 1, values: new Map(), created: 0, modified: 0, authorId: 0, editorId: 0, attachments: [], moderationStatus: 0, moderationComments: null, approved: null };
  const template = { props: itemProps(ctx, list, blank, blank) };
  for (const name of [...(expr ? filterFields(expr) : []), ...orderKeys.map((k) => k.field)]) get(template, name);
  let matched = expr ? rows.filter((r) => evaluate(expr, (name) => get(r, name))) : rows;
  const keys = [...orderKeys, ...(orderKeys.some((k) => k.field.toLowerCase() === 'id') ? [] : [{ field: 'ID', desc: false }])];
  const cmp = compareBy(keys, get);
  matched.sort(cmp);
  const token = q.get('$skiptoken');
  if (token) {
    const params = new URLSearchParams(token);
    const cursorProps: Record<string, unknown> = { ID: Number(params.get('p_ID')) };
    for (const k of orderKeys) {
      const raw = params.get(`p_${k.field}`);
      const f = fieldOf(list, k.field);
      cursorProps[k.field] = raw === null || raw === '' ? null : f?.type === 'Number' || f?.type === 'Integer' ? Number(raw) : f?.type === 'Boolean' ? raw === '1' : raw;
    }
    matched = matched.filter((r) => cmp(r, { props: cursorProps }) > 0);
  }
  const top = Math.max(0, Math.min(Number(q.get('$top') ?? ctx.core.settings.pageSize) || 0, 5000)); // $skip is ignored for list items, as in SharePoint
  const page = matched.slice(0, top);
  let next: string | undefined;
  const last = page[page.length - 1];
  if (last && matched.length > page.length) {
    const cursor = new URLSearchParams({ Paged: 'TRUE', p_ID: String(last.item.id) });
    for (const k of orderKeys) {
      const v = get(last, k.field);
      cursor.set(`p_${k.field}`, v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
    }
    const keep = ['$select', '$filter', '$orderby', '$expand'].flatMap((p) => (q.get(p) ? [`${encodeURIComponent(p)}=${encodeURIComponent(q.get(p) ?? '')}`] : []));
    next = `${listUri(ctx, list)}/Items?${[...keep, `%24skiptoken=${encodeURIComponent(cursor.toString())}`, `%24top=${top}`].join('&')}`;
  }
  const entities = page.map((r) => selectEntity(itemEntity(ctx, list, r.item, r.state, expand), select, list.itemEntityType));
  return { payload: { kind: 'collection', entities, next, set: `SP.ListData.${list.entityTypeName}Items` } };
}

async function create(ctx: Ctx, list: List): Promise<Result> {
  need(ctx, 'edit');
  if (list.library) throw SpError.argument(500, 'To add an item to a document library, use SPFileCollection.Add()');
  const { values, moderation } = readValues(ctx, list, true);
  const item = newItem(list, values, ctx.user.id, ctx.now);
  if (moderation.status !== undefined || moderation.comments !== undefined) {
    item.moderationComments = moderation.comments ?? item.moderationComments;
    setModeration(list, item, moderation.status ?? item.moderationStatus, ctx.now);
  }
  return { status: 201, headers: { ETag: etag(item.version) }, payload: { kind: 'entity', entity: itemEntity(ctx, list, item, item), set: `SP.ListData.${list.entityTypeName}Items` } };
}

export async function itemRoute(ctx: Ctx, list: List, id: number, segs: Segment[]): Promise<Result> {
  need(ctx, 'read');
  const item = list.items.get(id);
  const state = item ? visibleState(ctx, list, item) : null;
  if (!item || !state) throw itemMissing();
  const [seg, ...rest] = segs;
  if (!seg) {
    if (ctx.method === 'GET') {
      const entity = selectEntity(itemEntity(ctx, list, item, state, parseSelect(ctx.query.get('$expand')) ?? []), parseSelect(ctx.query.get('$select')), list.itemEntityType);
      return { headers: { ETag: etag(state.version) }, payload: { kind: 'entity', entity, set: `SP.ListData.${list.entityTypeName}Items` } };
    }
    need(ctx, 'edit');
    if (ctx.method === 'DELETE') {
      checkIfMatch(ctx, item.version);
      recycle(ctx.web, list, item, ctx.user.id, ctx.now);
      return {};
    }
    onlyMethods(ctx, list.itemEntityType, 'GET', 'MERGE', 'PATCH', 'PUT', 'DELETE');
    checkIfMatch(ctx, item.version);
    const { values, moderation } = readValues(ctx, list, false);
    if (ctx.method === 'PUT') for (const f of list.fields) if (!f.system && !f.readOnly && !values.has(f.internalName)) values.set(f.internalName, null);
    updateItem(list, item, values, ctx.user.id, ctx.now, moderation);
    return { status: 204, headers: { ETag: etag(item.version) } };
  }
  switch (seg.lower) {
    case 'attachmentfiles': return attachments(ctx, list, item, seg, rest);
    case 'recycle': {
      onlyMethods(ctx, 'Recycle', 'POST');
      need(ctx, 'edit');
      const entry = recycle(ctx.web, list, item, ctx.user.id, ctx.now);
      return { payload: { kind: 'function', name: 'Recycle', type: 'Edm.Guid', value: entry.id } };
    }
    case 'validateupdatelistitem': {
      onlyMethods(ctx, 'ValidateUpdateListItem', 'POST');
      need(ctx, 'edit');
      return validate(ctx, list, item);
    }
    case 'fieldvaluesastext': {
      onlyMethods(ctx, 'SP.FieldStringValues', 'GET');
      const props = Object.fromEntries(list.fields.filter((f) => !f.system).map((f) => [f.entityPropertyName, toText(f, state.values.get(f.internalName), ctx.web.tzMinutes)]));
      return { payload: { kind: 'entity', entity: new Entity({ type: 'SP.FieldStringValues', uri: `${itemUri(ctx, list, item)}/FieldValuesAsText` }, props), set: 'SP.FieldStringValues' } };
    }
  }
  throw SpError.notFoundResource(seg.name);
}

interface FormEntry { ErrorCode?: number; ErrorMessage: string | null; FieldName: string; FieldValue: string; HasException: boolean; ItemId?: number }

/** Form validation shared by ValidateUpdateListItem and AddValidateUpdateItemUsingPath. */
function runForm(ctx: Ctx, list: List, item: Item | null): { entries: FormEntry[]; values: Map<string, unknown>; moderation: { status?: number; comments?: string } } {
  const { body } = jsonBody(ctx, 'SP.ListItemFormUpdateValue');
  const raw = body.formValues;
  const formValues = (Array.isArray(raw) ? raw : (raw as { results?: unknown[] } | undefined)?.results ?? []) as { FieldName?: unknown; FieldValue?: unknown }[];
  const entries: FormEntry[] = [];
  const values = new Map<string, unknown>();
  const moderation: { status?: number; comments?: string } = {};
  for (const fv of formValues) {
    const name = String(fv.FieldName ?? '');
    const text = fv.FieldValue === null || fv.FieldValue === undefined ? '' : String(fv.FieldValue);
    const entry: FormEntry = { ErrorMessage: null, FieldName: name, FieldValue: text, HasException: false };
    entries.push(entry);
    if (name === '_ModerationStatus' || name === '_ModerationComments') {
      if (!can(ctx.user, 'full')) Object.assign(entry, { HasException: true, ErrorMessage: 'Access denied.' });
      else if (name === '_ModerationStatus') moderation.status = Number(text);
      else moderation.comments = text;
      continue;
    }
    const field = list.fields.find((f) => f.internalName.toLowerCase() === name.toLowerCase());
    if (!field) { Object.assign(entry, { HasException: true, ErrorMessage: `Column '${name}' does not exist. It may have been deleted by another user.` }); continue; }
    if (field.system || field.readOnly) { Object.assign(entry, { HasException: true, ErrorMessage: 'This field is read-only.' }); continue; }
    const parsed = fromFormValue(field, text, ctx.web.tzMinutes);
    if ('error' in parsed) Object.assign(entry, { HasException: true, ErrorMessage: parsed.error });
    else values.set(field.internalName, parsed.value);
  }
  const result = new Map(item?.values ?? list.fields.flatMap((f) => (!f.system && f.defaultValue !== undefined ? [[f.internalName, f.defaultValue] as const] : [])));
  for (const [k, v] of values) result.set(k, v);
  for (const f of list.fields.filter((x) => x.required && !x.system)) {
    const v = result.get(f.internalName);
    if ((v === undefined || v === null || v === '') && !entries.some((e) => e.FieldName.toLowerCase() === f.internalName.toLowerCase())) {
      entries.push({ ErrorMessage: "You can't leave this blank.", FieldName: f.internalName, FieldValue: '', HasException: true });
    }
  }
  if (!entries.some((e) => e.HasException)) {
    try {
      checkUnique(list, result, item?.id ?? null);
    } catch {
      for (const f of list.fields.filter((x) => x.unique)) {
        const e = entries.find((x) => x.FieldName.toLowerCase() === f.internalName.toLowerCase());
        if (e) Object.assign(e, { HasException: true, ErrorMessage: 'This value already exists in the list.' });
      }
    }
  }
  if (ctx.web.profile !== '2013') for (const e of entries) Object.assign(e, { ErrorCode: e.HasException ? -2146232832 : 0, ItemId: item?.id ?? 0 });
  return { entries, values, moderation };
}

/** ValidateUpdateListItem: HTTP 200 even when fields fail; the item changes only when none failed. */
function validate(ctx: Ctx, list: List, item: Item): Result {
  const { entries, values, moderation } = runForm(ctx, list, item);
  if (!entries.some((e) => e.HasException)) updateItem(list, item, values, ctx.user.id, ctx.now, moderation);
  return { headers: { ETag: etag(item.version) }, payload: { kind: 'function', name: 'ValidateUpdateListItem', type: 'SP.ListItemFormUpdateValue', value: formEntities(entries) } };
}

function formEntities(entries: FormEntry[]): Complex[] {
  return entries.map((e) => new Complex('SP.ListItemFormUpdateValue', { ...e }));
}

/** AddValidateUpdateItemUsingPath (SP2016+): creates the item only when every field validates; the answer lists an 'Id' entry. */
export async function addValidate(ctx: Ctx, list: List): Promise<Result> {
  onlyMethods(ctx, 'AddValidateUpdateItemUsingPath', 'POST');
  need(ctx, 'edit');
  const { entries, values, moderation } = runForm(ctx, list, null);
  if (!entries.some((e) => e.HasException)) {
    const item = newItem(list, values, ctx.user.id, ctx.now);
    if (moderation.status !== undefined) updateItem(list, item, new Map(), ctx.user.id, ctx.now, moderation);
    for (const e of entries) e.ItemId = item.id;
    entries.push({ ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(item.id), HasException: false, ItemId: item.id });
  }
  return { payload: { kind: 'function', name: 'AddValidateUpdateItemUsingPath', type: 'SP.ListItemFormUpdateValue', value: formEntities(entries) } };
}
