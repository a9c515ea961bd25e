// Web addresses of images pasted or imported from elsewhere (downloaded by the main process, never shown from the web).

/** An http(s) address with a host: an image to download into the workspace (pasted or imported). */
export function isRemoteImageUrl(src: string): boolean {
  if (!/^https?:\/\//i.test(src)) return false;
  try {
    return new URL(src).hostname !== '';
  } catch {
    return false;
  }
}

/** The host shown on a placeholder ("Ảnh chưa tải về: <host>"). */
export function remoteHostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
}
