import { useCallback, useEffect, useMemo, useState } from 'react';
import { call, errorMessage } from './api';
import { AppContext, type AppState } from './app-context';
import { useRoute } from './router';
import { TopBar } from './components/TopBar';
import { Notices, type Notice } from './components/Notices';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticlePage } from './pages/ArticlePage';
import { ProfilePage } from './pages/ProfilePage';
import { ListsPage } from './pages/ListsPage';
import { FirstRunPage } from './pages/FirstRunPage';

type Loaded = Omit<AppState, 'reload' | 'notify'>;

export function App() {
  const route = useRoute();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);

  const reload = useCallback(async () => {
    try {
      const [info, lists, profile] = await Promise.all([
        call('app.info', {}),
        call('lists.get', {}),
        call('profile.current', {})
      ]);
      setLoaded({ info, lists, profile });
    } catch (err) {
      setFatal(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const notify = useCallback((message: string, kind: 'info' | 'error' = 'info') => {
    const id = Date.now() + Math.random();
    setNotices((n) => [...n, { id, message, kind }]);
    setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), kind === 'error' ? 8000 : 4000);
  }, []);

  const state = useMemo<AppState | null>(() => (loaded ? { ...loaded, reload, notify } : null), [loaded, reload, notify]);

  if (fatal) {
    return (
      <main className="fatal" role="alert">
        <h1>Không mở được không gian làm việc</h1>
        <p>{fatal}</p>
      </main>
    );
  }
  if (!state) return <main className="loading">Đang mở không gian làm việc…</main>;

  return (
    <AppContext.Provider value={state}>
      {!state.info.profileConfigured ? (
        <FirstRunPage />
      ) : (
        <div className="shell">
          <TopBar route={route} />
          <div className="page">
            {route.page === 'list' && <ArticleListPage />}
            {route.page === 'article' && <ArticlePage key={route.id} id={route.id} />}
            {route.page === 'profile' && <ProfilePage />}
            {route.page === 'lists' && <ListsPage />}
          </div>
        </div>
      )}
      <Notices notices={notices} />
    </AppContext.Provider>
  );
}
