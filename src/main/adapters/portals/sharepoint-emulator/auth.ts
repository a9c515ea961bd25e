// Authentication: NTLM (user + password, per connection: see ntlm.ts), Basic, Bearer tokens and forms (FedAuth cookie
// from authentication.asmx).
import { randomBytes } from 'node:crypto';
import { ntlmStep, type ConnectionAuth } from './ntlm';
import type { Account, AuthMode, Clock, Permission } from './types';

export interface User { id: number; login: string; claim: string; title: string; permission: Permission; via: AuthMode }

/** `ntlmChallenge`: the second leg of an NTLM handshake, sent with the 401. */
export type AuthResult = { user: User } | { failure: 'missing' | 'invalid' } | { ntlmChallenge: string };

export class Auth {
  private readonly users: { account: Account; user: Omit<User, 'via'> }[];
  private readonly cookies = new Map<string, { userId: number; expires: number }>();

  constructor(accounts: readonly Account[], readonly modes: readonly AuthMode[], private readonly clock: Clock, readonly formsTimeoutSeconds: number) {
    this.users = accounts.map((account, i) => {
      const name = account.login.toLowerCase();
      return { account, user: { id: 7 + i, login: account.login, claim: `i:0#.w|${name}`, title: account.title ?? account.login, permission: account.permission ?? 'edit' } };
    });
  }

  userById(id: number): Omit<User, 'via'> | undefined {
    return this.users.find((u) => u.user.id === id)?.user;
  }

  private byPassword(login: string, password: string): Omit<User, 'via'> | undefined {
    const found = this.users.find((u) => u.account.login.toLowerCase() === login.toLowerCase());
    return found && found.account.password !== undefined && found.account.password === password ? found.user : undefined;
  }

  /** The account an NTLM AUTHENTICATE names: 'DOMAIN\\user' exactly; a login sent without domain matches 'ANY\\user'. */
  private byLogin(login: string, user: string): { id: number; password?: string } | undefined {
    const bare = (l: string) => l.slice(l.lastIndexOf('\\') + 1).toLowerCase();
    const found = this.users.find((u) => u.account.login.toLowerCase() === login.toLowerCase())
      ?? (login.includes('\\') ? undefined : this.users.find((u) => bare(u.account.login) === user.toLowerCase()));
    return found ? { id: found.user.id, password: found.account.password } : undefined;
  }

  /** `conn`: the state of the request's TCP connection (NTLM signs in a connection, not a request). */
  authenticate(headers: Record<string, string | string[] | undefined>, conn?: ConnectionAuth): AuthResult {
    const header = typeof headers.authorization === 'string' ? headers.authorization : '';
    const ntlm = /^(?:NTLM|Negotiate)\s+(\S+)$/i.exec(header);
    if (ntlm && this.modes.includes('ntlm')) {
      const step = ntlmStep(ntlm[1] ?? '', conn, this.clock.now(), (login, user) => this.byLogin(login, user));
      if ('challenge' in step) return { ntlmChallenge: step.challenge };
      const found = 'signedIn' in step ? this.userById(step.signedIn) : undefined;
      return found ? { user: { ...found, via: 'ntlm' } } : { failure: 'invalid' };
    }
    const basic = /^Basic\s+(.+)$/i.exec(header);
    if (basic && this.modes.includes('basic')) {
      const decoded = Buffer.from(basic[1] ?? '', 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      const user = colon > 0 ? this.byPassword(decoded.slice(0, colon), decoded.slice(colon + 1)) : undefined;
      return user ? { user: { ...user, via: 'basic' } } : { failure: 'invalid' };
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(header);
    if (bearer && this.modes.includes('bearer')) {
      const found = this.users.find((u) => u.account.token !== undefined && u.account.token === bearer[1]?.trim());
      return found ? { user: { ...found.user, via: 'bearer' } } : { failure: 'invalid' };
    }
    if (header) return { failure: 'invalid' };
    const signedIn = conn?.userId !== undefined && this.modes.includes('ntlm') ? this.userById(conn.userId) : undefined;
    if (signedIn) return { user: { ...signedIn, via: 'ntlm' } };
    const cookie = /(?:^|;\s*)FedAuth=([^;]+)/.exec(typeof headers.cookie === 'string' ? headers.cookie : '')?.[1];
    if (cookie && this.modes.includes('forms')) {
      const session = this.cookies.get(cookie);
      const user = session && session.expires > this.clock.now() ? this.userById(session.userId) : undefined;
      return user ? { user: { ...user, via: 'forms' } } : { failure: 'invalid' };
    }
    return { failure: 'missing' };
  }

  /** The 401 challenge: what this emulator accepts. */
  challenge(origin: string): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    const schemes: string[] = [];
    // IIS lists Negotiate (Kerberos, falling back to NTLM) before NTLM; the emulator completes only the NTLM part.
    if (this.modes.includes('ntlm')) schemes.push('Negotiate', 'NTLM');
    if (this.modes.includes('basic')) schemes.push('Basic realm="SharePoint Emulator"');
    if (this.modes.includes('bearer')) schemes.push('Bearer realm="00000000-0000-0000-0000-000000000000",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000003-0000-0ff1-ce00-000000000000@*"');
    if (schemes.length) out['www-authenticate'] = schemes;
    if (this.modes.includes('forms')) {
      out['x-forms_based_auth_required'] = `${origin}/_login/default.aspx?ReturnUrl=/_layouts/15/Error.aspx&Source=%2f`;
      out['x-forms_based_auth_return_url'] = `${origin}/_layouts/15/Error.aspx`;
    }
    return out;
  }

  /** authentication.asmx Login: a FedAuth cookie value, or the SOAP ErrorCode. */
  login(username: string, password: string): { cookie: string } | { error: 'NotInFormsAuthenticationMode' | 'PasswordNotMatch' } {
    if (!this.modes.includes('forms')) return { error: 'NotInFormsAuthenticationMode' };
    const user = this.byPassword(username, password);
    if (!user) return { error: 'PasswordNotMatch' };
    const cookie = randomBytes(48).toString('base64url');
    this.cookies.set(cookie, { userId: user.id, expires: this.clock.now() + this.formsTimeoutSeconds * 1000 });
    return { cookie };
  }
}

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${tag}[^>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml);
  return m?.[1]?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Handles POST /_vti_bin/authentication.asmx (SOAP 1.1 Login). HTTP 200 even for a wrong password, like SharePoint. */
export function loginSoap(auth: Auth, body: string): { xml: string; cookie?: string } {
  const result = auth.login(xmlText(body, 'username') ?? '', xmlText(body, 'password') ?? '');
  const code = 'cookie' in result ? 'NoError' : result.error;
  const xml = '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
    + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>'
    + '<LoginResponse xmlns="http://schemas.microsoft.com/sharepoint/soap/"><LoginResult>'
    + `<CookieName>FedAuth</CookieName><ErrorCode>${code}</ErrorCode><TimeoutSeconds>${auth.formsTimeoutSeconds}</TimeoutSeconds>`
    + '</LoginResult></LoginResponse></soap:Body></soap:Envelope>';
  return 'cookie' in result ? { xml, cookie: result.cookie } : { xml };
}
