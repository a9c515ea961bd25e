// What a WordPress site supports, for the connection settings screen and before publishing.
import { z } from 'zod';
import { WordPressClient, type RouteStyle, type WordPressClientOptions } from './client';
import { WordPressError, type WordPressErrorCode } from './errors';
import { listCategories } from './categories';
import { BBT_META_KEYS } from './posts';
import { parseAs, wpUserSchema, type WpCategory } from './schemas';

export interface WordPressDiscovery {
  baseUrl: string;
  routeStyle: RouteStyle;
  /** Set when the site's own address differs from the one configured (e.g. http → https): use it instead. */
  siteUrl: string;
  site: { name: string; description: string; timezone: string; gmtOffsetHours: number };
  namespaces: string[];
  /** The index advertises application passwords (needs HTTPS or a `local` environment on the site). */
  applicationPasswordsAdvertised: boolean;
  user: {
    id: number;
    name: string;
    slug: string;
    roles: string[];
    canPublish: boolean;
    canEditOthers: boolean;
    canUpload: boolean;
    canDelete: boolean;
  };
  meta: {
    /** Post meta keys exposed in the REST schema. */
    registered: string[];
    /** Ban Biên Tập keys the site lacks (install the mu-plugin). */
    missing: string[];
  };
  /** The mu-plugin's `?bbt_sync_key=` filter is declared. */
  supportsSyncKeyQuery: boolean;
  categories: WpCategory[];
}

const indexSchema = z.looseObject({
  name: z.string().default(''),
  description: z.string().default(''),
  url: z.string().default(''),
  home: z.string().default(''),
  gmt_offset: z.union([z.number(), z.string()]).default(0),
  timezone_string: z.string().default(''),
  namespaces: z.array(z.string()),
  authentication: z.unknown().optional()
});

const optionsSchema = z.looseObject({
  schema: z.looseObject({ properties: z.looseObject({ meta: z.looseObject({ properties: z.record(z.string(), z.unknown()).optional() }).optional() }) }).optional(),
  endpoints: z.array(z.looseObject({ methods: z.array(z.string()).default([]), args: z.record(z.string(), z.unknown()).default({}) })).default([])
});

const postList = z.array(z.looseObject({ meta: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]).optional() }));

/**
 * Registered post meta keys from the schema (`OPTIONS /wp/v2/posts`). Where OPTIONS is blocked (some firewalls
 * answer 403/405), falls back to the meta keys of the newest post in `context=edit` (none when there is no post).
 */
async function postMetaKeys(client: WordPressClient, signal?: AbortSignal): Promise<{ registered: string[]; getArgs: Record<string, unknown> }> {
  try {
    const options = parseAs(optionsSchema, (await client.request('OPTIONS', '/wp/v2/posts', { signal })).data, 'posts schema');
    return {
      registered: Object.keys(options.schema?.properties.meta?.properties ?? {}),
      getArgs: options.endpoints.find((e) => e.methods.includes('GET'))?.args ?? {}
    };
  } catch (e) {
    if (!(e instanceof WordPressError) || !['FORBIDDEN', 'HTTP_ERROR', 'NOT_FOUND', 'BAD_RESPONSE', 'INVALID_REQUEST'].includes(e.code)) throw e;
    const posts = parseAs(postList, (await client.get('/wp/v2/posts', { context: 'edit', per_page: 1, status: 'any' }, { signal })).data, 'post list');
    const meta = posts[0]?.meta;
    return { registered: meta && !Array.isArray(meta) ? Object.keys(meta) : [], getArgs: {} };
  }
}

/** Reads the REST index, the current user, the posts schema and categories. Throws WordPressError on the first blocking failure. */
export async function discover(client: WordPressClient, signal?: AbortSignal): Promise<WordPressDiscovery> {
  const routeStyle = await client.routeStyle(signal);
  const index = parseAs(
    indexSchema,
    (await client.get('/', { _fields: 'name,description,url,home,gmt_offset,timezone_string,namespaces,authentication' }, { signal })).data,
    'REST index'
  );
  if (!index.namespaces.includes('wp/v2')) throw new WordPressError('NO_REST_API', 'the site has no wp/v2 REST namespace');
  if (!client.hasCredentials) throw new WordPressError('AUTH_FAILED', 'no user name or application password configured');
  const authentication = index.authentication as Record<string, unknown> | undefined;
  const advertised = !!authentication && typeof authentication === 'object' && 'application-passwords' in authentication;
  let me: unknown;
  try {
    me = (await client.get('/wp/v2/users/me', { context: 'edit' }, { signal })).data;
  } catch (e) {
    // Basic auth is ignored where application passwords are unavailable (plain http without a local environment).
    if (e instanceof WordPressError && e.code === 'AUTH_FAILED' && !advertised) {
      throw new WordPressError('APP_PASSWORDS_DISABLED', 'the site does not offer application passwords (HTTPS needed?)', { status: e.status, wpCode: e.wpCode, cause: e });
    }
    throw e;
  }
  const user = parseAs(wpUserSchema, me, 'current user');
  const caps = user.capabilities && !Array.isArray(user.capabilities) ? user.capabilities : {};
  const can = (c: string) => caps[c] === true;

  const { registered, getArgs } = await postMetaKeys(client, signal);

  return {
    baseUrl: client.baseUrl,
    routeStyle,
    siteUrl: index.url.replace(/\/+$/, '') || client.baseUrl,
    site: {
      name: index.name,
      description: index.description,
      timezone: index.timezone_string,
      gmtOffsetHours: Number(index.gmt_offset) || 0
    },
    namespaces: index.namespaces,
    applicationPasswordsAdvertised: advertised,
    user: {
      id: user.id,
      name: user.name,
      slug: user.slug,
      roles: user.roles,
      canPublish: can('publish_posts'),
      canEditOthers: can('edit_others_posts'),
      canUpload: can('upload_files'),
      canDelete: can('delete_posts')
    },
    meta: { registered, missing: BBT_META_KEYS.filter((k) => !registered.includes(k)) },
    supportsSyncKeyQuery: 'bbt_sync_key' in getArgs,
    categories: await listCategories(client, { signal })
  };
}

export type ConnectionTest =
  | { ok: true; discovery: WordPressDiscovery }
  | { ok: false; code: WordPressErrorCode; status?: number; wpCode?: string; detail: string };

/** For the settings screen's "Kiểm tra kết nối": never throws; the code is worded in Vietnamese by the UI. */
export async function testConnection(options: WordPressClientOptions, signal?: AbortSignal): Promise<ConnectionTest> {
  try {
    const client = new WordPressClient({ maxGetRetries: 0, timeoutMs: 15_000, ...options });
    return { ok: true, discovery: await discover(client, signal) };
  } catch (e) {
    if (e instanceof WordPressError) return { ok: false, code: e.code, status: e.status, wpCode: e.wpCode, detail: e.message };
    return { ok: false, code: 'NETWORK', detail: e instanceof Error ? e.message : String(e) };
  }
}
