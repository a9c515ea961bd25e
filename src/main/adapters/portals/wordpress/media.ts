// Media uploads: raw bytes with Content-Disposition (ASCII file names), deletion.
import type { WordPressClient } from './client';
import { parseAs, wpMediaSchema, type WpMedia } from './schemas';
import { z } from 'zod';

const MIME_BY_EXT: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg'
};

/** `Ảnh Lễ hội Đền 2026.JPG` → `anh-le-hoi-den-2026.jpg`: lower-case ASCII letters, digits and `-`, one extension. */
export function asciiFileName(name: string, fallback = 'tep'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const stem = (ascii(dot > 0 ? base.slice(0, dot) : base) || fallback).slice(0, 80).replace(/-+$/, '');
  const ext = dot > 0 ? ascii(base.slice(dot + 1)).replace(/-/g, '') : '';
  return ext ? `${stem}.${ext}` : stem;
}

/**
 * The attachment slug of the file with this SHA-256 (hex): the same on every PC and every retry. The media store
 * is content-addressed and the outbox remembers uploads per target and hash, so one attachment serves every
 * article that uses the file.
 */
export function mediaSlug(hash: string): string {
  return `bbt-media-${hash.toLowerCase().replace(/[^0-9a-f]/g, '').slice(0, 64)}`;
}

export function mimeTypeFor(fileName: string): string {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXT[ext] ?? 'application/octet-stream';
}

export interface MediaUpload {
  data: Uint8Array;
  /** Any name; it is sent as its ASCII slug (see asciiFileName). */
  fileName: string;
  mimeType?: string;
  title?: string;
  altText?: string;
  caption?: string;
  /** Attach to this post. */
  post?: number;
  /** The attachment's slug (post_name); deterministic slugs let findMediaBySlug find an upload whose answer was lost. */
  slug?: string;
  signal?: AbortSignal;
  /** Uploads get longer than the client's default (default 120 s). */
  timeoutMs?: number;
}

/** Not retried automatically: a repeated upload makes a second attachment. Store the returned id, or look it up by slug. */
export async function uploadMedia(client: WordPressClient, upload: MediaUpload): Promise<WpMedia> {
  const fileName = asciiFileName(upload.fileName);
  const res = await client.request('POST', '/wp/v2/media', {
    body: upload.data,
    headers: {
      'Content-Type': upload.mimeType ?? mimeTypeFor(fileName),
      'Content-Disposition': `attachment; filename="${fileName}"`
    },
    // With a raw body, WordPress reads the other fields from the query string.
    query: { title: upload.title, alt_text: upload.altText, caption: upload.caption, post: upload.post, slug: upload.slug, context: 'edit' },
    signal: upload.signal,
    timeoutMs: upload.timeoutMs ?? 120_000
  });
  return parseAs(wpMediaSchema, res.data, 'media');
}

/**
 * Attachments whose slug is exactly `slug`, oldest first. WordPress makes attachment slugs unique by appending
 * `-2`, so a second upload under the same slug is not returned here (it is a spare, not ours).
 */
export async function findMediaBySlug(client: WordPressClient, slug: string, signal?: AbortSignal): Promise<WpMedia[]> {
  const res = await client.get('/wp/v2/media', { slug, context: 'edit', per_page: 100, orderby: 'id', order: 'asc' }, { signal });
  return parseAs(z.array(wpMediaSchema), res.data, 'media list').filter((m) => m.slug === slug);
}

export async function getMedia(client: WordPressClient, id: number, signal?: AbortSignal): Promise<WpMedia> {
  const res = await client.get(`/wp/v2/media/${id}`, { context: 'edit' }, { signal });
  return parseAs(wpMediaSchema, res.data, 'media');
}

/** Attachments have no trash in WordPress: this deletes the file. */
export async function deleteMedia(client: WordPressClient, id: number, signal?: AbortSignal): Promise<void> {
  const res = await client.delete(`/wp/v2/media/${id}`, { force: true }, { signal });
  parseAs(z.looseObject({ deleted: z.literal(true) }), res.data, 'deleted media');
}
