// Credentials per auth kind.
// - 'ntlm': no header here: the connector sends everything through NtlmFetch (../ntlm), which performs the NTLMv2
//   handshake with user + password on each connection, in Electron, browser mode and the CLI alike.
// - 'basic': HTTP Basic with user + password.
// - 'integrated': no credentials here at all; Electron's stack (net.fetch, allowNTLMCredentialsForDomains) signs in
//   as the Windows user.
// - 'bearer': Authorization: Bearer <token> (no form digest needed).
// - 'forms': SOAP Login at {web}/_vti_bin/authentication.asmx, then the FedAuth cookie on every call.
import type { AuthKind } from '../../../../shared/publishing';
import { SharePointError } from './errors';

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function tag(xml: string, name: string): string | null {
  return new RegExp(`<(?:\\w+:)?${name}[^>]*>([^<]*)</(?:\\w+:)?${name}>`).exec(xml)?.[1] ?? null;
}

/** The FedAuth cookie from Set-Cookie (undici exposes getSetCookie(); Electron joins them). */
function fedAuthCookie(headers: Headers): string | null {
  const list = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('set-cookie') ?? ''];
  for (const line of list) {
    const m = /(?:^|[,;]\s*)(FedAuth=[^;,\s]+)/i.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

export class SpAuth {
  private cookie: string | null = null;
  private login: Promise<string> | null = null;

  constructor(
    readonly kind: AuthKind,
    private readonly user: string,
    private readonly secret: string,
    private readonly webUrl: string,
    /** Performs the forms login request (through the same fetch, timeout and error mapping as everything else). */
    private readonly post: (url: string, init: RequestInit) => Promise<Response>
  ) {}

  /** Bearer calls need no X-RequestDigest. */
  get needsDigest(): boolean {
    return this.kind !== 'bearer';
  }

  async headers(): Promise<Record<string, string>> {
    switch (this.kind) {
      case 'basic':
        return { Authorization: `Basic ${Buffer.from(`${this.user}:${this.secret}`, 'utf8').toString('base64')}` };
      case 'bearer':
        return { Authorization: `Bearer ${this.secret}` };
      case 'forms':
        return { Cookie: await this.fedAuth() };
      default:
        return {};
    }
  }

  /** After a 401: drop the forms cookie so the next call logs in again. True when that may help. */
  forget(): boolean {
    if (this.kind !== 'forms' || this.cookie === null) return false;
    this.cookie = null;
    return true;
  }

  private fedAuth(): Promise<string> {
    if (this.cookie) return Promise.resolve(this.cookie);
    if (!this.login) this.login = this.formsLogin().finally(() => { this.login = null; });
    return this.login;
  }

  private async formsLogin(): Promise<string> {
    const body = '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
      + `<Login xmlns="http://schemas.microsoft.com/sharepoint/soap/"><username>${xmlEscape(this.user)}</username>`
      + `<password>${xmlEscape(this.secret)}</password></Login></soap:Body></soap:Envelope>`;
    const res = await this.post(`${this.webUrl}/_vti_bin/authentication.asmx`, {
      method: 'POST', body,
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'http://schemas.microsoft.com/sharepoint/soap/Login' }
    });
    const xml = await res.text();
    const code = tag(xml, 'ErrorCode');
    const cookie = fedAuthCookie(res.headers);
    if (!res.ok || code !== 'NoError' || !cookie) {
      // SharePoint answers a wrong password with HTTP 200 and <ErrorCode>PasswordNotMatch</ErrorCode>.
      const vi = code === 'NotInFormsAuthenticationMode'
        ? 'Cổng SharePoint không bật đăng nhập bằng biểu mẫu (forms); hãy chọn kiểu đăng nhập khác.'
        : 'Cổng SharePoint không chấp nhận tài khoản hoặc mật khẩu (đăng nhập biểu mẫu). Nhờ quản trị kiểm tra lại.';
      throw new SharePointError('auth', `SharePoint forms login: HTTP ${res.status} ${code ?? 'no ErrorCode'}`, vi, null, res.status);
    }
    this.cookie = cookie;
    return cookie;
  }
}
