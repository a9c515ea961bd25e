// Posts: create, read, update (with a modified_gmt check), find by slug or sync key, trash, delete.
import { z } from 'zod';
import type { WordPressClient } from './client';
import { WordPressError } from './errors';
import { dateToWpGmt, parseAs, wpPostSchema, type WpPost, type WpPostStatus } from './schemas';

/** The meta keys of the Ban Biên Tập mu-plugin (scripts/wordpress/mu-plugins/ban-bien-tap.php). */
export const BBT_META_KEYS = ['bbt_sync_key', 'bbt_fingerprint', 'bbt_responsible', 'bbt_content_hash', 'bbt_views'] as const;
export type BbtMetaKey = (typeof BBT_META_KEYS)[number];

export interface WpPostInput {
  title?: string;
  content?: string;
  excerpt?: string;
  /** `publish` with a future date_gmt comes back as `future` (WordPress schedules it). */
  status?: Exclude<WpPostStatus, 'trash' | 'auto-draft' | 'inherit'>;
  date_gmt?: Date | string;
  /** WordPress appends `-2`, `-3`… when another post (draft or published, not trashed) already has it. */
  slug?: string;
  categories?: number[];
  /** WordPress accepts an unknown id without complaint: upload first and use the id it returned. */
  featured_media?: number;
  sticky?: boolean;
  /** Only keys registered with show_in_rest are stored; others are silently dropped. */
  meta?: Partial<Record<BbtMetaKey, string | number>> & Record<string, string | number | boolean>;
}

function toBody(input: WpPostInput): Record<string, unknown> {
  const { date_gmt, ...rest } = input;
  const body: Record<string, unknown> = { ...rest };
  if (date_gmt !== undefined) body.date_gmt = date_gmt instanceof Date ? dateToWpGmt(date_gmt) : date_gmt;
  return body;
}

const postList = z.array(wpPostSchema);

export async function createPost(client: WordPressClient, input: WpPostInput, signal?: AbortSignal): Promise<WpPost> {
  const res = await client.request('POST', '/wp/v2/posts', { json: toBody(input), query: { context: 'edit' }, signal });
  return parseAs(wpPostSchema, res.data, 'post');
}

export async function getPost(client: WordPressClient, id: number, signal?: AbortSignal): Promise<WpPost> {
  const res = await client.get(`/wp/v2/posts/${id}`, { context: 'edit' }, { signal });
  return parseAs(wpPostSchema, res.data, 'post');
}

export interface UpdateOptions {
  /**
   * WordPress ignores If-Match: to avoid overwriting edits made on the portal, pass the modified_gmt we last saw;
   * the post is read first and CONFLICT is thrown if it differs (a small race window remains).
   */
  expectModifiedGmt?: string;
  signal?: AbortSignal;
}

export async function updatePost(client: WordPressClient, id: number, patch: WpPostInput, options: UpdateOptions = {}): Promise<WpPost> {
  if (options.expectModifiedGmt !== undefined) {
    const current = await getPost(client, id, options.signal);
    if (current.modified_gmt !== options.expectModifiedGmt) {
      throw new WordPressError('CONFLICT', `post ${id} was modified on the portal at ${current.modified_gmt}`, {
        data: { expected: options.expectModifiedGmt, actual: current.modified_gmt, post: current }
      });
    }
  }
  const res = await client.request('POST', `/wp/v2/posts/${id}`, { json: toBody(patch), query: { context: 'edit' }, signal: options.signal });
  return parseAs(wpPostSchema, res.data, 'post');
}

/** Unpublish: back to draft (the URL stops working for visitors). */
export function unpublishPost(client: WordPressClient, id: number, options: UpdateOptions = {}): Promise<WpPost> {
  return updatePost(client, id, { status: 'draft' }, options);
}

/**
 * Posts with exactly this slug in any status but trash (WordPress renames trashed posts' slugs to `…__trashed`),
 * or in the statuses given (e.g. `['trash']`).
 */
export async function findPostsBySlug(
  client: WordPressClient,
  slug: string,
  options: { statuses?: ReadonlyArray<WpPostStatus | 'any'>; signal?: AbortSignal } = {}
): Promise<WpPost[]> {
  const res = await client.get(
    '/wp/v2/posts',
    { slug, status: options.statuses ?? ['any'], context: 'edit', per_page: 100 },
    { signal: options.signal }
  );
  return parseAs(postList, res.data, 'post list');
}

/**
 * The post carrying `meta.bbt_sync_key === syncKey`, or undefined. Core WordPress cannot filter by meta, so this
 * looks up the deterministic slug and checks the key; with the mu-plugin (`discover().supportsSyncKeyQuery`) it
 * asks for the key directly. Either way only an exact key match counts.
 */
export async function findPostBySyncKey(
  client: WordPressClient,
  syncKey: string,
  options: { slug?: string; useSyncKeyQuery?: boolean; signal?: AbortSignal } = {}
): Promise<WpPost | undefined> {
  const candidates: WpPost[] = [];
  if (options.useSyncKeyQuery) {
    const res = await client.get(
      '/wp/v2/posts',
      { bbt_sync_key: syncKey, status: 'any', context: 'edit', per_page: 10 },
      { signal: options.signal }
    );
    candidates.push(...parseAs(postList, res.data, 'post list'));
  }
  if (options.slug !== undefined && !candidates.some((p) => p.meta.bbt_sync_key === syncKey)) {
    candidates.push(...(await findPostsBySlug(client, options.slug, { signal: options.signal })));
  }
  const matches = candidates.filter((p) => p.meta.bbt_sync_key === syncKey).sort((a, b) => a.id - b.id);
  return matches[0];
}

/**
 * Create unless a post with this sync key already exists (a retried publish after a timeout must not duplicate).
 * `input.slug` must be deterministic for the article and `input.meta.bbt_sync_key` set.
 */
export async function createPostOnce(
  client: WordPressClient,
  input: WpPostInput & { slug: string; meta: { bbt_sync_key: string } },
  options: { useSyncKeyQuery?: boolean; signal?: AbortSignal } = {}
): Promise<{ post: WpPost; created: boolean }> {
  const existing = await findPostBySyncKey(client, input.meta.bbt_sync_key, { slug: input.slug, ...options });
  if (existing) return { post: existing, created: false };
  return { post: await createPost(client, input, options.signal), created: true };
}

/** To the trash (restorable on the portal). Trashing again → GONE (rest_already_trashed). */
export async function trashPost(client: WordPressClient, id: number, signal?: AbortSignal): Promise<WpPost> {
  const res = await client.delete(`/wp/v2/posts/${id}`, { context: 'edit' }, { signal });
  return parseAs(wpPostSchema, res.data, 'post');
}

/** Gone for good (also from the trash). */
export async function deletePostPermanently(client: WordPressClient, id: number, signal?: AbortSignal): Promise<{ deleted: boolean; previous: WpPost }> {
  const res = await client.delete(`/wp/v2/posts/${id}`, { force: true, context: 'edit' }, { signal });
  return parseAs(z.object({ deleted: z.boolean(), previous: wpPostSchema }), res.data, 'deleted post');
}
