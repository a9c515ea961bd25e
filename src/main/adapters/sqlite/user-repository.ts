// Minimal local users (issue #3 adds roles and passwords). Used by the composition root to
// create the default local user on first run.
import type Database from 'better-sqlite3';

export interface LocalUser {
  id: string;
  login: string;
  fullName: string;
  createdAt: string;
}

interface UserRow {
  id: string;
  login: string;
  full_name: string;
  created_at: string;
}

export class SqliteUserRepository {
  private readonly insertStmt: Database.Statement<[string, string, string, string]>;
  private readonly byLoginStmt: Database.Statement<[string], UserRow>;
  private readonly byIdStmt: Database.Statement<[string], UserRow>;

  constructor(db: Database.Database) {
    this.insertStmt = db.prepare('INSERT INTO users (id, login, full_name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (login) DO NOTHING');
    this.byLoginStmt = db.prepare('SELECT * FROM users WHERE login = ?');
    this.byIdStmt = db.prepare('SELECT * FROM users WHERE id = ?');
  }

  /** Creates the user unless one with this login exists; returns the stored user either way. */
  ensure(user: LocalUser): LocalUser {
    this.insertStmt.run(user.id, user.login, user.fullName, user.createdAt);
    return this.byLogin(user.login) as LocalUser;
  }

  byLogin(login: string): LocalUser | null {
    const r = this.byLoginStmt.get(login);
    return r ? toUser(r) : null;
  }

  get(id: string): LocalUser | null {
    const r = this.byIdStmt.get(id);
    return r ? toUser(r) : null;
  }
}

function toUser(r: UserRow): LocalUser {
  return { id: r.id, login: r.login, fullName: r.full_name, createdAt: r.created_at };
}
