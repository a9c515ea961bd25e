// Typed calls to the main side through window.bridge.
import type { Input, Method, Output } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/errors';

export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
  get fields(): Record<string, string> {
    return this.shape.fields ?? {};
  }
}

const sessionEnded = new Set<() => void>();

/**
 * Called when the server no longer knows this window's session although the window thinks it is logged in:
 * every session ends when an admin restores a backup (the workspace is reopened), so the app shows the login page.
 */
export function onSessionEnded(listener: () => void): () => void {
  sessionEnded.add(listener);
  return () => void sessionEnded.delete(listener);
}

let inFlight = 0;
let waiters: (() => void)[] = [];
let backgroundDepth = 0;

/**
 * Runs `fn` with its (synchronously started) calls marked as background: refreshes after other people's
 * changes do not keep this session awake for the idle lock.
 */
export function inBackground<T>(fn: () => T): T {
  backgroundDepth += 1;
  try {
    return fn();
  } finally {
    backgroundDepth -= 1;
  }
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  let result;
  const background = backgroundDepth > 0;
  inFlight += 1;
  try {
    result = await window.bridge.invoke(method, input, background ? { background } : undefined);
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: 'Mất kết nối với phần xử lý của ứng dụng. Hãy thử lại.' });
  } finally {
    inFlight -= 1;
    if (inFlight === 0) setTimeout(wakeWaiters, 0);
  }
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED') sessionEnded.forEach((listener) => listener());
    throw new ApiError(result.error);
  }
  return result.value as Output<M>;
}

function wakeWaiters(): void {
  if (inFlight > 0) return;
  const ready = waiters;
  waiters = [];
  for (const resolve of ready) resolve();
}

/**
 * Resolves once no call is in flight, checked a task later so that what the callers do with their
 * results (and the calls they chain, e.g. a reload after an action) has happened first. Used to tell
 * this page's own changes, announced by events before their replies arrive, from other people's.
 */
export function settled(): Promise<void> {
  return new Promise((resolve) => {
    waiters.push(resolve);
    setTimeout(wakeWaiters, 0);
  });
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return 'Đã xảy ra lỗi không mong muốn.';
}

/** Read a File as base64 for upload through the bridge. */
export async function fileToBase64(file: File): Promise<string> {
  const buf = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < buf.length; i += chunk) {
    binary += String.fromCharCode(...buf.subarray(i, i + chunk));
  }
  return btoa(binary);
}
