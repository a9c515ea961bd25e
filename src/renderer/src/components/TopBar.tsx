import { useEffect, useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { hrefOf, navigate, type Route } from '../router';
import { IMPORT_ACCEPT, useImportFile } from '../hooks/useImportFile';

export function TopBar({ route }: { route: Route }) {
  const { profile, notify } = useApp();
  const importer = useImportFile();
  const [creating, setCreating] = useState(false);
  const query = route.page === 'list' ? route.q : '';
  // Local text so typing never fights the asynchronous hash update.
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);

  async function createArticle() {
    setCreating(true);
    try {
      const article = await call('article.create', {});
      navigate({ page: 'article', id: article.id });
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setCreating(false);
    }
  }

  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-name">Ban Biên Tập</span>
        <span className="brand-agency">{profile?.agencyName}</span>
      </div>
      <nav className="nav" aria-label="Điều hướng chính">
        <a href={hrefOf({ page: 'list', q: '' })} aria-current={route.page === 'list' ? 'page' : undefined}>
          Bài viết
        </a>
        <a href={hrefOf({ page: 'profile' })} aria-current={route.page === 'profile' ? 'page' : undefined}>
          Thông tin cơ quan
        </a>
        <a href={hrefOf({ page: 'lists' })} aria-current={route.page === 'lists' ? 'page' : undefined}>
          Danh mục
        </a>
      </nav>
      <input
        className="search"
        type="search"
        aria-label="Tìm kiếm bài viết"
        placeholder="Tìm kiếm bài viết (gõ có dấu hoặc không dấu)…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          navigate({ page: 'list', q: e.target.value });
        }}
      />
      <div className="actions">
        <button type="button" onClick={importer.open} disabled={importer.busy}>
          Nhập từ Word
        </button>
        <input
          ref={importer.inputRef}
          type="file"
          accept={IMPORT_ACCEPT}
          hidden
          data-testid="import-file"
          onChange={(e) => void importer.onFile(e.target.files?.[0])}
        />
        <button type="button" className="primary" onClick={() => void createArticle()} disabled={creating}>
          Bài viết mới
        </button>
      </div>
    </header>
  );
}
