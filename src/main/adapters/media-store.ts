// Content-addressed media files: <workspace>/media/<first 2 hex>/<sha256>. Written atomically
// (temp file, fsync, rename), so a crash leaves either the whole file or none.
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MediaStore } from '../../core/ports';

const HASH = /^[0-9a-f]{64}$/;

export class FileMediaStore implements MediaStore {
  private readonly root: string;

  constructor(workspaceDir: string) {
    this.root = join(workspaceDir, 'media');
  }

  put(bytes: Uint8Array): { hash: string; size: number } {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const file = this.pathOf(hash);
    if (!existsSync(file)) {
      const dir = join(this.root, hash.slice(0, 2));
      mkdirSync(dir, { recursive: true });
      const temp = join(dir, `.${hash}.${randomUUID()}.tmp`);
      try {
        const fd = openSync(temp, 'wx');
        try {
          writeSync(fd, bytes);
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, file);
        syncDir(dir);
      } catch (e) {
        rmSync(temp, { force: true });
        throw e;
      }
    }
    return { hash, size: bytes.byteLength };
  }

  get(hash: string): Uint8Array | null {
    if (!HASH.test(hash)) return null;
    try {
      return new Uint8Array(readFileSync(this.pathOf(hash)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  has(hash: string): boolean {
    return HASH.test(hash) && existsSync(this.pathOf(hash));
  }

  private pathOf(hash: string): string {
    return join(this.root, hash.slice(0, 2), hash);
  }
}

/** Makes the rename itself durable (directories cannot be fsynced on Windows; skip there). */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
