import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article';
import { call, errorMessage } from '../api';
import { hrefOf } from '../router';
import { ArticleForm } from '../components/ArticleForm';

export function ArticlePage({ id }: { id: string }) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    call('article.get', { id }).then(setArticle, (e) => setError(errorMessage(e)));
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
  if (!article) return <p className="muted">Đang mở bài viết…</p>;
  // Reloading after a conflict remounts the form on the newer revision.
  return <ArticleForm key={article.revisionId} initial={article} onReload={load} />;
}
