// Which JSON dialect the portal speaks. '2013' → verbose, '2016' → JSON light, 'auto' → ask for JSON light on
// GET {web}/_api/web: SharePoint 2013 refuses it (406 "The HTTP header ACCEPT is missing or its value is invalid",
// or 400/415 on some builds), SP2016+ answers. Credentials/permission/network failures are not a profile answer:
// they are thrown for the caller (discovery words them as problems).
import { isSpError } from './errors';
import type { SpHttp } from './http';
import { entityOf, type Format } from './odata';

export interface WebInfo {
  format: Format;
  title: string;
  /** Server-relative path of the web, e.g. '/sites/portal'. */
  serverRelativeUrl: string;
  /** From MicrosoftSharePointTeamServices: '15.0.0.4569' (2013), '16.0…' (2016+); '' when absent. */
  version: string;
}

export async function detectWeb(http: SpHttp, configured: 'auto' | '2013' | '2016'): Promise<WebInfo> {
  const url = `${http.webUrl}/_api/web?$select=Title,ServerRelativeUrl`;
  const read = async (format: Format): Promise<WebInfo> => {
    const r = await http.call({ method: 'GET', url, what: 'trang SharePoint', format });
    const e = entityOf(r.data);
    if (typeof e.ServerRelativeUrl !== 'string') {
      throw Object.assign(new Error('not a SharePoint _api answer'), { notSharePoint: true });
    }
    return { format, title: String(e.Title ?? ''), serverRelativeUrl: e.ServerRelativeUrl.replace(/\/+$/, ''), version: r.headers.get('MicrosoftSharePointTeamServices') ?? '' };
  };
  if (configured === '2013') return read('verbose');
  if (configured === '2016') return read('light');
  try {
    return await read('light');
  } catch (e) {
    if (isSpError(e, 'invalid')) return read('verbose');
    throw e;
  }
}

export function profileLabel(web: WebInfo): string {
  const major = Number.parseInt(web.version, 10);
  const name = major === 15 ? 'SharePoint 2013' : major === 16 ? 'SharePoint 2016 trở lên' : 'SharePoint';
  return `${name} (${web.format === 'verbose' ? 'odata=verbose' : 'JSON light'})`;
}
