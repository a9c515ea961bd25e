// Every migration, in order. Append new ones at the end (version = previous + 10).
import type { Migration } from './migration';
import { migration0010 } from './0010-workspace-meta';
import { migration0020 } from './0020-users';
import { migration0030 } from './0030-articles';
import { migration0040 } from './0040-article-history';
import { migration0050 } from './0050-profile-versions';
import { migration0060 } from './0060-article-search';
import { migration0070 } from './0070-list-indexes';

export const MIGRATIONS: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070
];

/** The schema version this build of the app writes. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
