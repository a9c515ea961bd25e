// Scripted faults: the next N requests matching a method/path get a status, hang, or a connection reset.

/** What happens to a matching request. */
export type FaultAction =
  /** Answer with this status before processing. 401 carries the auth challenge; 429/503 an HTML "busy" page; others a SharePoint JSON error (code/message overridable). */
  | { kind: 'status'; status: number; retryAfter?: number | string; code?: string; message?: string }
  /** Never answer; the socket is dropped when the client gives up, after `ms` (default: the emulator's hangMaxMs) or on close(). */
  | { kind: 'hang'; ms?: number }
  /** Reset the TCP connection before the request is processed: nothing happened on the server. */
  | { kind: 'reset-before' }
  /** Process the request (the item IS created/updated), then reset the connection instead of answering. */
  | { kind: 'reset-after' }
  /** Process the request, then answer after `ms`. */
  | { kind: 'delay'; ms: number };

export type FaultRule = FaultAction & {
  /** HTTP method or X-HTTP-Method (MERGE, DELETE), case-insensitive; any when absent. */
  method?: string;
  /** Case-insensitive substring of the path+query (raw or percent-decoded), or a RegExp. Any when absent. */
  path?: string | RegExp;
  /** Same as a RegExp path, for the JSON control API. */
  pathRegex?: string;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  /** Let this many matching requests through first (default 0). */
  skip?: number;
};

export interface FaultHandle { readonly id: number; readonly rule: FaultRule; remaining: number; skip: number; hits: number }

export class Faults {
  private rules: FaultHandle[] = [];
  private nextId = 1;

  /** Scripts a fault; returns a handle whose `hits` counts the requests it caught. */
  add(rule: FaultRule): FaultHandle {
    const handle: FaultHandle = { id: this.nextId++, rule, remaining: rule.times ?? 1, skip: rule.skip ?? 0, hits: 0 };
    this.rules.push(handle);
    return handle;
  }

  clear(): void {
    this.rules = [];
  }

  /** Rules that still have requests to catch. */
  pending(): FaultHandle[] {
    return this.rules.filter((r) => r.remaining > 0);
  }

  /** The action for this request, consuming one use of the first matching rule. */
  take(methods: string[], rawPath: string): FaultAction | undefined {
    let decoded = rawPath;
    try { decoded = decodeURIComponent(rawPath); } catch { /* keep raw */ }
    for (const handle of this.rules) {
      if (handle.remaining <= 0) continue;
      const { rule } = handle;
      if (rule.method && !methods.some((m) => m.toUpperCase() === rule.method?.toUpperCase())) continue;
      const pattern = rule.path instanceof RegExp ? rule.path : rule.pathRegex ? new RegExp(rule.pathRegex, 'i') : rule.path;
      if (pattern instanceof RegExp ? !(pattern.test(rawPath) || pattern.test(decoded)) : pattern !== undefined
        && ![rawPath, decoded].some((p) => p.toLowerCase().includes(pattern.toLowerCase()))) continue;
      if (handle.skip > 0) { handle.skip--; continue; }
      handle.remaining--;
      handle.hits++;
      return actionOf(rule);
    }
    return undefined;
  }
}

function actionOf(rule: FaultRule): FaultAction {
  switch (rule.kind) {
    case 'status': return { kind: 'status', status: rule.status, retryAfter: rule.retryAfter, code: rule.code, message: rule.message };
    case 'hang': return { kind: 'hang', ms: rule.ms };
    case 'delay': return { kind: 'delay', ms: rule.ms };
    default: return { kind: rule.kind };
  }
}

/** Retry-After as sent: delta seconds, or an HTTP date for a Date / date string. */
export function retryAfterHeader(value: number | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return String(value);
  const ms = Date.parse(value);
  return /^\d+$/.test(value) || !Number.isFinite(ms) ? value : new Date(ms).toUTCString();
}
