// A --sample workspace's contents, seeded through the app's own services: accounts (once), articles,
// their sign-offs and returns, the publishing targets, the bulletin (profile and issue Số 1) and royalties.
import { sessionUserOf } from '../../core/accounts/account-service';
import type { Clock, MediaStore } from '../../core/ports';
import type { SqliteStore } from '../adapters/sqlite/store';
import type { AppServices } from '../app';
import { seedSampleBulletin } from './bulletin';
import { seedSampleRoyalties } from './royalties';
import { seedSample, seedSampleWorkflow } from './seed';
import { seedSampleTargets } from './targets';
import { createSampleUsers, generateSamplePassword } from './users';

/** A --sample workspace: sample accounts (once), articles and their workflow records. Returns the new accounts' password. */
export function seedSampleWorkspace(
  { store, media, services: s, clock, log, workspaceDir }: { store: SqliteStore; media: MediaStore; services: AppServices; clock: Clock; log: (line: string) => void; workspaceDir: string },
  password: string | undefined
): string | null {
  let samplePassword: string | null = null;
  let people: ReturnType<typeof createSampleUsers> | null = null;
  if (s.accounts.needsSetup()) {
    samplePassword = password ?? generateSamplePassword();
    people = createSampleUsers(s.accounts, samplePassword);
    log('[app] sample workspace: sample accounts created (quantri, bientap, thanhvien, truongban)');
  }
  const author = people?.bientap ?? store.accounts.list()[0]!;
  const created = seedSample({ articles: s.articles, profile: s.profile, tx: store.tx, media }, { id: author.id, name: author.fullName });
  if (created > 0) log(`[app] sample workspace: ${created} articles seeded`);
  // Sign-offs need the approver's password: only known when the sample accounts were just created.
  if (people && samplePassword !== null) {
    const signed = seedSampleWorkflow(
      { articles: s.articles, workflow: s.workflow, signOffs: s.signOffs, recorder: s.recorder, audit: store.audit, accounts: store.accounts, tx: store.tx, clock },
      { approverId: people.truongban.id, reviewerId: people.thanhvien.id },
      samplePassword
    );
    if (signed > 0) log(`[app] sample workspace: ${signed} approved articles signed by truongban`);
    seedSampleTargets(s.publishing, workspaceDir, sessionUserOf(people.quantri));
    seedSampleBulletin(s.bulletinProfile, s.bulletins, sessionUserOf(people.quantri), sessionUserOf(people.truongban));
    seedSampleRoyalties(
      { settings: s.royaltySettings, decisions: s.royalties, periods: s.royaltyPeriods },
      sessionUserOf(people.quantri),
      sessionUserOf(people.truongban),
      sessionUserOf(people.bientap)
    );
  }
  return samplePassword;
}
