// Images go into the workspace's media store; the article keeps their SHA-256.
import type { MediaInfo } from '../../../shared/contract';
import { call, fileToBase64 } from '../api';

export async function uploadImageFile(file: File): Promise<MediaInfo> {
  return call('media.upload', { fileName: file.name, mime: file.type, dataBase64: await fileToBase64(file) });
}

/** For the editor: the stored image as `media:<hash>`. */
export async function uploadEditorImage(file: File): Promise<{ src: string }> {
  const info = await uploadImageFile(file);
  return { src: `media:${info.hash}` };
}
