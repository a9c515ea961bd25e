// A tiny hash router: #/ (list), #/bai-viet/<id>, #/co-quan, #/danh-muc.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'list'; q: string }
  | { page: 'article'; id: string }
  | { page: 'profile' }
  | { page: 'lists' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const m = path.match(/^\/bai-viet\/([\w-]+)$/);
  if (m) return { page: 'article', id: m[1]! };
  if (path === '/co-quan') return { page: 'profile' };
  if (path === '/danh-muc') return { page: 'lists' };
  const q = path.match(/^\/\?q=(.*)$/);
  return { page: 'list', q: q ? decodeURIComponent(q[1]!) : '' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'article':
      return `#/bai-viet/${route.id}`;
    case 'profile':
      return '#/co-quan';
    case 'lists':
      return '#/danh-muc';
    default:
      return route.q ? `#/?q=${encodeURIComponent(route.q)}` : '#/';
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
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
