// Every migration, in order. Append new ones at the end (version = previous + 10; a feature that needs
// several takes one block of ten and numbers within it, e.g. royalties 0280, 0281, 0282).
import type { Migration } from './migration';
import { migration0010 } from './0010-workspace-meta';
import { migration0020 } from './0020-users';
import { migration0030 } from './0030-articles';
import { migration0040 } from './0040-article-history';
import { migration0050 } from './0050-profile-versions';
import { migration0060 } from './0060-article-search';
import { migration0070 } from './0070-list-indexes';
import { migration0080 } from './0080-accounts';
import { migration0090 } from './0090-user-keys';
import { migration0100 } from './0100-audit-log';
import { migration0110 } from './0110-sign-offs';
import { migration0120 } from './0120-edit-locks';
import { migration0130 } from './0130-workflow-events';
import { migration0140 } from './0140-revision-blocks';
import { migration0150 } from './0150-article-versions';
import { migration0160 } from './0160-revision-prunes';
import { migration0170 } from './0170-current-body-text';
import { migration0180 } from './0180-article-views';
import { migration0190 } from './0190-comments';
import { migration0200 } from './0200-status-sort-index';
import { migration0210 } from './0210-publishing';
import { migration0220 } from './0220-bulletins';
import { migration0230 } from './0230-key-vouch';
import { migration0240 } from './0240-key-origin';
import { migration0250 } from './0250-created-keys-pending';
import { migration0260 } from './0260-receipt-seal';
import { migration0280 } from './0280-royalty-settings';
import { migration0281 } from './0281-royalty-decisions';
import { migration0282 } from './0282-royalty-periods';

export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
  migration0120,
  migration0130,
  migration0140,
  migration0150,
  migration0160,
  migration0170,
  migration0180,
  migration0190,
  migration0200,
  migration0210,
  migration0220,
  migration0230,
  migration0240,
  migration0250,
  migration0260,
  migration0280,
  migration0281,
  migration0282
];

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
