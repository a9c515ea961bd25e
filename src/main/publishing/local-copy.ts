// Opening a folder target's copy of an article on this PC. The rule (only an existing index.html inside the target's
// folder, after resolving symlinks and `..`) lives here, in Node; the Electron shell only supplies the opener.
import { realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';

/** What the shell can do with a local file (Electron: shell.openPath / shell.showItemInFolder). */
export interface LocalFileOpener {
  open(path: string): Promise<void>;
  reveal(path: string): void;
}

/**
 * The real path of `path` when it is an existing `index.html` strictly inside `folder` (both resolved, so neither a
 * symlink nor `..` leads out of it); otherwise an AppError. A receipt is data in the workspace database: it must not
 * make the app open an arbitrary file.
 */
export function copyInsideFolder(folder: string, path: string): string {
  let root: string;
  let file: string;
  try {
    root = realpathSync(folder);
    file = realpathSync(path);
  } catch {
    throw new AppError(ErrorCode.NOT_FOUND, `Không thấy tệp “${path}”. Có thể ổ USB chưa được cắm hoặc thư mục “${folder}” đã bị đổi tên hay xóa.`);
  }
  const rel = relative(root, file);
  const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  if (!inside || basename(file) !== 'index.html' || !statSync(file).isFile()) {
    throw new AppError(ErrorCode.FORBIDDEN, `Chỉ mở được trang bài (index.html) nằm trong thư mục của cổng (“${folder}”).`);
  }
  return file;
}
