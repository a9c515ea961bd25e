// Events pushed from the main process to every window (Electron IPC) or tab (browser mode, SSE).
// One payload type per event name: the emitter and the subscribers are checked against this map.
import type { ArticleStatus, UserRef } from './article';
import type { OutboxEntry } from './publishing';

export interface AppEventMap {
  /**
   * An article was created, saved, moved in the workflow or had its attachments changed, by any
   * window, tab or command-line run on this workspace. Windows compare `revisionId` with what they
   * show to tell their own saves from changes made elsewhere.
   */
  'article.changed': {
    articleId: string;
    revisionId: string;
    version: number;
    status: ArticleStatus;
    title: string;
    by: UserRef;
    at: string;
    /** What happened, for messages: 'create', 'save', 'import', 'attachment.add', 'workflow.ky-duyet', … */
    action: string;
  };
  /** An entry of "Hàng đợi xuất bản" changed state (queued, sending, published, failed, cancelled). */
  'outbox.changed': OutboxEntry;
  /**
   * An administrator saved settings that change what users see or may do: for 'royalties', the table whose
   * decider roles decide who sees "Nhuận bút". Windows ask again instead of waiting for the next login.
   */
  'settings.changed': { area: 'royalties' };
  /** Progress of a long job (retention, publishing runs, printing a bulletin). */
  'job.progress': {
    jobId: string;
    kind: JobKind;
    /** Vietnamese, shown as is ("Dọn bản lưu cũ: 12/340 bài"). */
    label: string;
    done: number;
    total: number;
    state: 'running' | 'done' | 'failed';
    /** Vietnamese reason when failed. */
    error?: string;
  };
}

export type JobKind = 'retention' | 'publish' | 'print' | 'backup';

export type AppEventName = keyof AppEventMap;

export type AppEvent = { [K in AppEventName]: { type: K; payload: AppEventMap[K] } }[AppEventName];

export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; payload?: unknown };
  return (v.type === 'article.changed' || v.type === 'job.progress' || v.type === 'outbox.changed' || v.type === 'settings.changed') && typeof v.payload === 'object' && v.payload !== null;
}
