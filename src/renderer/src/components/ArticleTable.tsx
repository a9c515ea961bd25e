import { useCallback, useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus, type SortKey } from '../../../shared/article';
import type { Facets } from '../../../shared/contract';
import { call } from '../api';
import { useApp } from '../app-context';
import { navigate } from '../router';
import { usePagedArticles } from '../hooks/usePagedArticles';
import { useRefreshOnArticleChange } from '../hooks/useAppEvent';
import { VnDateInput } from './VnDateInput';
import { CommentCount } from '../comments/CommentCount';
import { formatDate, formatDateTime, numberVi, statusLabel } from '../format';

const ROW_HEIGHT = 48;

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'title', label: 'Tiêu đề', className: 'col-title' },
  { key: 'status', label: 'Trạng thái', className: 'col-status' },
  { key: null, label: 'Phân loại', className: 'col-category' },
  { key: 'author', label: 'Tác giả', className: 'col-author' },
  { key: 'publishAt', label: 'Ngày xuất bản', className: 'col-date' },
  { key: 'modifiedAt', label: 'Cập nhật', className: 'col-date' },
  { key: null, label: 'Bình luận', className: 'col-comments' }
];

export function ArticleTable() {
  const { lists } = useApp();
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [category, setCategory] = useState('');
  const [articleType, setArticleType] = useState('');
  const [author, setAuthor] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [sort, setSort] = useState<SortKey>('modifiedAt');
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc');
  const [facets, setFacets] = useState<Facets | null>(null);

  const loadFacets = useCallback(() => {
    call('article.facets', {}).then(setFacets, () => setFacets(null));
  }, []);
  useEffect(loadFacets, [loadFacets]);

  // "Đến ngày" includes the whole day.
  const toEnd = to ? new Date(Date.parse(to) + 86_400_000 - 1).toISOString() : null;
  const { total, rowAt, error, refresh } = usePagedArticles({
    status: status || undefined,
    category: category || undefined,
    articleType: articleType || undefined,
    author: author || undefined,
    from: from ?? undefined,
    to: toEnd ?? undefined,
    sort,
    direction
  });

  // Articles saved, created or moved anywhere (another tab, window or the command line) show up here.
  useRefreshOnArticleChange(() => {
    refresh();
    loadFacets();
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the chosen virtual list.
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10
  });

  function toggleSort(key: SortKey) {
    if (sort === key) setDirection(direction === 'asc' ? 'desc' : 'asc');
    else {
      setSort(key);
      setDirection(key === 'title' || key === 'author' ? 'asc' : 'desc');
    }
  }

  const categories = facets ? mergeUnique(lists.categories, facets.categories) : lists.categories;
  const types = facets ? mergeUnique(lists.articleTypes, facets.articleTypes) : lists.articleTypes;

  return (
    <div className="article-table">
      <div className="filters" role="group" aria-label="Bộ lọc">
        <label>
          Trạng thái
          <select value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | '')}>
            <option value="">Tất cả</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Lọc phân loại
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Lọc loại bài viết
          <select value={articleType} onChange={(e) => setArticleType(e.target.value)}>
            <option value="">Tất cả</option>
            {types.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Lọc tác giả
          <select value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">Tất cả</option>
            {(facets?.authors ?? []).map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label>
          Từ ngày
          <VnDateInput id="filter-from" value={from} onChange={setFrom} />
        </label>
        <label>
          Đến ngày
          <VnDateInput id="filter-to" value={to} onChange={setTo} />
        </label>
        <span className="count" role="status">
          {total === null ? 'Đang tải…' : `${numberVi.format(total)} bài viết`}
        </span>
      </div>
      {error && <p role="alert">{error}</p>}
      <div className="table" role="table" aria-label="Bài viết" aria-rowcount={(total ?? 0) + 1}>
        <div className="row head" role="row">
          {COLUMNS.map((c) => (
            <div key={c.label} role="columnheader" className={c.className} aria-sort={c.key === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.key ? (
                <button type="button" className="sort" onClick={() => toggleSort(c.key!)}>
                  {c.label}
                  {c.key === sort ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                c.label
              )}
            </div>
          ))}
        </div>
        <div className="rows" ref={scrollRef}>
          {total === 0 && <p className="empty">Chưa có bài viết nào. Bấm “Bài viết mới” hoặc “Nhập từ Word” để bắt đầu.</p>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const a = rowAt(v.index);
              return (
                <div
                  key={v.key}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className={`row ${a ? 'link' : 'placeholder'}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)` }}
                  onClick={() => a && navigate({ page: 'article', id: a.id })}
                >
                  {a ? (
                    <>
                      <div role="cell" className="col-title">
                        <a href={`#/bai-viet/${a.id}`} onClick={(e) => e.stopPropagation()}>
                          {a.featured && <span className="star" title="Tin nổi bật">★ </span>}
                          {a.title || '(Chưa có tiêu đề)'}
                        </a>
                        <span className="sub">{a.articleType}</span>
                      </div>
                      <div role="cell" className="col-status">
                        <span className={`badge status-${a.status}`}>{statusLabel(a.status)}</span>
                      </div>
                      <div role="cell" className="col-category">{a.category}</div>
                      <div role="cell" className="col-author">{a.author}</div>
                      <div role="cell" className="col-date">{a.publishAt ? formatDate(a.publishAt) : '—'}</div>
                      <div role="cell" className="col-date">{formatDateTime(a.modifiedAt)}</div>
                      <div role="cell" className="col-comments">
                        <CommentCount count={a.openComments} />
                      </div>
                    </>
                  ) : (
                    <div role="cell" className="col-title muted">Đang tải…</div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function mergeUnique(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}
