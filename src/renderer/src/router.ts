// A tiny hash router: #/ (Việc của tôi), #/bai-viet[?q=], #/bai-viet/<id>, #/co-quan, #/danh-muc, #/nguoi-dung, #/nhat-ky,
// #/hang-doi (Hàng đợi xuất bản), #/cong-thong-tin (Cổng thông tin), #/ban-tin (Bản tin), #/ban-tin/<id> (one
// issue in the composer), #/thong-tin-ban-tin (the bulletin's profile), #/sao-luu (Sao lưu), #/nhuan-but[?ky=2026-11]
// (Bảng kê nhuận bút), #/nhuan-but/cai-dat (the royalty settings).
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'work' }
  | { page: 'list'; q: string }
  | { page: 'article'; id: string }
  | { page: 'profile' }
  | { page: 'lists' }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'queue' }
  | { page: 'targets' }
  | { page: 'bulletins' }
  | { page: 'bulletin'; id: string }
  | { page: 'bulletinProfile' }
  | { page: 'backups' }
  | { page: 'royalties'; period: string | null }
  | { page: 'royaltySettings' };

const SIMPLE: Record<string, Route> = {
  '/co-quan': { page: 'profile' },
  '/danh-muc': { page: 'lists' },
  '/nguoi-dung': { page: 'users' },
  '/nhat-ky': { page: 'audit' },
  '/hang-doi': { page: 'queue' },
  '/cong-thong-tin': { page: 'targets' },
  '/ban-tin': { page: 'bulletins' },
  '/thong-tin-ban-tin': { page: 'bulletinProfile' },
  '/sao-luu': { page: 'backups' },
  '/nhuan-but/cai-dat': { page: 'royaltySettings' }
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const m = path.match(/^\/bai-viet\/([\w-]+)$/);
  if (m) return { page: 'article', id: m[1]! };
  const issue = path.match(/^\/ban-tin\/([\w-]+)$/);
  if (issue) return { page: 'bulletin', id: issue[1]! };
  if (SIMPLE[path]) return SIMPLE[path];
  const royalties = path.match(/^\/nhuan-but(?:\?ky=([\w-]+))?$/);
  if (royalties) return { page: 'royalties', period: royalties[1] ?? null };
  const list = path.match(/^\/bai-viet(?:\?q=(.*))?$/);
  if (list) return { page: 'list', q: list[1] ? decodeURIComponent(list[1]) : '' };
  return { page: 'work' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'article':
      return `#/bai-viet/${route.id}`;
    case 'bulletin':
      return `#/ban-tin/${route.id}`;
    case 'list':
      return route.q ? `#/bai-viet?q=${encodeURIComponent(route.q)}` : '#/bai-viet';
    case 'royalties':
      return route.period ? `#/nhuan-but?ky=${route.period}` : '#/nhuan-but';
    case 'work':
      return '#/';
    default:
      return '#' + Object.keys(SIMPLE).find((k) => SIMPLE[k]!.page === route.page);
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

const TITLES: Record<Route['page'], string> = {
  work: 'Việc của tôi',
  list: 'Bài viết',
  article: 'Bài viết',
  profile: 'Thông tin cơ quan',
  lists: 'Danh mục',
  users: 'Người dùng',
  audit: 'Nhật ký',
  queue: 'Hàng đợi xuất bản',
  targets: 'Cổng thông tin',
  bulletins: 'Bản tin',
  bulletin: 'Bản tin',
  bulletinProfile: 'Thông tin bản tin',
  backups: 'Sao lưu',
  royalties: 'Bảng kê nhuận bút',
  royaltySettings: 'Cài đặt nhuận bút'
};

/** The screen's name, for the window title (what a screen reader announces when the screen changes). */
export function pageTitle(route: Route): string {
  return TITLES[route.page];
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
