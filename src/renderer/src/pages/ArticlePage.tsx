import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import type { WorkflowView } from '../../../shared/workflow';
import { call, errorMessage } from '../api';
import { hrefOf } from '../router';
import { ArticleForm } from '../article/ArticleForm';
import { markSeen } from '../article/useArticleView';

export function ArticlePage({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<{ article: Article; view: WorkflowView } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const article = call('article.get', { id });
    article.then(markSeen, () => undefined);
    Promise.all([article, call('workflow.view', { articleId: id })]).then(
      ([a, view]) => setLoaded({ article: a, view }),
      (e) => setError(errorMessage(e))
    );
  }, [id]);

  if (error) {
    return (
      <div className="article-page">
        <p role="alert">{error}</p>
        <a href={hrefOf({ page: 'list', q: '' })}>← Về danh sách bài viết</a>
      </div>
    );
  }
  if (!loaded) return <p className="muted">Đang mở bài viết…</p>;
  // Saves, actions and changes made elsewhere update the form in place (see ArticleForm).
  return <ArticleForm initial={loaded.article} initialView={loaded.view} />;
}
