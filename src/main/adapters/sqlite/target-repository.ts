// TargetRepository over SQLite (migration 0210): publishing targets and their sealed secrets.
import type Database from 'better-sqlite3';
import type { TargetRepository } from '../../../core/publishing/store';
import { targetNameKey } from '../../../core/publishing/publishing-service';
import { TargetConfigSchema, type PublishTarget, type TargetType } from '../../../shared/publishing';

interface TargetRow {
  id: string;
  name: string;
  type: TargetType;
  config: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  has_secret: number;
}

const SELECT = `SELECT t.id, t.name, t.type, t.config, t.disabled, t.created_at, t.updated_at,
  EXISTS (SELECT 1 FROM target_secrets s WHERE s.target_id = t.id) AS has_secret FROM publish_targets t`;

export class SqliteTargetRepository implements TargetRepository {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      list: db.prepare<[], TargetRow>(`${SELECT} ORDER BY t.name_key`),
      get: db.prepare<[string], TargetRow>(`${SELECT} WHERE t.id = ?`),
      byName: db.prepare<[string], TargetRow>(`${SELECT} WHERE t.name_key = ?`),
      insert: db.prepare(
        'INSERT INTO publish_targets (id, name, name_key, type, config, disabled, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)'
      ),
      update: db.prepare('UPDATE publish_targets SET name = ?, name_key = ?, config = ?, disabled = ?, updated_at = ? WHERE id = ?'),
      secret: db.prepare<[string], { sealed: string }>('SELECT sealed FROM target_secrets WHERE target_id = ?'),
      putSecret: db.prepare(
        'INSERT INTO target_secrets (target_id, sealed, updated_at) VALUES (?, ?, ?) ON CONFLICT (target_id) DO UPDATE SET sealed = excluded.sealed, updated_at = excluded.updated_at'
      ),
      dropSecret: db.prepare('DELETE FROM target_secrets WHERE target_id = ?')
    };
  }

  list(): PublishTarget[] {
    return this.s.list.all().map(toTarget);
  }

  get(id: string): PublishTarget | null {
    const row = this.s.get.get(id);
    return row ? toTarget(row) : null;
  }

  byName(name: string): PublishTarget | null {
    const row = this.s.byName.get(targetNameKey(name));
    return row ? toTarget(row) : null;
  }

  insert(t: Parameters<TargetRepository['insert']>[0]): void {
    this.s.insert.run(t.id, t.name, targetNameKey(t.name), t.type, JSON.stringify(t.config), t.at, t.by, t.at);
  }

  update(id: string, t: Parameters<TargetRepository['update']>[1]): void {
    this.s.update.run(t.name, targetNameKey(t.name), JSON.stringify(t.config), t.disabled ? 1 : 0, t.at, id);
  }

  secret(id: string): string | null {
    return this.s.secret.get(id)?.sealed ?? null;
  }

  setSecret(id: string, sealed: string | null, at: string): void {
    if (sealed === null) this.s.dropSecret.run(id);
    else this.s.putSecret.run(id, sealed, at);
  }
}

function toTarget(r: TargetRow): PublishTarget {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    // Parsed through the schema: a config written by an older app gets today's defaults.
    config: TargetConfigSchema.parse(JSON.parse(r.config)),
    hasSecret: r.has_secret === 1,
    disabled: r.disabled === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  };
}
