// The article page once loaded: the article's state (kept current in place), its edit lock, and the
// workspace that edits it.
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { WorkflowView } from '../../../shared/workflow';
import { useEditLock } from '../hooks/useEditLock';
import { useArticleView } from './useArticleView';
import { ArticleWorkspace, type ChangedSinceSeen } from './ArticleWorkspace';
import { ChangedSinceSeenCompare } from './ChangedSinceSeenCompare';

export function ArticleForm({ initial, initialView }: { initial: Article; initialView: WorkflowView }) {
  const state = useArticleView(initial, initialView);
  const lock = useEditLock(initial.id, state.view.edit.allowed);
  const [versionsOpen, setVersionsOpen] = useState(false);

  const [changed, setChanged] = useState<ChangedSinceSeen | null>(null);

  const { refreshView, reload } = state;
  // The refused approver sees what changed since the version they read, on the article as it is now.
  const onChangedSinceSeen = useCallback(
    (change: ChangedSinceSeen) => {
      setChanged(change);
      reload().catch(() => undefined);
    },
    [reload]
  );

  useEffect(() => {
    if (lock.error) refreshView();
  }, [lock.error, refreshView]);

  return (
    <>
      <ArticleWorkspace
        key={state.generation}
        state={state}
        lock={lock}
        versionsOpen={versionsOpen}
        onVersionsOpen={setVersionsOpen}
        onChangedSinceSeen={onChangedSinceSeen}
      />
      {changed && <ChangedSinceSeenCompare articleId={initial.id} change={changed} onClose={() => setChanged(null)} />}
    </>
  );
}
