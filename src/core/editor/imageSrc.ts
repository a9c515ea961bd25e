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

/** Workspace media, web images and inline data images; file:// paths from Word and the like are refused. */
export function isAllowedImageSrc(src: string): boolean {
  if (mediaHashOf(src) !== null) return true;
  if (/^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i.test(src)) return true;
  if (/^https?:\/\//i.test(src)) {
    try {
      return new URL(src).hostname !== '';
    } catch {
      return false;
    }
  }
  return false;
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
