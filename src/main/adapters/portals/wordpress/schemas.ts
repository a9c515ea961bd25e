// Shapes of the WordPress REST responses we rely on (loose: other fields pass through untouched).
import { z } from 'zod';
import { WordPressError } from './errors';

const rendered = z.looseObject({ rendered: z.string().default(''), raw: z.string().optional() });
/** PHP encodes an empty meta map as `[]`. */
const metaMap = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .transform((v): Record<string, unknown> => (Array.isArray(v) ? {} : v));

export const POST_STATUSES = ['publish', 'future', 'draft', 'pending', 'private', 'trash', 'auto-draft', 'inherit'] as const;
export type WpPostStatus = (typeof POST_STATUSES)[number];

export const wpPostSchema = z.looseObject({
  id: z.number().int(),
  slug: z.string(),
  status: z.string(),
  link: z.string().default(''),
  date_gmt: z.string().nullable().default(null),
  modified_gmt: z.string().default(''),
  title: rendered,
  content: rendered.optional(),
  excerpt: rendered.optional(),
  featured_media: z.number().int().default(0),
  categories: z.array(z.number().int()).default([]),
  sticky: z.boolean().optional(),
  meta: metaMap.default({})
});
export type WpPost = z.infer<typeof wpPostSchema>;

export const wpMediaSchema = z.looseObject({
  id: z.number().int(),
  slug: z.string(),
  status: z.string().optional(),
  source_url: z.string(),
  mime_type: z.string(),
  media_type: z.string().optional(),
  alt_text: z.string().optional(),
  post: z.number().int().nullable().optional(),
  media_details: z.unknown().optional()
});
export type WpMedia = z.infer<typeof wpMediaSchema>;

export const wpCategorySchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  parent: z.number().int().default(0),
  count: z.number().int().default(0)
});
export type WpCategory = z.infer<typeof wpCategorySchema>;

export const wpUserSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  slug: z.string(),
  roles: z.array(z.string()).default([]),
  capabilities: z.record(z.string(), z.unknown()).or(z.array(z.unknown())).optional()
});
export type WpUser = z.infer<typeof wpUserSchema>;

/** Parses `value` or throws BAD_RESPONSE naming what was expected. */
export function parseAs<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new WordPressError('BAD_RESPONSE', `unexpected ${what}: ${r.error.issues[0]?.message ?? 'invalid'}`, { data: value });
  return r.data;
}

/** WordPress GMT date (`2026-11-27T03:00:00`, no zone) → Date. */
export function wpGmtToDate(gmt: string | null | undefined): Date | undefined {
  if (!gmt) return undefined;
  const d = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(gmt) ? gmt : `${gmt}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Date → the GMT form WordPress expects in `date_gmt`. */
export function dateToWpGmt(d: Date): string {
  return d.toISOString().slice(0, 19);
}
