// What the handler map is built from: the domain services plus a few adapters.
import type { ArticleService } from '../../core/articles/article-service';
import type { ListsService } from '../../core/articles/lists-service';
import type { ProfileService } from '../../core/profile/profile-service';
import type { AuditLog, MediaStore } from '../../core/ports';
import type { AppInfo } from '../../shared/contract';
import type { ImportedDocument } from '../adapters/import/import-file';

export interface HandlerDeps {
  articles: ArticleService;
  profile: ProfileService;
  lists: ListsService;
  media: MediaStore;
  importFile(bytes: Uint8Array, fileName: string): Promise<ImportedDocument>;
  info: Pick<AppInfo, 'appVersion' | 'mode' | 'workspaceDir'>;
  audit: AuditLog;
}

/** Files cross the bridge as base64; decoded here, then checked by content and size. */
export function decodeBase64(data: string): Uint8Array {
  const buf = Buffer.from(data, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 }) + ' MB';
}
