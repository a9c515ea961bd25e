import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api';
import type { SearchHit } from '../../../shared/article';
import { hrefOf } from '../router';
import { dateWithWeekday, statusLabel } from '../format';
import { useRefreshOnArticleChange } from '../hooks/useAppEvent';

function Marked({ parts }: { parts: { text: string; hit: boolean }[] }) {
  return (
    <>
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function SearchResults({ query }: { query: string }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  // Saved articles are found (or not) again without retyping the query.
  useRefreshOnArticleChange(() => setChanges((n) => n + 1));

  useEffect(() => {
    let live = true;
    // Debounce so each keystroke does not hit the database.
    const t = setTimeout(() => {
      call('article.search', { query, limit: 50 })
        .then((h) => live && (setHits(h), setError(null)))
        .catch((e) => live && setError(errorMessage(e)));
    }, 150);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, changes]);

  if (error) return <p role="alert">{error}</p>;
  if (!hits) return <p className="muted">Đang tìm…</p>;
  return (
    <div className="search-results">
      <h2>
        {hits.length === 0 ? 'Không tìm thấy bài viết nào cho' : `${hits.length} kết quả cho`} “{query}”
      </h2>
      <ol className="hits" aria-label="Kết quả tìm kiếm">
        {hits.map((h) => (
          <li key={h.id} className="hit">
            <a href={hrefOf({ page: 'article', id: h.id })} className="hit-title">
              <Marked parts={h.titleParts} />
            </a>
            <div className="hit-meta">
              <span className={`badge status-${h.status}`}>{statusLabel(h.status)}</span>
              <span>{h.category}</span>
              <span>{dateWithWeekday(h.modifiedAt)}</span>
            </div>
            <p className="hit-snippet">
              <Marked parts={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
