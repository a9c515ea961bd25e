// The article page once loaded: the article's state (kept current in place), its edit lock, and the
// workspace that edits it.
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { WorkflowView } from '../../../shared/workflow';
import { useEditLock } from '../hooks/useEditLock';
import { useArticleView } from './useArticleView';
import { ArticleWorkspace } from './ArticleWorkspace';

export function ArticleForm({ initial, initialView }: { initial: Article; initialView: WorkflowView }) {
  const state = useArticleView(initial, initialView);
  const lock = useEditLock(initial.id, state.view.edit.allowed);
  const [versionsOpen, setVersionsOpen] = useState(false);

  const { refreshView } = state;
  useEffect(() => {
    if (lock.error) refreshView();
  }, [lock.error, refreshView]);

  return <ArticleWorkspace key={state.generation} state={state} lock={lock} versionsOpen={versionsOpen} onVersionsOpen={setVersionsOpen} />;
}
