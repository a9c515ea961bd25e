// Publishing targets of a --sample workspace, so that a newcomer can publish an approved sample article at
// once: a folder inside the workspace, and the SharePoint emulator (`npm run sharepoint-emulator -- --port 8091`)
// with its default account.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PublishingService } from '../../core/publishing/publishing-service';
import type { SessionUser } from '../../shared/accounts';

export const SAMPLE_FOLDER_TARGET = 'Thư mục mẫu';
export const SAMPLE_SHAREPOINT_TARGET = 'SharePoint thử nghiệm';
export const SAMPLE_EMULATOR_URL = 'http://127.0.0.1:8091/sites/portal';

export function seedSampleTargets(publishing: PublishingService, workspaceDir: string, admin: SessionUser): void {
  const folder = join(workspaceDir, 'xuat-ban');
  mkdirSync(folder, { recursive: true });
  publishing.addTarget({ name: SAMPLE_FOLDER_TARGET, type: 'folder', config: { folder } }, admin);
  publishing.addTarget(
    {
      name: SAMPLE_SHAREPOINT_TARGET,
      type: 'sharepoint',
      config: { url: SAMPLE_EMULATOR_URL, list: 'Tin Tức Mở Rộng', auth: 'ntlm', user: 'PORTAL\\bbt' },
      secret: 'Mat-khau-SP-2026'
    },
    admin
  );
}
