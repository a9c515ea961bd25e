// For tests that call handlers through dispatch: the value of a success, or the error of a refusal.
import type { Result } from '../../shared/errors';

export async function ok<T>(p: Promise<Result<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

export async function refusal(p: Promise<Result<unknown>>): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const r = await p;
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
