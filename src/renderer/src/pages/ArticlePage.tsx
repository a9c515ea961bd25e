import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { WorkflowView } from '../../../shared/workflow';
import { call, errorMessage } from '../api';
import { hrefOf } from '../router';
import { ArticleForm } from '../components/ArticleForm';

export function ArticlePage({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<{ article: Article; view: WorkflowView } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    Promise.all([call('article.get', { id }), call('workflow.view', { articleId: id })]).then(
      ([article, view]) => setLoaded({ article, view }),
      (e) => setError(errorMessage(e))
    );
  }, [id]);
  useEffect(load, [load]);

  if (error) {
    return (
      <div className="article-page">
        <p role="alert">{error}</p>
        <a href={hrefOf({ page: 'list', q: '' })}>← Về danh sách bài viết</a>
      </div>
    );
  }
  if (!loaded) return <p className="muted">Đang mở bài viết…</p>;
  // A new revision or state (conflict, workflow action) remounts the form on fresh data.
  return (
    <ArticleForm
      key={`${loaded.article.revisionId}:${loaded.view.status}:${loaded.view.edit.allowed}`}
      initial={loaded.article}
      initialView={loaded.view}
      onReload={load}
    />
  );
}
