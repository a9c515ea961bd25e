// Autosave: saves about a second after the last change, one save at a time, and on demand (flush).
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldsOf, type Article, type ArticleFields, type Body } from '../../../shared/article';
import { ErrorCode } from '../../../shared/errors';
import type { ArticleSaved } from '../../../shared/contract';
import { ApiError, call } from '../api';

export const AUTOSAVE_DELAY_MS = 1000;
/** After "Ổ đĩa đã đầy" the unsaved text stays in the editor and the save is tried again this often. */
export const DISK_FULL_RETRY_MS = 15_000;

const NOT_SAVED = 'Chưa lưu được những thay đổi mới nhất của bài (xem thông báo lưu ở đầu trang). Hãy xử lý lỗi lưu rồi thử lại.';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; fields: Record<string, string>; conflict: boolean };

type Meta = Omit<ArticleFields, 'body'>;

const DIRTY: SaveState = { kind: 'dirty' };

export function useAutosave(initial: Article, onSaved: (saved: ArticleSaved) => void) {
  const metaRef = useRef<Meta>(pickMeta(initial));
  const bodyRef = useRef<() => Body>(() => initial.body);
  const baseRevision = useRef(initial.revisionId);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** When the pending autosave is due (performance.now()); typing moves it, the timer follows. */
  const dueAt = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });

  /** "Ổ đĩa đã đầy": the save is tried again by itself until the disk has room (or the user saves first). */
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveNowRef = useRef<() => Promise<void>>(async () => undefined);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time: wait for the running one, then save whatever changed meanwhile.
    while (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const fields: ArticleFields = { ...metaRef.current, body: bodyRef.current() };
        const saved = await call('article.save', { id: initial.id, baseRevisionId: baseRevision.current, fields });
        baseRevision.current = saved.article.revisionId;
        onSavedRef.current(saved);
        if (!dirty.current) setState({ kind: 'saved', at: saved.article.modifiedAt });
      } catch (err) {
        dirty.current = true;
        const e = err instanceof ApiError ? err : null;
        if (e?.shape.code === ErrorCode.DISK_FULL && !retryTimer.current) {
          retryTimer.current = setTimeout(() => {
            retryTimer.current = null;
            void saveNowRef.current();
          }, DISK_FULL_RETRY_MS);
        }
        setState({
          kind: 'error',
          message: e?.message ?? 'Chưa lưu được. Sẽ thử lại khi bạn tiếp tục sửa hoặc bấm “Lưu”.',
          fields: e?.fields ?? {},
          conflict: e?.shape.code === ErrorCode.CONFLICT
        });
      }
    })();
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
  }, [initial.id]);

  saveNowRef.current = saveNow;

  /** Saves now and refuses (Vietnamese message) if the latest changes could not be saved. */
  const flush = useCallback(async (): Promise<void> => {
    await saveNow();
    if (dirty.current) throw new ApiError({ code: ErrorCode.CONFLICT, message: NOT_SAVED });
  }, [saveNow]);

  // Called on every keystroke: the page re-renders only when the state really changes (the first
  // change after a save), and the timer is pushed back instead of being replaced.
  const schedule = useCallback(() => {
    dirty.current = true;
    setState((s) => (s.kind === 'error' || s.kind === 'dirty' ? s : DIRTY));
    dueAt.current = performance.now() + AUTOSAVE_DELAY_MS;
    if (timer.current) return;
    const fire = () => {
      const left = dueAt.current - performance.now();
      if (left > 1) {
        timer.current = setTimeout(fire, left);
        return;
      }
      timer.current = null;
      void saveNow();
    };
    timer.current = setTimeout(fire, AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  const setMeta = useCallback(
    (meta: Meta) => {
      metaRef.current = meta;
      schedule();
    },
    [schedule]
  );

  const setBodyGetter = useCallback(
    (getBody: () => Body) => {
      bodyRef.current = getBody;
      schedule();
    },
    [schedule]
  );

  /** After a server-side change (e.g. an attachment) the next save must build on the new revision. */
  const rebase = useCallback((article: Article) => {
    baseRevision.current = article.revisionId;
  }, []);

  // Save on close/hide; the Electron shell calls window.bbtFlush before closing the window.
  useEffect(() => {
    window.bbtFlush = saveNow;
    const onHide = () => void saveNow();
    const onVisibility = () => document.visibilityState === 'hidden' && void saveNow();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      void saveNow();
      if (retryTimer.current) clearTimeout(retryTimer.current);
      retryTimer.current = null;
      if (window.bbtFlush === saveNow) delete window.bbtFlush;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saveNow]);

  return { state, setMeta, setBodyGetter, saveNow, flush, rebase };
}

export function pickMeta(a: Article): Meta {
  const { body: _body, ...meta } = fieldsOf(a);
  return meta;
}
