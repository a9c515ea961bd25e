// Integrated Windows authentication (NTLM/Kerberos) for SharePoint on premises: Chromium sends the Windows
// credentials only to hosts it is told to trust, so the app names the hosts of its "Windows tích hợp" targets.
import type { PublishTarget } from '../../shared/publishing';

export function integratedAuthHosts(targets: readonly PublishTarget[]): string[] {
  const hosts = targets
    .filter((t) => t.type === 'sharepoint' && t.config.auth === 'integrated' && !t.disabled)
    .map((t) => (URL.canParse(t.config.url) ? new URL(t.config.url).hostname : ''))
    .filter((h) => h !== '');
  return [...new Set(hosts)].sort();
}
