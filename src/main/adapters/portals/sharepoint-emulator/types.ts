// Configuration types of the SharePoint REST emulator (see README.md in this folder).

/** '2013' speaks only odata=verbose and lacks $batch / AddValidateUpdateItemUsingPath; '2016' also speaks JSON light. */
export type Profile = '2013' | '2016';

/**
 * Column types, named as SharePoint's TypeAsString ('URL' is Hyperlink or Picture, 'HTML' a publishing HTML column,
 * 'Image' a Publishing Image column: not an entity property, so REST create/MERGE cannot set it; only
 * ValidateUpdateListItem can, with `<img alt="…" src="…">`).
 */
export type FieldType = 'Text' | 'Note' | 'HTML' | 'Boolean' | 'DateTime' | 'Number' | 'Integer' | 'Choice' | 'URL' | 'Image';

/**
 * What a REST create/MERGE that names a Publishing Image column gets (unverified, docs/portals.md marks it (?)):
 * 'unknown-property' (default) a 400 InvalidClientQueryException "The property '…' does not exist on type '…'",
 * as for any name that is not on the item's entity type; 'ignored' a success that leaves the column unchanged.
 */
export type PublishingImageRest = 'unknown-property' | 'ignored';

export interface FieldDef {
  /** InternalName (also the REST property name, except a leading '_' which becomes 'OData__'). */
  internalName: string;
  /** Display name shown in the list settings. */
  title: string;
  type: FieldType;
  /** Required in forms — NOT enforced by REST create/update, only reported by ValidateUpdateListItem. */
  required?: boolean;
  indexed?: boolean;
  /** EnforceUniqueValues (SharePoint requires the column to be indexed too). */
  unique?: boolean;
  /** ReadOnlyField: REST clients cannot write it (the emulator's own API can). */
  readOnly?: boolean;
  hidden?: boolean;
  /** Choice columns. Choices are not enforced by REST writes, only by ValidateUpdateListItem (unless fillIn). */
  choices?: string[];
  fillIn?: boolean;
  /** Note columns: rich text. */
  richText?: boolean;
  /** URL columns: Hyperlink (0) or Picture (1). */
  urlFormat?: 'Hyperlink' | 'Image';
  /** Text columns (default 255). */
  maxLength?: number;
  defaultValue?: string | number | boolean | null;
  description?: string;
}

export interface ListDef {
  title: string;
  /** Web-relative URL, e.g. 'Lists/TinTuc_MoRong' or 'PublishingImages'. The entity type name derives from its last part. */
  url?: string;
  /** Fixed list GUID (default: random). */
  id?: string;
  /** 'list' (generic list, template 100) or 'library' (document/picture library, template 101). */
  template?: 'list' | 'library';
  enableModeration?: boolean;
  enableVersioning?: boolean;
  enableMinorVersions?: boolean;
  /** Lists only (default true). */
  enableAttachments?: boolean;
  /** Libraries: uploaded files stay checked out to the uploader until CheckIn. */
  forceCheckout?: boolean;
  /** Custom columns. Title is always present; give a 'Title' entry to change its display name or Required flag. */
  fields?: FieldDef[];
  /** Libraries: folders that exist from the start (web-relative to the library, e.g. '2025'). */
  folders?: string[];
  /** Items (by internal name) present from the start. */
  items?: Record<string, unknown>[];
}

export interface WebDef {
  /** Server-relative path, e.g. '/sites/portal'. */
  path: string;
  title?: string;
  /** Overrides the emulator's profile for this web. */
  profile?: Profile;
  /** Default: the seed list "Tin Tức Mở Rộng" and the PublishingImages library. */
  lists?: ListDef[];
  /** Site time zone offset in minutes, used for ValidateUpdateListItem date strings (default +420, Indochina Time). */
  timeZoneOffsetMinutes?: number;
}

/** 'full' may write and approve; 'edit' may write; 'read' may read; 'none' gets 403 on everything in _api. */
export type Permission = 'full' | 'edit' | 'read' | 'none';

export interface Account {
  /** Login as typed in NTLM / Basic auth / forms login, e.g. 'PORTAL\\bbt' (NTLM also matches 'bbt' sent without a domain). */
  login: string;
  password?: string;
  /** Accepted as 'Authorization: Bearer <token>' (no digest needed then). */
  token?: string;
  permission?: Permission;
  title?: string;
}

export type AuthMode = 'ntlm' | 'basic' | 'bearer' | 'forms';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. The server always binds 127.0.0.1. */
  port?: number;
  profile?: Profile;
  /** Default: one web '/sites/portal'. */
  webs?: WebDef[];
  /** Shorthand: the lists of the single default web. */
  lists?: ListDef[];
  accounts?: Account[];
  /** Default: all of them ('ntlm', 'basic', 'bearer', 'forms'). */
  authModes?: AuthMode[];
  clock?: Clock;
  /** FormDigestTimeoutSeconds (default 1800). */
  digestTimeoutSeconds?: number;
  /** Lifetime of a FedAuth cookie (default 36000). */
  formsTimeoutSeconds?: number;
  /** X-SharePointHealthScore (0–10, default 0). At 10 every _api request gets 503 + Retry-After. */
  healthScore?: number;
  throttleRetryAfterSeconds?: number;
  /** List view threshold (default 5000): larger lists refuse queries that do not filter on an indexed column. */
  listViewThreshold?: number;
  /** Default page size of item collections (default 100). */
  pageSize?: number;
  /** MERGE/DELETE without IF-MATCH: false (default) treats it as '*'; true answers 412 (unverified which SharePoint does). */
  requireIfMatch?: boolean;
  /** Published (checked-in, approved) library files are served to anonymous GETs (default true). */
  anonymousFiles?: boolean;
  publishingImageRest?: PublishingImageRest;
  /** Upper bound for a 'hang' fault before the server drops the socket (default 30000 ms). */
  hangMaxMs?: number;
}
