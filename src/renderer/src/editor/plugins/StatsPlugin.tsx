// Reports content changes to the app (a lazy body getter, so nothing is serialised per keystroke) and
// shows the word count. Counting walks the whole document, so while typing it runs only after a pause, in
// idle time (requestIdleCallback, at most STATS_IDLE_TIMEOUT_MS later): the count is right once typing
// settles. A paste is one change, not a stream of keystrokes: it is counted at once.
import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, PASTE_TAG } from 'lexical';
import type { Body } from '../../../../shared/article';
import { bodyFromState } from '../../../../core/editor/bodyState';
import { $statsOfRoot } from '../../../../core/editor/plainText';

export interface EditorStats {
  words: number;
  photos: number;
  pages: number;
}

const STATS_DELAY_MS = 400;
const STATS_IDLE_TIMEOUT_MS = 1000;
const numberFormat = new Intl.NumberFormat('vi-VN');

export function StatsPlugin({ onChange }: { onChange: (getBody: () => Body, stats: EditorStats) => void }) {
  const [editor] = useLexicalComposerContext();
  const [stats, setStats] = useState<EditorStats>(() => computeStats());
  const statsRef = useRef(stats);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  function computeStats(): EditorStats {
    const { words, photos, pages } = editor.getEditorState().read(() => $statsOfRoot());
    return { words, photos, pages };
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: (() => void) | undefined;
    const getBody = () => bodyFromState(editor.getEditorState());
    /** True when the numbers changed (and the change was reported with them). */
    const recount = (): boolean => {
      const next = computeStats();
      const prev = statsRef.current;
      if (next.words === prev.words && next.photos === prev.photos && next.pages === prev.pages) return false;
      statsRef.current = next;
      setStats(next);
      onChangeRef.current(getBody, next);
      return true;
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
      // Not changes: selection-only updates, the initial load, and history-merge updates (plugins marking
      // existing nodes dirty when they register transforms), as Lexical's OnChangePlugin does.
      const selectionOnly = dirtyElements.size === 0 && dirtyLeaves.size === 0;
      if (selectionOnly || prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
      clearTimeout(timer);
      idle?.();
      idle = undefined;
      if (tags.has(PASTE_TAG)) {
        // recount reports the change with the new numbers when they moved; otherwise report it here.
        if (!recount()) onChangeRef.current(getBody, statsRef.current);
        return;
      }
      onChangeRef.current(getBody, statsRef.current);
      timer = setTimeout(() => {
        idle = whenIdle(recount, STATS_IDLE_TIMEOUT_MS);
      }, STATS_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      idle?.();
      unregister();
    };
    // computeStats only reads the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  return (
    <div className="bbt-editor-status">
      <span role="status" aria-label="Số từ">
        {numberFormat.format(stats.words)} từ
      </span>
      {stats.photos > 0 && <span> · {numberFormat.format(stats.photos)} ảnh</span>}
      {stats.pages > 0 && <span> · khoảng {numberFormat.format(stats.pages)} trang A4</span>}
    </div>
  );
}

/** Runs `fn` when the browser is idle (or after `timeoutMs` at the latest); returns a cancel function. */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}
