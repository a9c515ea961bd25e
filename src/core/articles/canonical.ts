// Canonical JSON for content hashing: sorted keys, NFC strings, no insignificant whitespace.
// Two inputs that differ only in key order or Unicode normalisation give the same text.
import { nfc } from '../../shared/text';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

function canonicalValue(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return nfc(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [nfc(k), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [k, v] of entries) out[k] = canonicalValue(v);
    return out;
  }
  return null;
}

/** Recursively NFC-normalise every string (keys included) of a parsed JSON value. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[nfc(k)] = nfcDeep(v);
    return out as T;
  }
  return value;
}
