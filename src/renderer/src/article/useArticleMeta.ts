// The article's fields other than the text, as edited on the page; every change goes to autosave.
import { useCallback, useRef, useState } from 'react';
import type { Article } from '../../../shared/article';
import { pickMeta } from '../hooks/useAutosave';

export type Meta = ReturnType<typeof pickMeta>;
export type MetaUpdate = <K extends keyof Meta>(key: K, value: Meta[K]) => void;

export function useArticleMeta(initial: Article, save: (meta: Meta) => void) {
  const [meta, setMeta] = useState<Meta>(() => pickMeta(initial));
  // The latest fields at once: an upload that finishes later must not undo what was typed meanwhile.
  const latest = useRef(meta);
  const update = useCallback<MetaUpdate>(
    (key, value) => {
      latest.current = { ...latest.current, [key]: value };
      setMeta(latest.current);
      save(latest.current);
    },
    [save]
  );
  return { meta, update };
}
