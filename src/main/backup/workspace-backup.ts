// Backs up an opened workspace: the seal made now through the app's AuditSealer (the one signing path),
// then the online copy. `readOnly`: the app holds the workspace, so the seal is not noted in the chain.
import pkg from '../../../package.json';
import type { App } from '../app';
import { createBackup, type BackupManifest } from './backup-file';

export function backupWorkspace(app: Pick<App, 'store' | 'sealer' | 'workspaceDir'>, out: string, opts: { now: Date; readOnly?: boolean }): Promise<{ file: string; manifest: BackupManifest }> {
  return createBackup({
    db: app.store.db,
    workspaceDir: app.workspaceDir,
    out,
    appVersion: pkg.version,
    now: opts.now,
    seal: () => app.sealer.seal('backup', null, { inside: out, record: !opts.readOnly, at: opts.now.toISOString() })?.seal ?? null
  });
}
