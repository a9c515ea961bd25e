// Each publication receipt keeps the seal made at that publication: the stamp line of seal-stamp.ts
// ("bbt-seal/1;s=…;c=…;t=…;k=…;g=…"), which `verify --seal` checks against the chain. The full seal went
// to the backup folder and, for a folder target, into the manifest. Receipts written before: NULL.
import type { Migration } from './migration';

export const migration0260: Migration = {
  version: 260,
  name: 'receipt-seal',
  up(db) {
    db.exec(`ALTER TABLE publication_receipts ADD COLUMN seal TEXT CHECK (seal IS NULL OR seal LIKE 'bbt-seal/1;%')`);
  }
};
