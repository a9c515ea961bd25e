// Published in the period but without a decision: not in the totals until someone decides them.
import type { RoyaltyArticle } from '../../../shared/royalties';
import { formatDate } from '../format';
import { hrefOf } from '../router';

export function UndecidedList({ articles }: { articles: RoyaltyArticle[] }) {
  return (
    <section className="panel royalty-undecided" aria-labelledby="royalty-undecided-title">
      <h2 id="royalty-undecided-title">Bài đã xuất bản chưa có quyết định nhuận bút ({articles.length})</h2>
      {articles.length === 0 ? (
        <p className="muted">Mọi bài đã xuất bản trong kỳ đều đã có quyết định.</p>
      ) : (
        <ul className="work-list">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={hrefOf({ page: 'article', id: a.id })}>{a.title}</a>
              <span className="hint">
                {a.articleType || 'Chưa chọn loại bài'} · xuất bản {formatDate(a.publishedAt)} · {a.author}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
