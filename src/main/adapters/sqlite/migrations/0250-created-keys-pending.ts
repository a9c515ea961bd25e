// An account the administrator created starts with a password the administrator knows, so its first
// signing key is pending like a reset key (key-origin.ts): it never signs until the user sets their
// own password, which makes a fresh key. Workspaces made before this rule have such keys active (a
// later password change only re-wrapped them); this makes the current ones pending, so their users are
// asked to change their password before their next sign-off instead of signing with a key verify flags.
import type { Migration } from './migration';

export const migration0250: Migration = {
  version: 250,
  name: 'created-keys-pending',
  up(db) {
    db.exec(`UPDATE user_keys SET state = 'pending' WHERE origin = 'created' AND active = 1 AND state = 'active'`);
  }
};
