import { BulletinComposer } from './bulletin/BulletinComposer';
import { BulletinProfilePage } from './bulletin/BulletinProfilePage';
import { BulletinsPage } from './bulletin/BulletinsPage';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AuthStatus } from '../../shared/accounts';
import { call, errorMessage, onSessionEnded } from './api';
import { AppContext, type AppState } from './app-context';
import { pageTitle, useRoute } from './router';
import { useIdleLock } from './hooks/useIdleLock';
import { settleLockReleases } from './hooks/useEditLock';
import { TopBar } from './components/TopBar';
import { MAIN_ID, SkipLink } from './components/SkipLink';
import { Notices, type Notice } from './components/Notices';
import { Announcer } from './components/Announcer';
import { StartupCheckBanner } from './components/StartupCheckBanner';
import { NetworkShareBanner } from './components/NetworkShareBanner';
import { BackupsPage } from './backups/BackupsPage';
import type { RestoreNotice } from '../../shared/backups';
import { GlobalJobProgress } from './components/JobProgressList';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticlePage } from './pages/ArticlePage';
import { ProfilePage } from './pages/ProfilePage';
import { ListsPage } from './pages/ListsPage';
import { FirstRunPage } from './pages/FirstRunPage';
import { SetupAdminPage } from './pages/SetupAdminPage';
import { LoginPage } from './pages/LoginPage';
import { LockScreen } from './pages/LockScreen';
import { MyWorkPage } from './pages/MyWorkPage';
import { UsersPage } from './pages/UsersPage';
import { AuditPage } from './pages/AuditPage';
import { QueuePage } from './pages/QueuePage';
import { TargetsPage } from './pages/TargetsPage';
import { RoyaltyReportPage } from './royalties/RoyaltyReportPage';
import { RoyaltySettingsPage } from './royalties/RoyaltySettingsPage';

type Loaded = Omit<AppState, 'reload' | 'notify' | 'signOut'>;

export function App() {
  const route = useRoute();
  const [auth, setAuth] = useState<AuthStatus | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [agencyName, setAgencyName] = useState<string | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [restoreNotice, setRestoreNotice] = useState<RestoreNotice | null>(null);

  const reload = useCallback(async () => {
    try {
      const status = await call('auth.status', {});
      setAuth(status);
      setAgencyName(status.agencyName);
      if (!status.session) {
        setLoaded(null);
        // After "Khôi phục từ bản sao lưu" every session ended: the login page says what was restored.
        setRestoreNotice((await call('app.info', {})).restoreNotice);
        return;
      }
      const current = status.session;
      if (current.locked) {
        setLoaded((prev) => (prev ? { ...prev, session: current } : null));
        return;
      }
      const [info, lists, profile] = await Promise.all([call('app.info', {}), call('lists.get', {}), call('profile.current', {})]);
      setLoaded({ info, lists, profile, session: status.session });
    } catch (err) {
      setFatal(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => onSessionEnded(() => void reload()), [reload]);

  const notify = useCallback((message: string, kind: 'info' | 'error' = 'info') => {
    const id = Date.now() + Math.random();
    setNotices((n) => [...n, { id, message, kind }]);
    setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), kind === 'error' ? 8000 : 4000);
  }, []);

  const signOut = useCallback(async () => {
    await window.bbtFlush?.();
    // Leave the page first so it releases its edit lock while the session still exists.
    window.location.hash = '#/';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settleLockReleases();
    await call('auth.logout', {}).catch(() => undefined);
    setNotices([]);
    await reload();
  }, [reload]);

  const lockNow = useCallback(() => {
    void (async () => {
      await window.bbtFlush?.();
      await call('auth.lock', {}).catch(() => undefined);
      await reload();
    })();
  }, [reload]);

  const session = auth?.session ?? null;
  useIdleLock(session?.lockAfterMinutes ?? 0, session?.locked ?? false, lockNow);

  useEffect(() => {
    document.title = loaded ? `${pageTitle(route)} — Ban Biên Tập` : 'Ban Biên Tập';
  }, [route, loaded]);

  const state = useMemo<AppState | null>(() => (loaded ? { ...loaded, reload, notify, signOut } : null), [loaded, reload, notify, signOut]);

  if (fatal) {
    return (
      <main className="fatal" role="alert">
        <h1>Không mở được không gian làm việc</h1>
        <p>{fatal}</p>
      </main>
    );
  }
  if (!auth) return <main className="loading">Đang mở không gian làm việc…</main>;
  if (auth.needsSetup) return <SetupAdminPage onDone={() => void reload()} />;
  if (!session) return <LoginPage agencyName={agencyName} restoreNotice={restoreNotice} onLoggedIn={() => void reload()} />;
  if (!state) {
    return session.locked ? (
      <LockScreen user={session.user} onUnlocked={() => void reload()} onSignOut={() => void signOut()} />
    ) : (
      <main className="loading">Đang mở không gian làm việc…</main>
    );
  }

  return (
    <AppContext.Provider value={state}>
      {!state.info.profileConfigured ? (
        <FirstRunPage />
      ) : (
        <div className="shell" inert={session.locked || undefined}>
          <SkipLink />
          <TopBar route={route} />
          <main id={MAIN_ID} className="page" tabIndex={-1}>
            {state.info.startupCheck && <StartupCheckBanner check={state.info.startupCheck} isAdmin={session.user.roles.includes('quan_tri')} />}
            {state.info.networkShare && session.user.roles.includes('quan_tri') && <NetworkShareBanner share={state.info.networkShare} />}
            {route.page === 'work' && <MyWorkPage />}
            {route.page === 'list' && <ArticleListPage />}
            {route.page === 'article' && <ArticlePage key={route.id} id={route.id} />}
            {route.page === 'profile' && <ProfilePage />}
            {route.page === 'lists' && <ListsPage />}
            {route.page === 'users' && <UsersPage />}
            {route.page === 'audit' && <AuditPage />}
            {route.page === 'queue' && <QueuePage />}
            {route.page === 'targets' && <TargetsPage />}
            {route.page === 'bulletins' && <BulletinsPage />}
            {route.page === 'bulletin' && <BulletinComposer key={route.id} id={route.id} />}
            {route.page === 'bulletinProfile' && <BulletinProfilePage />}
            {route.page === 'backups' && <BackupsPage />}
            {route.page === 'royalties' && <RoyaltyReportPage period={route.period} />}
            {route.page === 'royaltySettings' && <RoyaltySettingsPage />}
          </main>
        </div>
      )}
      {session.locked && <LockScreen user={session.user} onUnlocked={() => void reload()} onSignOut={() => void signOut()} />}
      {route.page !== 'users' && <GlobalJobProgress />}
      <Notices notices={notices} />
      <Announcer />
    </AppContext.Provider>
  );
}
