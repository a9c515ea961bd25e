// "verify": the whole audit chain, every sign-off, every user key and the history rows of a workspace's
// database, read through the verify reader and checked by the core.
import { verifyWorkspace, type VerifyReport } from '../core/audit/verify';
import type { SignOffs } from '../core/workflow/signoffs';
import { keyIdOf } from './adapters/crypto/key-vault';
import type { SqliteStore } from './adapters/sqlite/store';
import { SqliteVerifyReader } from './adapters/sqlite/verify-reader';
import { nodeHasher } from './adapters/system';

export function verifyStoredWorkspace(store: SqliteStore, signOffs: SignOffs): VerifyReport {
  const rows = new SqliteVerifyReader(store.db);
  return verifyWorkspace(
    {
      entries: store.audit.all(),
      signOffs: store.signOffs.all(),
      unsigned: store.signOffs.approvedWithoutSignOff(),
      keys: rows.keys(),
      events: rows.events(),
      history: rows.history(),
      revisions: rows.revisions()
    },
    { ...signOffs.checkDeps(), keyIdOf },
    nodeHasher
  );
}
