import { describe, expect, it } from 'vitest';
import { TargetConfigSchema, type PublishTarget } from '../../shared/publishing';
import { integratedAuthHosts } from './ntlm';

const target = (type: PublishTarget['type'], url: string, auth: string, disabled = false): PublishTarget => ({
  id: url,
  name: url,
  type,
  config: TargetConfigSchema.parse({ url, auth }),
  hasSecret: false,
  disabled,
  createdAt: '',
  updatedAt: ''
});

describe('integratedAuthHosts', () => {
  it('lists the hosts of enabled SharePoint targets that sign in with Windows credentials, once each', () => {
    expect(
      integratedAuthHosts([
        target('sharepoint', 'http://portal.longan.gov.vn/sites/kientuong', 'integrated'),
        target('sharepoint', 'http://portal.longan.gov.vn/sites/khac', 'integrated'),
        target('sharepoint', 'https://sp2.longan.gov.vn', 'ntlm'),
        target('sharepoint', 'http://tat.longan.gov.vn', 'integrated', true),
        target('wordpress', 'https://wp.longan.gov.vn', 'integrated')
      ])
    ).toEqual(['portal.longan.gov.vn']);
  });
});
