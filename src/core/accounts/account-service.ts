// Accounts of the editorial board: first-run setup, login (throttled), lock/unlock, password change,
// and the administrator's user management. Every event goes to the audit log. Who acts always comes
// from the session (`actor`), never from renderer input. Password checks are async and throttled
// (PasswordAttempts). A signing key whose password the administrator knew (a reset, or an account the
// administrator created) is pending until the user sets their own password. Setting a
// password derives its hash and key-encryption key asynchronously first (scrypt on the thread pool,
// ~0.6 s each), then writes in one transaction, re-checking what another call may have changed meanwhile.
import { capabilitiesOf, type Account, type Role, type SessionUser } from '../../shared/accounts';
import type { UserRef } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { AccountRepository, AuditLog, Clock, IdGenerator, KeyOrigin, KeyVault, PasswordHasher, PublicKeyRecord, TransactionRunner } from '../ports';
import { adminKnewPassword } from './key-origin';
import { checkLoginName, checkNewPassword, foldLogin } from './login-name';
import { PasswordAttempts } from './password-attempts';

export interface AccountDeps {
  accounts: AccountRepository;
  hasher: PasswordHasher;
  keys: KeyVault;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
  /** Shared with the sign-off password check (one guess budget per user); made here when missing. */
  attempts?: PasswordAttempts;
}

export interface NewAccount {
  login: string;
  fullName: string;
  position: string;
  roles: Role[];
  password: string;
}

export interface AccountChanges {
  id: string;
  fullName: string;
  position: string;
  roles: Role[];
  disabled: boolean;
}

/** What setting a password produces before anything is written: its hash and the write of a new key. */
interface Secrets {
  passwordHash: string;
  saveKey: () => PublicKeyRecord;
}

export const WRONG_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';
export const WRONG_PASSWORD = 'Mật khẩu không đúng.';
const DISABLED = 'Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.';

export function sessionUserOf(a: Account): SessionUser {
  return { id: a.id, name: a.fullName, login: a.login, position: a.position, roles: [...a.roles] };
}

export class AccountService {
  private readonly attempts: PasswordAttempts;
  /** A hash to check unknown logins against, so they take as long as known ones (made on first need). */
  private readonly dummyHash = lazy(() => this.d.hasher.hash('không-phải-mật-khẩu-của-ai'));

  constructor(private readonly d: AccountDeps) {
    this.attempts = d.attempts ?? new PasswordAttempts(d);
  }

  needsSetup(): boolean {
    return this.d.accounts.count() === 0;
  }

  /**
   * First run only: creates the administrator (role Quản trị) and returns them, logged in; `alsoEditor`
   * also gives the Biên tập viên role (the setup page's default).
   */
  async setup(input: FirstAdmin): Promise<SessionUser> {
    const account = this.setupDraft(input);
    return this.commitSetup(account, await this.secrets(account.id, input.password, 'setup'));
  }

  /** setup() for the sample seed: synchronous, as openApp seeds before anyone is served. */
  setupForSample(input: FirstAdmin): SessionUser {
    const account = this.setupDraft(input);
    return this.commitSetup(account, this.secretsNow(account.id, input.password, 'setup'));
  }

  private setupDraft({ alsoEditor = false, ...input }: FirstAdmin): Account {
    this.requireNoAccounts();
    return this.draft({ ...input, roles: alsoEditor ? ['quan_tri', 'bien_tap_vien'] : ['quan_tri'] });
  }

  private commitSetup(account: Account, secrets: Secrets): SessionUser {
    return this.d.tx.transaction(() => {
      // Two first-run pages may race; only one becomes the administrator.
      this.requireNoAccounts();
      this.insert(account, secrets);
      const user = sessionUserOf(account);
      this.audit(user, 'user.create', `Tạo quản trị viên đầu tiên “${account.fullName}” (${account.login})`, { login: account.login, roles: account.roles });
      this.audit(user, 'auth.login', `${account.fullName} đăng nhập`, { login: account.login });
      return user;
    });
  }

  private requireNoAccounts(): void {
    if (!this.needsSetup()) throw new AppError(ErrorCode.CONFLICT, 'Ứng dụng đã có quản trị viên. Hãy đăng nhập bằng tài khoản được cấp.');
  }

  async login(login: string, password: string): Promise<SessionUser> {
    const key = foldLogin(login);
    const account = this.d.accounts.byLogin(key);
    let stored: string | undefined;
    await this.attempts.attempt(
      key,
      async () => {
        stored = account ? this.d.accounts.credentials(account.id)?.passwordHash : undefined;
        const ok = await this.d.hasher.verify(password, stored ?? (await this.dummyHash()));
        return !!account && !!stored && ok;
      },
      // What was typed as an unknown login (often a password in the wrong box) is never stored.
      account
        ? { user: refOf(account), action: 'auth.login-failed', description: `${account.fullName} đăng nhập sai mật khẩu`, details: { login: account.login } }
        : { user: null, action: 'auth.login-failed', description: 'Đăng nhập thất bại: tên đăng nhập không tồn tại', details: {} },
      () => new AppError(ErrorCode.UNAUTHENTICATED, WRONG_LOGIN)
    );
    if (!account || !stored) throw new AppError(ErrorCode.UNAUTHENTICATED, WRONG_LOGIN);
    if (account.disabled) {
      this.audit(refOf(account), 'auth.login-failed', `${account.fullName} đăng nhập khi tài khoản bị vô hiệu hóa`, { login: key, disabled: true });
      throw new AppError(ErrorCode.FORBIDDEN, DISABLED);
    }
    // A hash made with older scrypt parameters is replaced once the password is known to be right.
    if (this.d.hasher.needsRehash?.(stored)) {
      const passwordHash = await this.d.hasher.hash(password);
      // Unless the password was changed while this hash was being made.
      if (this.d.accounts.credentials(account.id)?.passwordHash === stored) this.d.accounts.setCredentials(account.id, { passwordHash });
    }
    const user = sessionUserOf(account);
    this.audit(user, 'auth.login', `${account.fullName} đăng nhập`, { login: key });
    return user;
  }

  logout(user: SessionUser): void {
    this.audit(user, 'auth.logout', `${user.name} đăng xuất`, {});
  }

  recordLock(user: SessionUser, idle: boolean): void {
    this.audit(user, 'auth.lock', idle ? `Màn hình của ${user.name} tự khóa vì không dùng` : `${user.name} khóa màn hình`, { idle });
  }

  /** Checks the password of the locked session's user (throttled like a login) and returns them fresh. */
  async unlock(user: SessionUser, password: string): Promise<SessionUser> {
    const account = this.requireAccount(user.id);
    await this.checkPassword(account, password, 'auth.unlock-failed', `Mở khóa màn hình thất bại (${account.fullName})`, () => new AppError(ErrorCode.FORBIDDEN, WRONG_PASSWORD));
    if (account.disabled) throw new AppError(ErrorCode.FORBIDDEN, DISABLED);
    const fresh = sessionUserOf(account);
    this.audit(fresh, 'auth.unlock', `${account.fullName} mở khóa màn hình`, {});
    return fresh;
  }

  /** The current state of a session's user (roles may have changed), or null if gone or disabled. */
  current(id: string): SessionUser | null {
    const a = this.d.accounts.get(id);
    return a && !a.disabled ? sessionUserOf(a) : null;
  }

  /** The old password is checked like a login; a key the administrator knew the password of is replaced, never kept. */
  async changePassword(user: SessionUser, oldPassword: string, newPassword: string): Promise<void> {
    checkNewPassword(newPassword, 'newPassword');
    const account = this.requireAccount(user.id);
    await this.checkPassword(account, oldPassword, 'password.change-failed', `Đổi mật khẩu thất bại: mật khẩu hiện tại không đúng (${account.fullName})`, () =>
      new AppError(ErrorCode.FORBIDDEN, 'Mật khẩu hiện tại không đúng.', { oldPassword: WRONG_PASSWORD })
    );
    const active = this.d.keys.activeKey(user.id);
    const keep = active && !active.pending && !adminKnewPassword(active.origin);
    const rewrap = keep ? await this.d.keys.rewrapKey(user.id, oldPassword, newPassword) : null;
    const passwordHash = await this.d.hasher.hash(newPassword);
    const saveKey = rewrap ? null : await this.d.keys.createKey(user.id, newPassword, 'self');
    this.d.tx.transaction(() => {
      this.d.accounts.setCredentials(user.id, { passwordHash });
      const fresh = rewrap ? (rewrap(), null) : saveKey!();
      this.audit(user, 'user.password-change', `${user.name} đổi mật khẩu${fresh ? '; tạo khóa ký mới của chính mình' : ''}`, fresh ? { keyId: fresh.keyId } : {});
    });
  }

  /** Checks `password` against the account's hash, throttled and audited like a login. */
  private checkPassword(account: Account, password: string, failedAction: string, description: string, wrong: () => Error): Promise<void> {
    return this.attempts.attempt(
      foldLogin(account.login),
      async () => {
        const stored = this.d.accounts.credentials(account.id)?.passwordHash;
        return !!stored && (await this.d.hasher.verify(password, stored));
      },
      { user: refOf(account), action: failedAction, description, details: { login: account.login } },
      wrong
    );
  }

  // ---- administrator only ----

  list(actor: SessionUser): Account[] {
    requireAdmin(actor, 'xem danh sách tài khoản');
    return this.d.accounts.list();
  }

  async create(actor: SessionUser, input: NewAccount): Promise<Account> {
    requireAdmin(actor, 'tạo tài khoản');
    const account = this.draft(input);
    return this.commitCreate(actor, account, await this.secrets(account.id, input.password, 'created'));
  }

  /**
   * create() for the sample seed: synchronous (openApp seeds before anyone is served). A demo's accounts
   * share a password that is printed for everyone; their keys count as their own ('self') so that the
   * demo can sign, and nothing real is ever signed in a sample workspace.
   */
  createForSample(actor: SessionUser, input: NewAccount): Account {
    requireAdmin(actor, 'tạo tài khoản');
    const account = this.draft(input);
    return this.commitCreate(actor, account, this.secretsNow(account.id, input.password, 'self'));
  }

  private commitCreate(actor: SessionUser, account: Account, secrets: Secrets): Account {
    return this.d.tx.transaction(() => {
      this.insert(account, secrets);
      this.audit(actor, 'user.create', `Tạo tài khoản “${account.fullName}” (${account.login})`, {
        userId: account.id,
        login: account.login,
        position: account.position,
        roles: account.roles
      });
      this.auditAdminSigner(actor, account, []);
      return account;
    });
  }

  update(actor: SessionUser, changes: AccountChanges): Account {
    requireAdmin(actor, 'sửa tài khoản');
    return this.d.tx.transaction(() => {
      const before = this.requireAccount(changes.id);
      const after: Account = {
        ...before,
        fullName: changes.fullName.normalize('NFC').trim(),
        position: changes.position.normalize('NFC').trim(),
        roles: uniqueRoles(changes.roles),
        disabled: changes.disabled
      };
      if (after.fullName === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy nhập họ và tên.', { fullName: 'Bắt buộc.' });
      if (after.roles.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy chọn ít nhất một vai trò.', { roles: 'Bắt buộc.' });
      const stillAdmin = (a: Account) => !a.disabled && a.roles.includes('quan_tri');
      if (stillAdmin(before) && !stillAdmin(after) && this.d.accounts.list().filter(stillAdmin).length <= 1) {
        throw new AppError(ErrorCode.CONFLICT, 'Phải còn ít nhất một quản trị viên đang hoạt động. Hãy giao vai trò Quản trị cho người khác trước.');
      }
      this.d.accounts.update(after);
      const action = before.disabled === after.disabled ? 'user.update' : after.disabled ? 'user.disable' : 'user.enable';
      const verb = action === 'user.disable' ? 'Vô hiệu hóa' : action === 'user.enable' ? 'Kích hoạt lại' : 'Sửa';
      this.audit(actor, action, `${verb} tài khoản “${after.fullName}” (${after.login})`, {
        userId: after.id,
        before: { fullName: before.fullName, position: before.position, roles: before.roles, disabled: before.disabled },
        after: { fullName: after.fullName, position: after.position, roles: after.roles, disabled: after.disabled }
      });
      this.auditAdminSigner(actor, after, before.roles);
      return after;
    });
  }

  /** Sets a new password and a NEW, pending key pair; the old public key stays for old signatures. */
  async resetPassword(actor: SessionUser, id: string, newPassword: string): Promise<Account> {
    requireAdmin(actor, 'đặt lại mật khẩu');
    checkNewPassword(newPassword, 'newPassword');
    this.requireAccount(id);
    // The administrator knows this password: the key it opens is pending and never signs.
    const secrets = await this.secrets(id, newPassword, 'reset');
    return this.d.tx.transaction(() => {
      const account = this.requireAccount(id);
      this.d.accounts.setCredentials(id, { passwordHash: secrets.passwordHash });
      const key = secrets.saveKey();
      this.attempts.clear(account.login);
      this.audit(actor, 'user.password-reset', `Đặt lại mật khẩu cho “${account.fullName}” (${account.login}); khóa ký mới chờ người dùng tự đổi mật khẩu`, {
        userId: id,
        keyId: key.keyId,
        keyPending: true
      });
      return account;
    });
  }

  /** The new account, checked and normalised (nothing written yet). */
  private draft(input: NewAccount): Account {
    const login = foldLogin(input.login);
    checkLoginName(login);
    checkNewPassword(input.password);
    const fullName = input.fullName.normalize('NFC').trim();
    if (fullName === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy nhập họ và tên.', { fullName: 'Bắt buộc.' });
    const roles = uniqueRoles(input.roles);
    if (roles.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy chọn ít nhất một vai trò.', { roles: 'Bắt buộc.' });
    this.requireFreeLogin(login);
    return {
      id: this.d.ids.newId(),
      login,
      fullName,
      position: input.position.normalize('NFC').trim(),
      roles,
      disabled: false,
      createdAt: this.d.clock.now().toISOString()
    };
  }

  /** Inside the caller's transaction; the login is checked again (another call may have taken it meanwhile). */
  private insert(account: Account, secrets: Secrets): void {
    this.requireFreeLogin(account.login);
    this.d.accounts.insert(account, { passwordHash: secrets.passwordHash });
    secrets.saveKey();
  }

  private requireFreeLogin(login: string): void {
    if (this.d.accounts.byLogin(login)) {
      throw new AppError(ErrorCode.CONFLICT, `Tên đăng nhập “${login}” đã có người dùng. Hãy chọn tên khác.`, { login: 'Đã có người dùng.' });
    }
  }

  private async secrets(userId: string, password: string, origin: KeyOrigin): Promise<Secrets> {
    const passwordHash = await this.d.hasher.hash(password);
    return { passwordHash, saveKey: await this.d.keys.createKey(userId, password, origin) };
  }

  private secretsNow(userId: string, password: string, origin: KeyOrigin): Secrets {
    const passwordHash = this.d.hasher.hashSync(password);
    return { passwordHash, saveKey: () => this.d.keys.createKeySync(userId, password, origin) };
  }

  /** Quản trị together with Trưởng ban: the one who resets passwords can also approve. Audited when granted. */
  private auditAdminSigner(actor: SessionUser, account: Account, rolesBefore: Role[]): void {
    if (!isAdminSigner(account.roles) || isAdminSigner(rolesBefore)) return;
    this.audit(actor, 'user.admin-signer', `Tài khoản “${account.fullName}” (${account.login}) giữ cả vai trò Quản trị và Trưởng ban`, {
      userId: account.id,
      roles: account.roles
    });
  }

  private requireAccount(id: string): Account {
    const a = this.d.accounts.get(id);
    if (!a) throw new AppError(ErrorCode.NOT_FOUND, 'Không tìm thấy tài khoản này.');
    return a;
  }

  private audit(user: UserRef | null, action: string, description: string, details: Record<string, unknown>): void {
    this.d.audit.append({ at: this.d.clock.now().toISOString(), user: user ? refOf(user) : null, action, articleId: null, description, details });
  }
}

type FirstAdmin = Omit<NewAccount, 'roles'> & { alsoEditor?: boolean };

export function requireAdmin(actor: SessionUser, what: string): void {
  if (!capabilitiesOf(actor.roles).has('admin')) throw new AppError(ErrorCode.FORBIDDEN, `Chỉ quản trị viên mới được ${what}.`);
}

/** Holds both Quản trị and Trưởng ban (shown as a warning on the Users page). */
export function isAdminSigner(roles: readonly Role[]): boolean {
  return roles.includes('quan_tri') && roles.includes('truong_ban');
}

function refOf(u: { id: string; name?: string; fullName?: string }): UserRef {
  return { id: u.id, name: u.name ?? u.fullName ?? '' };
}

function uniqueRoles(roles: Role[]): Role[] {
  return [...new Set(roles)];
}

function lazy<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}
