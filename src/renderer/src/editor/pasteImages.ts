// Images embedded in pasted HTML (Word puts them in as data: URLs, megabytes of base64 each) are stored as
// workspace media before the paste is inserted, so the article body keeps `media:<hash>`, not the bytes.
import { isDataImageSrc } from '../../../core/editor/imageSrc';

/** The bytes of a `data:image/...;base64,` URL as a File named for messages. */
export function dataUrlToFile(src: string, name: string): File {
  const comma = src.indexOf(',');
  const mime = src.slice(5, src.indexOf(';'));
  const binary = atob(src.slice(comma + 1).replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new File([bytes], name, { type: mime });
}

/**
 * Uploads every data: image of `doc` and points it at the stored copy; an image that cannot be stored
 * (too big, not an image) is removed and its Vietnamese reason passed to `report`.
 */
export async function storeEmbeddedImages(
  doc: Document,
  store: (file: File) => Promise<{ src: string }>,
  report: (message: string) => void
): Promise<void> {
  const images = Array.from(doc.querySelectorAll('img')).filter((img) => isDataImageSrc((img.getAttribute('src') ?? '').trim()));
  let n = 0;
  for (const img of images) {
    n += 1;
    try {
      const { src } = await store(dataUrlToFile((img.getAttribute('src') ?? '').trim(), `ảnh dán ${n}`));
      img.setAttribute('src', src);
    } catch (err) {
      img.remove();
      report(err instanceof Error && err.message ? err.message : `Không lưu được ảnh dán thứ ${n}; ảnh đó đã được bỏ qua.`);
    }
  }
}
