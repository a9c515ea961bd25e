// Electron's side of "Mở bài đã ghi": the OS opens a folder target's index.html (default browser) or shows it in
// the file manager. Which paths may be opened is decided in ../publishing/local-copy.ts, before this is called.
import { shell } from 'electron';
import { AppError, ErrorCode } from '../../shared/errors';
import type { LocalFileOpener } from '../publishing/local-copy';

export const electronOpener: LocalFileOpener = {
  async open(path) {
    // openPath resolves with an error string ('' on success) instead of rejecting.
    const failure = await shell.openPath(path);
    if (failure) throw new AppError(ErrorCode.CONFLICT, `Máy tính không mở được tệp “${path}”: ${failure}`);
  },
  reveal(path) {
    shell.showItemInFolder(path);
  }
};
