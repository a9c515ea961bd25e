// ProfileRepository: effective-dated agency profile versions (never rewritten).
import type Database from 'better-sqlite3';
import type { ProfileRepository } from '../../../core/ports';
import { ProfileFieldsSchema, type ProfileFields } from '../../../shared/profile';
import { EffectiveDatedTable } from './effective-dated';

export class SqliteProfileRepository extends EffectiveDatedTable<ProfileFields> implements ProfileRepository {
  constructor(db: Database.Database) {
    super(db, 'profile_versions', ProfileFieldsSchema);
  }
}
