// The web's recycle bin: GET {web}/_api/web/RecycleBin, RecycleBin('guid'), restore(), deleteObject().
import { need, onlyMethods, type Ctx, type Result } from './context';
import { Entity, SpError } from './odata';
import { argValue, type Segment } from './odata-query';
import { restore, type Web } from './store';
import { isoUtc } from './values';

export function recycleBin(ctx: Ctx, seg: Segment, rest: Segment[]): Result {
  const entity = (e: Web['recycleBin'][number]) => {
    const dir = e.item ? e.list.url : e.file?.folder ?? '';
    const props = {
      AuthorName: ctx.core.auth.userById(e.item?.authorId ?? e.file?.authorId ?? 0)?.title ?? '', DeletedByName: ctx.core.auth.userById(e.deletedBy)?.title ?? '',
      DeletedDate: isoUtc(e.deleted), DirName: dir.replace(/^\//, ''), Id: e.id, ItemState: 1, ItemType: e.kind === 'item' ? 3 : 1,
      LeafName: e.item ? `${e.item.id}_.000` : e.file?.name ?? '', Size: String(e.file?.content.length ?? 0), Title: e.title
    };
    return new Entity({ type: 'SP.RecycleBinItem', uri: `${ctx.apiBase}/Web/RecycleBin('${e.id}')` }, props);
  };
  if (!seg.args) {
    if (rest.length) throw SpError.notFoundResource(rest[0]?.name ?? '');
    onlyMethods(ctx, 'SP.RecycleBinItemCollection', 'GET');
    return { payload: { kind: 'collection', entities: ctx.web.recycleBin.map(entity), set: 'SP.ApiData.RecycleBinItems' } };
  }
  const idArg = argValue(seg, 'id');
  const id = typeof idArg === 'object' && idArg && 'guid' in idArg ? idArg.guid : String(idArg ?? '').toLowerCase();
  const e = ctx.web.recycleBin.find((x) => x.id === id);
  if (!e) throw SpError.argument(404, 'Value does not fall within the expected range.');
  const [next] = rest;
  if (!next) { onlyMethods(ctx, 'SP.RecycleBinItem', 'GET'); return { payload: { kind: 'entity', entity: entity(e), set: 'SP.ApiData.RecycleBinItems' } }; }
  onlyMethods(ctx, next.name, 'POST');
  need(ctx, 'edit');
  if (next.lower === 'restore') { restore(ctx.web, id); return { payload: { kind: 'none' } }; }
  if (next.lower === 'deleteobject') { ctx.web.recycleBin = ctx.web.recycleBin.filter((x) => x !== e); return { payload: { kind: 'none' } }; }
  throw SpError.notFoundResource(next.name);
}
