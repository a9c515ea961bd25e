// Column values: REST JSON in and out, ValidateUpdateListItem form strings, and the field's own JSON.
import { Complex, Entity, PrimitiveCollection, SpError } from './odata';
import type { FieldDef } from './types';

/** A column as the store keeps it: user columns plus SharePoint's system columns. */
export interface Field extends Omit<FieldDef, 'type'> {
  type: FieldDef['type'] | 'Counter' | 'User' | 'Computed' | 'Attachments' | 'ModStat';
  id: string;
  entityPropertyName: string;
  system: boolean;
}

export interface UrlValue { Url: string; Description: string }

export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

const TYPE_KIND: Record<Field['type'], number> = {
  Integer: 1, Text: 2, Note: 3, HTML: 3, DateTime: 4, Counter: 5, Choice: 6, Boolean: 8, Number: 9, URL: 11,
  Computed: 12, Attachments: 19, User: 20, ModStat: 23, Image: 0 // a publishing field type: FieldTypeKind Invalid (custom)
};
const EDM: Partial<Record<Field['type'], string>> = { Boolean: 'Edm.Boolean', Number: 'Edm.Double', Integer: 'Edm.Int32', DateTime: 'Edm.DateTime' };

export function isoUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function cannotConvert(field: Field): SpError {
  const edm = EDM[field.type] ?? (field.type === 'URL' ? 'SP.FieldUrlValue' : 'Edm.String');
  return SpError.badQuery(`Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.`);
}

/** A REST JSON property value → stored value (400 when its JSON type does not fit the column). */
export function fromJson(field: Field, raw: unknown, verbose: boolean): unknown {
  if (raw === null) return null;
  switch (field.type) {
    case 'Text': case 'Note': case 'HTML': case 'Choice': case 'Image': // Image: only the emulator's own API gets here
      if (typeof raw !== 'string') throw cannotConvert(field);
      return raw;
    case 'Boolean':
      if (typeof raw !== 'boolean') throw cannotConvert(field);
      return raw;
    case 'Number': case 'Integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n) || (field.type === 'Integer' && !Number.isInteger(n))) throw cannotConvert(field);
      return n;
    }
    case 'DateTime': {
      const ms = typeof raw === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(raw) ? Date.parse(/[Zz]|[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`) : NaN;
      if (!Number.isFinite(ms)) throw cannotConvert(field);
      return ms;
    }
    case 'URL': {
      if (typeof raw !== 'object' || Array.isArray(raw)) throw SpError.badQuery("An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartObject' node was expected.");
      const o = raw as Record<string, unknown>;
      for (const key of Object.keys(o)) {
        if (key === '__metadata' && verbose) {
          const type = (o.__metadata as { type?: unknown } | null)?.type;
          if (type !== undefined && type !== 'SP.FieldUrlValue') throw SpError.badQuery(`A type named '${String(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
        } else if (key !== 'Url' && key !== 'Description') {
          throw SpError.badQuery(`The property '${key}' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type.`);
        }
      }
      if (typeof o.Url !== 'string' || (o.Description !== undefined && o.Description !== null && typeof o.Description !== 'string')) throw cannotConvert(field);
      return { Url: o.Url, Description: typeof o.Description === 'string' ? o.Description : o.Url } satisfies UrlValue;
    }
    default:
      throw SpError.badQuery(`The property '${field.entityPropertyName}' cannot be set.`);
  }
}

/** Stored value → REST JSON value. */
export function toJson(field: Field, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (field.type === 'DateTime') return isoUtc(v as number);
  if (field.type === 'URL') return new Complex('SP.FieldUrlValue', { Description: (v as UrlValue).Description, Url: (v as UrlValue).Url });
  return v;
}

/** Text shown to users (FieldValuesAsText, ValidateUpdateListItem echoes). */
export function toText(field: Field, v: unknown, tzMinutes: number): string {
  if (v === undefined || v === null) return '';
  if (field.type === 'DateTime') {
    const d = new Date((v as number) + tzMinutes * 60000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
  }
  if (field.type === 'URL') return `${(v as UrlValue).Url}, ${(v as UrlValue).Description}`;
  if (field.type === 'Boolean') return v ? 'Yes' : 'No';
  return String(v);
}

export type FormResult = { value: unknown } | { error: string };

/** A ValidateUpdateListItem form string → value or the message SharePoint's form validation shows. */
export function fromFormValue(field: Field, text: string, tzMinutes: number): FormResult {
  const t = text.trim();
  if (t === '') return field.required ? { error: "You can't leave this blank." } : { value: null };
  switch (field.type) {
    case 'Text':
      if (t.length > (field.maxLength ?? 255)) return { error: `The value of this field may not contain more than ${field.maxLength ?? 255} characters.` };
      return { value: text };
    case 'Note': case 'HTML':
      return { value: text };
    case 'Choice':
      return field.fillIn || (field.choices ?? []).includes(t) ? { value: t } : { error: 'The value you selected is not one of the valid choices.' };
    case 'Boolean':
      if (/^(1|true|yes)$/i.test(t)) return { value: true };
      if (/^(0|false|no)$/i.test(t)) return { value: false };
      return { error: 'Invalid Boolean value.' };
    case 'Number': case 'Integer': {
      const n = Number(t);
      if (!Number.isFinite(n) || (field.type === 'Integer' && !Number.isInteger(n))) return { error: 'Only numbers can go here.' };
      return { value: n };
    }
    case 'DateTime': {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(t);
      const ms = m
        ? Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0)) - tzMinutes * 60000
        : /^\d{4}-\d\d-\d\dT/.test(t) ? Date.parse(t) : NaN;
      const year = Number.isFinite(ms) ? new Date(ms).getUTCFullYear() : 0;
      if (!Number.isFinite(ms) || year < 1900 || year > 8900 || (m && new Date(ms + tzMinutes * 60000).getUTCDate() !== Number(m[1]))) {
        return { error: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' };
      }
      return { value: ms };
    }
    case 'Image':
      return imageFormValue(t);
    case 'URL': {
      const [url = '', ...rest] = t.split(', ');
      if (!/^(https?:\/\/|\/)/i.test(url)) return { error: 'Invalid URL: ' + url + '.' };
      return { value: { Url: url, Description: rest.length ? rest.join(', ') : url } };
    }
    default:
      return { error: 'This field is read-only.' };
  }
}

/**
 * A Publishing Image form value: one `<img>` tag whose src is an http(s) or server-relative URL; stored as sent.
 * The messages are the emulator's own (SharePoint's wording for a bad image value is not documented).
 */
function imageFormValue(text: string): FormResult {
  const tag = /^<img\b([^<>]*)\/?>$/i.exec(text);
  if (!tag) return { error: 'The image value is not valid: it must be an <img> tag.' };
  const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag[1] ?? '');
  const url = src?.[1] ?? src?.[2] ?? '';
  if (!/^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(url)) return { error: `The image URL is not valid: ${url || '(empty)'}.` };
  return { value: text };
}

function fieldMetaType(f: Field): string {
  const map: Partial<Record<Field['type'], string>> = {
    Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', Number: 'SP.FieldNumber', Integer: 'SP.FieldNumber', DateTime: 'SP.FieldDateTime',
    Choice: 'SP.FieldChoice', URL: 'SP.FieldUrl', User: 'SP.FieldUser', Computed: 'SP.FieldComputed'
  };
  return map[f.type] ?? 'SP.Field';
}

/** The field as GET …/fields returns it. */
export function fieldEntity(f: Field, listUri: string): Entity {
  const uri = `${listUri}/Fields(guid'${f.id}')`;
  const props: Record<string, unknown> = {
    CanBeDeleted: !f.system, DefaultValue: f.defaultValue == null ? null : String(f.defaultValue), Description: f.description ?? '',
    EnforceUniqueValues: !!f.unique, EntityPropertyName: f.entityPropertyName, FieldTypeKind: TYPE_KIND[f.type], FromBaseType: f.system,
    Group: f.system ? '_Hidden' : 'Custom Columns', Hidden: !!f.hidden, Id: f.id, Indexed: !!f.indexed || f.type === 'Counter',
    InternalName: f.internalName, ReadOnlyField: !!f.readOnly, Required: !!f.required, Sealed: f.system, StaticName: f.internalName,
    Title: f.title, TypeAsString: f.type, TypeDisplayName: f.type, ValidationFormula: null, ValidationMessage: null
  };
  if (f.type === 'Text') props.MaxLength = f.maxLength ?? 255;
  if (f.type === 'Note' || f.type === 'HTML') props.RichText = f.type === 'HTML' || !!f.richText;
  if (f.type === 'Choice') { props.Choices = new PrimitiveCollection('Collection(Edm.String)', f.choices ?? []); props.FillInChoice = !!f.fillIn; }
  if (f.type === 'URL') props.DisplayFormat = f.urlFormat === 'Image' ? 1 : 0;
  if (f.type === 'DateTime') props.DisplayFormat = 1;
  return new Entity({ type: fieldMetaType(f), uri }, props);
}
