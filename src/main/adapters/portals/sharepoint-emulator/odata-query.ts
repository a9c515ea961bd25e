// OData URL syntax as SharePoint's _api understands it: path segments with arguments, literals,
// and the $filter / $orderby subset clients use.
import { SpError } from './odata';

export type Literal = string | number | boolean | null | { guid: string } | { datetime: string };
export interface Arg { name?: string; value: Literal }
export interface Segment { name: string; lower: string; args: Arg[] | null; raw: string }

/** Splits a decoded _api path on '/' outside quoted literals ('/sites/x' inside GetFolderByServerRelativeUrl('…')). */
export function splitSegments(path: string): Segment[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of path) {
    if (ch === "'") quoted = !quoted; // '' inside a literal toggles twice: still quoted
    if (ch === '/' && !quoted) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (quoted) throw SpError.badQuery(`Bad Request - Error in query syntax: unterminated string literal in '${path}'.`);
  if (current) parts.push(current);
  return parts.map(parseSegment);
}

function parseSegment(raw: string): Segment {
  const open = raw.indexOf('(');
  if (open < 0) return { name: raw, lower: raw.toLowerCase(), args: null, raw };
  if (!raw.endsWith(')')) throw SpError.badQuery(`The expression "${raw}" is not valid.`);
  const name = raw.slice(0, open);
  const inner = raw.slice(open + 1, -1);
  const args = splitTopLevel(inner, ',').filter((s) => s.trim() !== '').map((part) => {
    const eq = /^\s*([A-Za-z_][\w]*)\s*=(.*)$/s.exec(part);
    if (eq && !part.trim().startsWith("'")) return { name: eq[1], value: parseLiteral(eq[2] ?? '') };
    return { value: parseLiteral(part) };
  });
  return { name, lower: name.toLowerCase(), args, raw };
}

function splitTopLevel(text: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === sep && !quoted) { out.push(current); current = ''; } else current += ch;
  }
  out.push(current);
  return out;
}

/** One OData literal: 'text' (with '' for '), 42, 1.5, true, null, guid'…', datetime'…'. */
export function parseLiteral(text: string): Literal {
  const t = text.trim();
  const quoted = /^(guid|datetime)?'((?:[^']|'')*)'$/is.exec(t);
  if (quoted) {
    const body = (quoted[2] ?? '').replace(/''/g, "'");
    const prefix = quoted[1]?.toLowerCase();
    if (prefix === 'guid') return { guid: body.toLowerCase() };
    if (prefix === 'datetime') return { datetime: body };
    return body;
  }
  if (t === 'true' || t === 'false') return t === 'true';
  if (t === 'null') return null;
  if (/^-?\d+(\.\d+)?[LlMmDd]?$/.test(t)) return Number(t.replace(/[LlMmDd]$/, ''));
  throw SpError.badQuery(`The expression "${t}" is not a valid literal.`);
}

export function argValue(seg: Segment, name: string, index = 0): Literal | undefined {
  const args = seg.args ?? [];
  const named = args.find((a) => a.name?.toLowerCase() === name.toLowerCase());
  if (named) return named.value;
  const positional = args.filter((a) => !a.name)[index];
  return positional?.value;
}

// ---- $filter ----
export type Expr =
  | { op: 'and' | 'or'; left: Expr; right: Expr }
  | { op: 'not'; expr: Expr }
  | { op: 'cmp'; cmp: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: Operand; right: Operand }
  | { op: 'call'; fn: 'substringof' | 'startswith'; args: Operand[] };
export type Operand = { field: string } | { value: Literal };

const TOKEN = /\s*(?:(\()|(\))|(,)|((?:guid|datetime)?'(?:[^']|'')*')|(-?\d+(?:\.\d+)?[LlMmDd]?)|([A-Za-z_][\w/]*))/y;

export function parseFilter(text: string): Expr {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) {
      if (/^\s*$/.test(text.slice(start))) break;
      throw SpError.badQuery(`Syntax error at position ${start} in '${text}'.`);
    }
    tokens.push(m[0].trim());
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (expected?: string): string => {
    const t = tokens[pos++];
    if (t === undefined || (expected && t.toLowerCase() !== expected)) throw SpError.badQuery(`Syntax error in '${text}'.`);
    return t;
  };
  const operand = (): Operand => {
    const t = take();
    if (/^[A-Za-z_]/.test(t) && !/^(true|false|null)$/.test(t) && !/^(guid|datetime)'/i.test(t)) return { field: t };
    return { value: parseLiteral(t) };
  };
  const primary = (): Expr => {
    const t = peek();
    if (t === '(') { take(); const e = or(); take(')'); return e; }
    if (t?.toLowerCase() === 'not') { take(); return { op: 'not', expr: primary() }; }
    const lower = t?.toLowerCase();
    if ((lower === 'substringof' || lower === 'startswith') && tokens[pos + 1] === '(') {
      take(); take('(');
      const a = operand(); take(',');
      const b = operand(); take(')');
      return { op: 'call', fn: lower, args: [a, b] };
    }
    const left = operand();
    const cmp = take().toLowerCase();
    if (!['eq', 'ne', 'gt', 'ge', 'lt', 'le'].includes(cmp)) throw SpError.badQuery(`Syntax error: unknown operator '${cmp}' in '${text}'.`);
    return { op: 'cmp', cmp: cmp as 'eq', left, right: operand() };
  };
  const and = (): Expr => {
    let e = primary();
    while (peek()?.toLowerCase() === 'and') { take(); e = { op: 'and', left: e, right: primary() }; }
    return e;
  };
  const or = (): Expr => {
    let e = and();
    while (peek()?.toLowerCase() === 'or') { take(); e = { op: 'or', left: e, right: and() }; }
    return e;
  };
  const expr = or();
  if (pos !== tokens.length) throw SpError.badQuery(`Syntax error in '${text}'.`);
  return expr;
}

export function filterFields(e: Expr): string[] {
  switch (e.op) {
    case 'and': case 'or': return [...filterFields(e.left), ...filterFields(e.right)];
    case 'not': return filterFields(e.expr);
    case 'cmp': return [e.left, e.right].flatMap((o) => ('field' in o ? [o.field] : []));
    case 'call': return e.args.flatMap((o) => ('field' in o ? [o.field] : []));
  }
}

/** Fields compared with eq in a top-level chain of 'and' (what an index can narrow by). */
export function eqFields(e: Expr): string[] {
  if (e.op === 'and') return [...eqFields(e.left), ...eqFields(e.right)];
  if (e.op === 'cmp' && e.cmp === 'eq') return [e.left, e.right].flatMap((o) => ('field' in o ? [o.field] : []));
  return [];
}

/** Normalises a value for comparison: strings case-insensitively (SharePoint's collation), dates by time. */
function norm(v: unknown): unknown {
  if (v && typeof v === 'object' && 'datetime' in v) return Date.parse((v as { datetime: string }).datetime);
  if (v && typeof v === 'object' && 'guid' in v) return (v as { guid: string }).guid;
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/.test(v)) return Date.parse(v);
  if (typeof v === 'string') return v.toLocaleLowerCase('en-US');
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

export function evaluate(e: Expr, get: (field: string) => unknown): boolean {
  const val = (o: Operand) => norm('field' in o ? get(o.field) : o.value);
  switch (e.op) {
    case 'and': return evaluate(e.left, get) && evaluate(e.right, get);
    case 'or': return evaluate(e.left, get) || evaluate(e.right, get);
    case 'not': return !evaluate(e.expr, get);
    case 'call': {
      const [a, b] = e.args.map(val);
      if (typeof a !== 'string' || typeof b !== 'string') return false;
      return e.fn === 'substringof' ? b.includes(a) : a.startsWith(b);
    }
    case 'cmp': {
      const a = val(e.left);
      const b = val(e.right);
      if (e.cmp === 'eq') return a === b || (a == null && b == null);
      if (e.cmp === 'ne') return !(a === b || (a == null && b == null));
      if (a == null || b == null) return false;
      const c = (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
      return e.cmp === 'gt' ? c > 0 : e.cmp === 'ge' ? c >= 0 : e.cmp === 'lt' ? c < 0 : c <= 0;
    }
  }
}

export interface OrderKey { field: string; desc: boolean }
export function parseOrderBy(text: string): OrderKey[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((part) => {
    const m = /^([A-Za-z_][\w/]*)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m?.[1]) throw SpError.badQuery(`Syntax error in $orderby '${text}'.`);
    return { field: m[1], desc: m[2]?.toLowerCase() === 'desc' };
  });
}

export function compareBy(keys: OrderKey[], get: (row: unknown, field: string) => unknown) {
  return (x: unknown, y: unknown): number => {
    for (const k of keys) {
      const a = norm(get(x, k.field));
      const b = norm(get(y, k.field));
      if (a === b) continue;
      const c = a == null ? -1 : b == null ? 1 : (a as number) < (b as number) ? -1 : 1;
      return k.desc ? -c : c;
    }
    return 0;
  };
}

export function parseSelect(text: string | null): string[] | null {
  if (!text) return null;
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}
