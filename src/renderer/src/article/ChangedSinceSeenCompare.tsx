// After "Ký duyệt" was refused because the article changed since the approver read it: "So sánh" from
// the version they had on screen to the current one, with the reason on top.
import { useEffect, useState } from 'react';
import { call } from '../api';
import { CompareDialog } from '../compare/CompareDialog';
import type { ChangedSinceSeen } from './ArticleWorkspace';

export function ChangedSinceSeenCompare({ articleId, change, onClose }: { articleId: string; change: ChangedSinceSeen; onClose: () => void }) {
  // undefined: looking the version up; null: not found (thinned), the dialog picks its default start.
  const [fromVersionId, setFrom] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    call('version.list', { articleId }).then(
      (versions) => live && setFrom(versions.find((v) => v.revisionId === change.seenRevisionId)?.id ?? null),
      () => live && setFrom(null)
    );
    return () => {
      live = false;
    };
  }, [articleId, change.seenRevisionId]);
  if (fromVersionId === undefined) return null;
  return <CompareDialog articleId={articleId} fromVersionId={fromVersionId ?? undefined} intro={change.message} onClose={onClose} />;
}
