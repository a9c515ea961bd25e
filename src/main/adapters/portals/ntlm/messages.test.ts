// The hand-written NTLM encoding checked byte for byte against [MS-NLMP] 4.2.4 (NTLMv2 authentication):
// user "User", domain "Domain", password "Password", server challenge 0123456789abcdef, client challenge aa×8,
// time 0. A single wrong offset, flag or hash input changes these bytes.
import { describe, expect, it } from 'vitest';
import { answerChallenge, splitLogin } from './client';
import { AV, decodeAuthenticate, decodeChallenge, encodeAuthenticate, encodeAvPairs, encodeChallenge, encodeNegotiate, decodeNegotiate } from './messages';
import { computeV2, fileTime, ntowfv2, utf16, verifyV2 } from './ntlmv2';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

const SERVER_CHALLENGE = hex('01 23 45 67 89 ab cd ef');
const CLIENT_CHALLENGE = hex('aa aa aa aa aa aa aa aa');
const TARGET_INFO = encodeAvPairs([{ id: AV.nbDomainName, value: utf16('Domain') }, { id: AV.nbComputerName, value: utf16('Server') }]);

// [MS-NLMP] 4.2.4.3: the CHALLENGE_MESSAGE and AUTHENTICATE_MESSAGE.
const SPEC_CHALLENGE = hex(`
  4e 54 4c 4d 53 53 50 00 02 00 00 00 0c 00 0c 00 38 00 00 00 33 82 8a e2 01 23 45 67 89 ab cd ef
  00 00 00 00 00 00 00 00 24 00 24 00 44 00 00 00 06 00 70 17 00 00 00 0f 53 00 65 00 72 00 76 00
  65 00 72 00 02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00 01 00 0c 00 53 00 65 00 72 00 76 00
  65 00 72 00 00 00 00 00`);
const SPEC_AUTHENTICATE = hex(`
  4e 54 4c 4d 53 53 50 00 03 00 00 00 18 00 18 00 6c 00 00 00 54 00 54 00 84 00 00 00 0c 00 0c 00
  48 00 00 00 08 00 08 00 54 00 00 00 10 00 10 00 5c 00 00 00 10 00 10 00 d8 00 00 00 35 82 88 e2
  05 01 28 0a 00 00 00 0f 44 00 6f 00 6d 00 61 00 69 00 6e 00 55 00 73 00 65 00 72 00 43 00 4f 00
  4d 00 50 00 55 00 54 00 45 00 52 00 86 c3 50 97 ac 9c ec 10 25 54 76 4a 57 cc cc 19 aa aa aa aa
  aa aa aa aa 68 cd 0a b8 51 e5 1c 96 aa bc 92 7b eb ef 6a 1c 01 01 00 00 00 00 00 00 00 00 00 00
  00 00 00 00 aa aa aa aa aa aa aa aa 00 00 00 00 02 00 0c 00 44 00 6f 00 6d 00 61 00 69 00 6e 00
  01 00 0c 00 53 00 65 00 72 00 76 00 65 00 72 00 00 00 00 00 00 00 00 00 c5 da d2 54 4f c9 79 90
  94 ce 1c e9 0b c9 d0 3e`);

function specV2() {
  return computeV2({ responseKey: ntowfv2('Password', 'User', 'Domain'), serverChallenge: SERVER_CHALLENGE, clientChallenge: CLIENT_CHALLENGE, time: Buffer.alloc(8), targetInfo: TARGET_INFO });
}

describe('NTLMv2 against [MS-NLMP] 4.2.4', () => {
  it('NTOWFv2 (4.2.4.1.1), the session base key (4.2.4.1.2) and the LMv2/NTLMv2 responses (4.2.4.2)', () => {
    expect(ntowfv2('Password', 'User', 'Domain').toString('hex')).toBe('0c868a403bfd7a93a3001ef22ef02e3f');
    const v2 = specV2();
    expect(v2.sessionBaseKey.toString('hex')).toBe('8de40ccadbc14a82f15cb0ad0de95ca3');
    expect(v2.lmChallengeResponse).toEqual(hex('86 c3 50 97 ac 9c ec 10 25 54 76 4a 57 cc cc 19 aa aa aa aa aa aa aa aa'));
    // NTProofStr, then temp (4.2.4.1.3): the AUTHENTICATE_MESSAGE's bytes 0x84..0xd7.
    expect(v2.ntChallengeResponse).toEqual(SPEC_AUTHENTICATE.subarray(0x84, 0xd8));
  });

  it('encodes the CHALLENGE_MESSAGE of 4.2.4.3 exactly, and decodes it back', () => {
    const version = hex('06 00 70 17 00 00 00 0f');
    expect(encodeChallenge({ flags: 0xe28a8233, serverChallenge: SERVER_CHALLENGE, targetName: 'Server', targetInfo: TARGET_INFO, version })).toEqual(SPEC_CHALLENGE);
    const c = decodeChallenge(SPEC_CHALLENGE);
    expect(c).toMatchObject({ flags: 0xe28a8233, targetName: 'Server' });
    expect(c.serverChallenge).toEqual(SERVER_CHALLENGE);
    expect(c.targetInfo).toEqual(TARGET_INFO);
  });

  it('encodes the AUTHENTICATE_MESSAGE of 4.2.4.3 exactly, and decodes it back', () => {
    const v2 = specV2();
    const msg = encodeAuthenticate({
      flags: 0xe2888235, lmChallengeResponse: v2.lmChallengeResponse, ntChallengeResponse: v2.ntChallengeResponse,
      domain: 'Domain', user: 'User', workstation: 'COMPUTER',
      // RC4 of the random session key (4.2.4.2.3): carried as given, this client negotiates no key exchange.
      encryptedRandomSessionKey: hex('c5 da d2 54 4f c9 79 90 94 ce 1c e9 0b c9 d0 3e'), version: hex('05 01 28 0a 00 00 00 0f')
    });
    expect(msg).toEqual(SPEC_AUTHENTICATE);
    expect(decodeAuthenticate(SPEC_AUTHENTICATE)).toMatchObject({ domain: 'Domain', user: 'User', workstation: 'COMPUTER', flags: 0xe2888235 });
  });

  it('the client answers the spec challenge with the spec NTLMv2 response; the server check accepts only the right password', () => {
    const type3 = decodeAuthenticate(answerChallenge(SPEC_CHALLENGE, { login: 'Domain\\User', password: 'Password' }, { clientChallenge: CLIENT_CHALLENGE, now: () => Date.UTC(1601, 0, 1) }));
    expect(type3).toMatchObject({ domain: 'Domain', user: 'User' });
    expect(type3.ntChallengeResponse).toEqual(SPEC_AUTHENTICATE.subarray(0x84, 0xd8));
    expect(type3.lmChallengeResponse).toEqual(SPEC_AUTHENTICATE.subarray(0x6c, 0x84));
    expect(verifyV2(type3.ntChallengeResponse, SERVER_CHALLENGE, 'Password', 'User', 'Domain')).toBe(true);
    expect(verifyV2(type3.ntChallengeResponse, SERVER_CHALLENGE, 'password', 'User', 'Domain')).toBe(false);
    expect(verifyV2(type3.ntChallengeResponse, hex('0000000000000000'), 'Password', 'User', 'Domain')).toBe(false);
  });

  it('uses the server timestamp when the challenge carries one, with a zero LMv2 response', () => {
    const stamp = fileTime(Date.UTC(2026, 10, 27, 3, 0, 0));
    const info = encodeAvPairs([{ id: AV.nbDomainName, value: utf16('PORTAL') }, { id: AV.timestamp, value: stamp }]);
    const type2 = encodeChallenge({ flags: 0xe28a8235, serverChallenge: SERVER_CHALLENGE, targetName: 'PORTAL', targetInfo: info });
    const type3 = decodeAuthenticate(answerChallenge(type2, { login: 'bbt@portal.local', password: 'x' }));
    expect(type3.lmChallengeResponse).toEqual(Buffer.alloc(24));
    expect(type3.ntChallengeResponse.subarray(24, 32)).toEqual(stamp);
    expect(type3).toMatchObject({ user: 'bbt@portal.local', domain: '' });
  });

  it('negotiate message round trip and login splitting', () => {
    expect(decodeNegotiate(encodeNegotiate()).flags & 0x00000001).toBe(1);
    expect(encodeNegotiate().subarray(0, 12)).toEqual(hex('4e544c4d5353500001000000'));
    expect(splitLogin('PORTAL\\bbt')).toEqual({ domain: 'PORTAL', user: 'bbt' });
    expect(splitLogin('bbt')).toEqual({ domain: '', user: 'bbt' });
  });
});
