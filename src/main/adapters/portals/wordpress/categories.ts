// Categories: read all (paged) or look one up by slug.
import { z } from 'zod';
import type { WordPressClient } from './client';
import { parseAs, wpCategorySchema, type WpCategory } from './schemas';

const list = z.array(wpCategorySchema);

export async function listCategories(client: WordPressClient, options: { search?: string; signal?: AbortSignal } = {}): Promise<WpCategory[]> {
  const out: WpCategory[] = [];
  for (let page = 1; page <= 50; page++) {
    const res = await client.get('/wp/v2/categories', { per_page: 100, page, search: options.search, orderby: 'id' }, { signal: options.signal });
    out.push(...parseAs(list, res.data, 'category list'));
    const pages = Number(res.headers.get('x-wp-totalpages') ?? '1');
    if (!(page < pages)) break;
  }
  return out;
}

export async function findCategoryBySlug(client: WordPressClient, slug: string, signal?: AbortSignal): Promise<WpCategory | undefined> {
  const res = await client.get('/wp/v2/categories', { slug }, { signal });
  return parseAs(list, res.data, 'category list')[0];
}
