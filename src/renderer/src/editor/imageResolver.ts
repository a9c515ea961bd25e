// Workspace images (`media:<hash>`) are shown through the bridge's media URL.
import { mediaHashOf, setImageSrcResolver } from '../../../core/editor/imageSrc';

let installed = false;

export function installImageSrcResolver(): void {
  if (installed) return;
  installed = true;
  setImageSrcResolver((src) => {
    const hash = mediaHashOf(src);
    return hash && typeof window.bridge?.mediaUrl === 'function' ? window.bridge.mediaUrl(hash) : src;
  });
}
