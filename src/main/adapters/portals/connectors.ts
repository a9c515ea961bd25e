// Which connector serves a target: the one place that knows every portal type.
import type { PortalConnector } from '../../../core/publishing/ports';
import { PortalError } from '../../../core/publishing/ports';
import type { PublishTarget } from '../../../shared/publishing';
import { FolderConnector } from './folder/folder-connector';
import { SharePointConnector } from './sharepoint/connector';
import { WordPressConnector } from './wordpress/connector';

export interface ConnectorOptions {
  /** The HTTP client (Electron passes its `net.fetch`, which speaks NTLM/Kerberos). */
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

export function createConnector(target: PublishTarget, secret: string | null, opts: ConnectorOptions = {}): PortalConnector {
  switch (target.type) {
    case 'folder':
      return new FolderConnector(target.config.folder, opts.now);
    case 'sharepoint':
      return new SharePointConnector(target.config, secret ?? '', { fetch: opts.fetch, timeoutMs: opts.timeoutMs, now: opts.now ? () => opts.now!().getTime() : undefined });
    case 'wordpress':
      return new WordPressConnector(target.config, secret, opts);
    default:
      return unsupported(target);
  }
}

function unsupported(target: PublishTarget): PortalConnector {
  const fail = async (): Promise<never> => {
    throw new PortalError('invalid', `no connector for ${target.type}`, `Phiên bản này chưa gửi được lên cổng loại ${target.type}.`);
  };
  return { discover: fail, uploadMedia: fail, hasMedia: fail, find: fail, create: fail, update: fail, takeDown: fail, read: fail };
}
