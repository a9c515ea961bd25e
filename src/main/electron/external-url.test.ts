import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isAllowedExternalUrl, MAX_EXTERNAL_URL_LENGTH } from './external-url';

describe('links handed to the operating system', () => {
  it('allows https pages and e-mail addresses', () => {
    for (const url of ['https://longan.gov.vn/', 'https://kientuong.longan.gov.vn/tin-tuc?id=1#top', 'mailto:bbt@longan.gov.vn', 'mailto:bbt@longan.gov.vn?subject=Tin%20b%C3%A0i']) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
  });

  it('refuses every other scheme, credentials in the address, odd characters and very long addresses', () => {
    const refused = [
      'http://longan.gov.vn/',
      'file:///etc/passwd',
      'file://server/share/x.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'bbt://app/index.html',
      'ms-settings:',
      'vbscript:msgbox',
      'https://user:pass@longan.gov.vn/',
      'https://user@longan.gov.vn/',
      'https://longan.gov.vn/\nabc',
      ' https://longan.gov.vn/',
      'https:///',
      'mailto:',
      'mailto:khong-co-a-con',
      'mailto:a@b/../../x',
      'not a url',
      '',
      'https://longan.gov.vn/' + 'a'.repeat(MAX_EXTERNAL_URL_LENGTH)
    ];
    for (const url of refused) expect(isAllowedExternalUrl(url), url).toBe(false);
    for (const value of [undefined, null, 42, {}, ['https://a.vn/']]) expect(isAllowedExternalUrl(value)).toBe(false);
  });

  it('never allows a scheme other than https or mailto, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string().map((s) => 'file:' + s)), (url) => {
        if (!isAllowedExternalUrl(url)) return;
        const { protocol, username, password } = new URL(url);
        expect(['https:', 'mailto:']).toContain(protocol);
        expect(username + password).toBe('');
      }),
      { numRuns: 200, seed: 11 }
    );
  });
});
