// The file-system facts behind the backup folder rules (BackupSettingsService decides what they mean).
import { accessSync, constants, mkdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { FolderFacts, FolderProbe } from '../../core/backup/backup-settings-service';

export function fileFolderProbe(workspaceDir: string): FolderProbe {
  return {
    inspect(folder: string): FolderFacts {
      const absolute = isAbsolute(folder);
      if (!absolute) return { absolute, insideWorkspace: false, state: 'ok' };
      const insideWorkspace = isInside(real(resolve(folder)), real(resolve(workspaceDir)));
      if (insideWorkspace) return { absolute, insideWorkspace, state: 'ok' };
      return { absolute, insideWorkspace, state: stateOf(folder) };
    }
  };
}

function stateOf(folder: string): FolderFacts['state'] {
  try {
    if (!statSync(folder).isDirectory()) return 'not-folder';
  } catch {
    try {
      mkdirSync(folder, { recursive: true });
    } catch {
      return 'cannot-create';
    }
  }
  try {
    accessSync(folder, constants.W_OK);
    return 'ok';
  } catch {
    return 'not-writable';
  }
}

/** The real path of the longest existing ancestor, plus the rest: a symlink cannot hide that a folder is inside. */
function real(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    const parent = resolve(path, '..');
    return parent === path ? path : resolve(real(parent), relative(parent, path));
  }
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
