// Loads the article list page by page as the virtual list scrolls, so thousands of rows stay smooth.
// `refresh` fetches the pages already shown again in place (rows change, the scroll position stays).
import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from '../api';
import type { ArticleSummary, ListQuery } from '../../../shared/article';

export const PAGE_SIZE = 100;

export function usePagedArticles(query: Omit<ListQuery, 'offset' | 'limit'>) {
  const key = JSON.stringify(query);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, ArticleSummary[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const shown = useRef(pages);
  useEffect(() => {
    shown.current = pages;
  }, [pages]);

  const fetchPage = useCallback(
    (index: number) => {
      loading.current.add(index);
      const gen = generation.current;
      call('article.list', { ...JSON.parse(key), offset: index * PAGE_SIZE, limit: PAGE_SIZE })
        .then((res) => {
          if (gen !== generation.current) return;
          loading.current.delete(index);
          setTotal(res.total);
          setPages((prev) => new Map(prev).set(index, res.items));
          setError(null);
        })
        .catch((err) => gen === generation.current && setError(errorMessage(err)));
    },
    [key]
  );

  const loadPage = useCallback(
    (index: number) => {
      if (!loading.current.has(index)) fetchPage(index);
    },
    [fetchPage]
  );

  useEffect(() => {
    generation.current += 1;
    loading.current = new Set();
    setPages(new Map());
    setTotal(null);
    setError(null);
    loadPage(0);
  }, [loadPage]);

  const refresh = useCallback(() => {
    generation.current += 1;
    loading.current = new Set();
    const indexes = [...shown.current.keys()];
    for (const index of indexes.length > 0 ? indexes : [0]) fetchPage(index);
  }, [fetchPage]);

  const rowAt = useCallback(
    (i: number): ArticleSummary | undefined => {
      const page = Math.floor(i / PAGE_SIZE);
      const rows = pages.get(page);
      if (!rows) {
        loadPage(page);
        return undefined;
      }
      return rows[i % PAGE_SIZE];
    },
    [pages, loadPage]
  );

  return { total, rowAt, error, refresh };
}
