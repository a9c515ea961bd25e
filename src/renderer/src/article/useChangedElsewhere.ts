// An open article that changed elsewhere (another tab, window, user or the command line): shown again
// in place when nothing here is unsaved; otherwise a warning, and nothing typed here is overwritten.
import { useState, type RefObject } from 'react';
import type { Article } from '../../../shared/article';
import type { AppEventMap } from '../../../shared/events';
import { settled } from '../api';
import { useAppEvent } from '../hooks/useAppEvent';

export type ArticleChanged = AppEventMap['article.changed'];

export function useChangedElsewhere({
  shown,
  hasUnsaved,
  reload,
  refreshInPlace
}: {
  /** What the page shows now (updated by its own saves and actions before they settle). */
  shown: RefObject<Article>;
  hasUnsaved: () => boolean;
  /** Another revision: the text and everything else again. */
  reload: () => void;
  /** Same revision, other state (an action elsewhere): the article and its workflow view again. */
  refreshInPlace: () => void;
}): ArticleChanged | null {
  const [warning, setWarning] = useState<ArticleChanged | null>(null);

  useAppEvent('article.changed', (event) => {
    if (event.articleId !== shown.current.id) return;
    // This page's own saves and actions announce themselves too, maybe before their replies: wait for
    // those replies, then compare with what the page shows.
    void settled().then(() => {
      const now = shown.current;
      if (event.version < now.version) return;
      if (event.revisionId === now.revisionId) {
        if (event.status !== now.status) refreshInPlace();
        return;
      }
      if (event.version === now.version) return;
      if (hasUnsaved()) setWarning(event);
      else reload();
    });
  });

  return warning;
}
