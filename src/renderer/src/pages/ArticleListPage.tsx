import { useApp } from '../app-context';
import { useRoute } from '../router';
import { ArticleTable } from '../components/ArticleTable';
import { SearchResults } from '../components/SearchResults';

export function ArticleListPage() {
  const route = useRoute();
  const { info } = useApp();
  const q = route.page === 'list' ? route.q.trim() : '';
  return (
    <section className="list-page" aria-labelledby="list-title">
      <h1 id="list-title">{q ? 'Tìm kiếm bài viết' : 'Bài viết'}</h1>
      {q ? <SearchResults query={q} /> : <ArticleTable key={info.workspaceDir} />}
    </section>
  );
}
