// Images go into the workspace's media store; the article keeps their SHA-256.
import type { MediaInfo } from '../../../shared/contract';
import { call, fileToBase64 } from '../api';

/** An image for the article `articleId` (the server checks the user may edit it). */
export async function uploadImageFile(articleId: string, file: File): Promise<MediaInfo> {
  return call('media.upload', { articleId, fileName: file.name, mime: file.type, dataBase64: await fileToBase64(file) });
}

/** For the editor: the stored image as `media:<hash>`. */
export function editorImageUploader(articleId: string): (file: File) => Promise<{ src: string }> {
  return async (file) => ({ src: `media:${(await uploadImageFile(articleId, file)).hash}` });
}

/** For the editor: a pasted web image, downloaded by the main process, as `media:<hash>`. */
export function editorRemoteImageFetcher(articleId: string): (url: string) => Promise<{ src: string }> {
  return async (url) => ({ src: `media:${(await call('media.fetchRemote', { articleId, url })).hash}` });
}
