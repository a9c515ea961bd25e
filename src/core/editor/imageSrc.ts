// Image sources allowed in an article body and how the live editor turns them into displayable URLs.

const MEDIA_PREFIX = 'media:';

/** `media:<sha256>` for a workspace image; returns the hash or null. */
export function mediaHashOf(src: string): string | null {
  if (!src.startsWith(MEDIA_PREFIX)) return null;
  const hash = src.slice(MEDIA_PREFIX.length);
  return /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}

export function mediaSrc(hash: string): string {
  return MEDIA_PREFIX + hash;
}

/**
 * Sources an image in a stored body may have: workspace media and inline data images. Web images are
 * never stored as such: they come in as a RemoteImageNode placeholder until the main process fetches them.
 */
export function isAllowedImageSrc(src: string): boolean {
  return mediaHashOf(src) !== null || isDataImageSrc(src);
}

export function isDataImageSrc(src: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(src);
}

let resolver: (src: string) => string = (src) => src;

/**
 * Set how the editor displays an image source (the renderer maps `media:<hash>` to the bridge's media URL).
 * Used only when the editor creates the DOM it shows; exported HTML keeps the stored src unless
 * bodyToHtml is given its own resolver.
 */
export function setImageSrcResolver(fn: (src: string) => string): void {
  resolver = fn;
}

export function resolveImageSrc(src: string): string {
  return resolver(src);
}
