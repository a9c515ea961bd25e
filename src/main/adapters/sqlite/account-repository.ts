// AccountRepository over the `users` table (migrations 0020 + 0080). Logins are stored folded
// (trimmed, NFC, lower case) by the caller; the column's NOCASE collation is a second guard.
import type Database from 'better-sqlite3';
import type { AccountRepository, StoredCredentials } from '../../../core/ports';
import type { Account, Role } from '../../../shared/accounts';

interface AccountRow {
  id: string;
  login: string;
  full_name: string;
  position: string;
  roles: string;
  disabled: number;
  created_at: string;
}

const COLUMNS = 'id, login, full_name, position, roles, disabled, created_at';

export class SqliteAccountRepository implements AccountRepository {
  private readonly byIdStmt: Database.Statement<[string], AccountRow>;
  private readonly byLoginStmt: Database.Statement<[string], AccountRow>;
  private readonly listStmt: Database.Statement<[], AccountRow>;
  private readonly countStmt: Database.Statement<[], { n: number }>;
  private readonly insertStmt: Database.Statement<[string, string, string, string, string, number, string, string, string]>;
  private readonly updateStmt: Database.Statement<[string, string, string, number, string, string]>;
  private readonly credentialsStmt: Database.Statement<[string], { password_hash: string | null }>;
  private readonly setCredentialsStmt: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database, private readonly now: () => Date = () => new Date()) {
    this.byIdStmt = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.byLoginStmt = db.prepare(`SELECT ${COLUMNS} FROM users WHERE login = ?`);
    this.listStmt = db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY created_at, id`);
    this.countStmt = db.prepare('SELECT count(*) AS n FROM users');
    this.insertStmt = db.prepare(
      `INSERT INTO users (id, login, full_name, position, roles, disabled, password_hash, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    );
    this.updateStmt = db.prepare('UPDATE users SET full_name = ?, position = ?, roles = ?, disabled = ?, updated_at = ? WHERE id = ?');
    this.credentialsStmt = db.prepare('SELECT password_hash FROM users WHERE id = ?');
    this.setCredentialsStmt = db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?');
  }

  get(id: string): Account | null {
    const r = this.byIdStmt.get(id);
    return r ? toAccount(r) : null;
  }

  byLogin(login: string): Account | null {
    const r = this.byLoginStmt.get(login);
    return r ? toAccount(r) : null;
  }

  list(): Account[] {
    return this.listStmt.all().map(toAccount);
  }

  count(): number {
    return this.countStmt.get()!.n;
  }

  insert(a: Account, credentials: StoredCredentials): void {
    this.insertStmt.run(a.id, a.login, a.fullName, a.position, JSON.stringify(a.roles), a.disabled ? 1 : 0, credentials.passwordHash, a.createdAt, a.createdAt);
  }

  update(a: Account): void {
    this.updateStmt.run(a.fullName, a.position, JSON.stringify(a.roles), a.disabled ? 1 : 0, this.now().toISOString(), a.id);
  }

  credentials(id: string): StoredCredentials | null {
    const r = this.credentialsStmt.get(id);
    return r?.password_hash ? { passwordHash: r.password_hash } : null;
  }

  setCredentials(id: string, credentials: StoredCredentials): void {
    this.setCredentialsStmt.run(credentials.passwordHash, this.now().toISOString(), id);
  }
}

function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    login: r.login,
    fullName: r.full_name,
    position: r.position,
    roles: JSON.parse(r.roles) as Role[],
    disabled: r.disabled === 1,
    createdAt: r.created_at
  };
}
