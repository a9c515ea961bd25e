// What the connector must know about the target list before writing: its GUID, the item entity type (read from
// ListItemEntityTypeFullName, never derived from the title), moderation, its root folder (for item links) and
// its visible columns with their types, Required flags, uniqueness and Choice values.
import type { SpHttp } from './http';
import { arrayOf, entityOf, literal, query, rowsOf, str, type Json } from './odata';

export interface Column {
  internalName: string;
  /** REST property name (a leading '_' becomes 'OData__'). */
  property: string;
  title: string;
  type: string;
  required: boolean;
  readOnly: boolean;
  indexed: boolean;
  unique: boolean;
  choices: string[];
  fillIn: boolean;
  /** Base-type columns (Title is one) and system columns. */
  fromBaseType: boolean;
}

export interface ListInfo {
  id: string;
  title: string;
  entityType: string;
  moderated: boolean;
  /** Publishing-site scheduling: content approval plus the PublishingStartDate column ("Enable scheduling"). An item
   *  approved with a future start date is Scheduled and goes live on its own at that date. */
  schedules: boolean;
  /** Server-relative root folder, e.g. '/sites/portal/Lists/TinTuc_MoRong'. */
  rootFolder: string;
  columns: Column[];
}

/** The column "Enable scheduling" adds ("Scheduling Start Date"). */
export const SCHEDULING_START = 'PublishingStartDate';

export function listPath(http: SpHttp, title: string): string {
  return `${http.webUrl}/_api/web/lists/getbytitle(${literal(title)})`;
}

export function listByIdPath(http: SpHttp, id: string): string {
  return `${http.webUrl}/_api/web/lists(guid'${id}')`;
}

export function toColumn(f: Json): Column {
  const internalName = str(f.InternalName);
  return {
    internalName,
    property: str(f.EntityPropertyName) || (internalName.startsWith('_') ? `OData_${internalName}` : internalName),
    title: str(f.Title),
    type: str(f.TypeAsString),
    required: f.Required === true,
    readOnly: f.ReadOnlyField === true,
    indexed: f.Indexed === true,
    unique: f.EnforceUniqueValues === true,
    choices: arrayOf(f.Choices).map(str),
    fillIn: f.FillInChoice === true,
    fromBaseType: f.FromBaseType === true
  };
}

/** Columns an editor could map: user columns plus Title (not ID, Created, Author, …). */
export function editableColumns(columns: Column[]): Column[] {
  return columns.filter((c) => (!c.fromBaseType || c.internalName === 'Title') && !c.internalName.startsWith('_')
    && !['Counter', 'Computed', 'Attachments', 'ModStat', 'ContentTypeId', 'Lookup', 'User'].includes(c.type));
}

export async function loadList(http: SpHttp, title: string): Promise<ListInfo> {
  const what = `danh sách “${title}”`;
  const list = entityOf((await http.call({
    method: 'GET', what,
    url: `${listPath(http, title)}${query({ $select: 'Id,Title,ListItemEntityTypeFullName,EnableModeration,EnableVersioning,EnableAttachments' })}`
  })).data);
  const id = str(list.Id).toLowerCase();
  const byId = listByIdPath(http, id);
  // Every property of each field (not $select): Choices/FillInChoice exist only on derived field types.
  const fields = rowsOf((await http.call({ method: 'GET', what: `các cột của ${what}`, url: `${byId}/fields${query({ $filter: 'Hidden eq false' })}` })).data);
  const root = entityOf((await http.call({ method: 'GET', what, url: `${byId}/RootFolder${query({ $select: 'ServerRelativeUrl' })}` })).data);
  const columns = fields.map(toColumn);
  const moderated = list.EnableModeration === true;
  return {
    id,
    title: str(list.Title) || title,
    entityType: str(list.ListItemEntityTypeFullName),
    moderated,
    schedules: moderated && columns.some((c) => c.internalName === SCHEDULING_START),
    rootFolder: str(root.ServerRelativeUrl).replace(/\/+$/, ''),
    columns
  };
}
