import { useEffect, useState } from 'react';
import { capabilitiesOf } from '../../../shared/accounts';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { hrefOf, navigate, type Route } from '../router';
import { IMPORT_ACCEPT, useImportFile } from '../hooks/useImportFile';
import { useRoyaltyAccess } from '../royalties/useRoyaltyAccess';
import { ChangePasswordDialog } from './ChangePasswordDialog';

const NAV: { label: string; route: Route; admin?: boolean; leaders?: boolean; royalties?: boolean }[] = [
  { label: 'Việc của tôi', route: { page: 'work' } },
  { label: 'Bài viết', route: { page: 'list', q: '' } },
  { label: 'Hàng đợi xuất bản', route: { page: 'queue' } },
  { label: 'Bản tin', route: { page: 'bulletins' } },
  { label: 'Nhuận bút', route: { page: 'royalties', period: null }, royalties: true },
  { label: 'Nhật ký', route: { page: 'audit' }, leaders: true },
  { label: 'Cơ quan', route: { page: 'profile' } },
  { label: 'Danh mục', route: { page: 'lists' } },
  { label: 'Người dùng', route: { page: 'users' }, admin: true },
  { label: 'Cổng thông tin', route: { page: 'targets' }, admin: true },
  { label: 'Sao lưu', route: { page: 'backups' }, admin: true }
];

/** Pages reached from a navigation entry, which stays marked while they are open. */
const SUBPAGES: Partial<Record<Route['page'], Route['page']>> = { bulletin: 'bulletins', royaltySettings: 'royalties' };

export function TopBar({ route }: { route: Route }) {
  const { profile, notify, session, signOut } = useApp();
  const isAdmin = session.user.roles.includes('quan_tri');
  // The audit log is for admins and the board's leaders (the server refuses everyone else).
  const isLeader = isAdmin || session.user.roles.some((r) => r === 'truong_ban' || r === 'pho_truong_ban');
  // Creating and importing are for authors (Cộng tác viên, Biên tập viên); the server refuses the rest.
  const isAuthor = capabilitiesOf(session.user.roles).has('author');
  const seesRoyalties = useRoyaltyAccess()?.read ?? false;
  const [changing, setChanging] = useState(false);
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
        {NAV.filter((n) => (!n.admin || isAdmin) && (!n.leaders || isLeader) && (!n.royalties || seesRoyalties)).map((n) => (
          <a key={n.label} href={hrefOf(n.route)} aria-current={route.page === n.route.page || SUBPAGES[route.page] === n.route.page ? 'page' : undefined}>
            {n.label}
          </a>
        ))}
      </nav>
      <input
        className="search"
        type="search"
        aria-label="Tìm kiếm bài viết"
        placeholder="Tìm bài viết (không dấu cũng được)"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          navigate({ page: 'list', q: e.target.value });
        }}
      />
      {isAuthor && (
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
      )}
      <div className="user-box">
        <span className="user-name" title={session.user.position}>
          {session.user.name}
        </span>
        <button type="button" className="link-button" onClick={() => setChanging(true)}>
          Đổi mật khẩu
        </button>
        <button type="button" className="link-button" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </div>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </header>
  );
}
