// The client's half of the handshake: the login split into user and domain, and the AUTHENTICATE_MESSAGE that
// answers a server's CHALLENGE_MESSAGE with an NTLMv2 response.
import { AV, avPair, CLIENT_FLAGS, decodeChallenge, encodeAuthenticate, FLAGS } from './messages';
import { clientChallenge, computeV2, fileTime, ntowfv2 } from './ntlmv2';

export interface NtlmCredentials {
  /** 'DOMAIN\\user', 'user@domain.local' (UPN, sent whole as the user name) or 'user'. */
  login: string;
  password: string;
}

export function splitLogin(login: string): { user: string; domain: string } {
  const slash = login.indexOf('\\');
  return slash >= 0 ? { domain: login.slice(0, slash), user: login.slice(slash + 1) } : { domain: '', user: login };
}

export interface AnswerOptions {
  now?: () => number;
  /** Tests pin it; otherwise 8 random bytes. */
  clientChallenge?: Buffer;
  workstation?: string;
}

export function answerChallenge(type2: Buffer, creds: NtlmCredentials, o: AnswerOptions = {}): Buffer {
  const challenge = decodeChallenge(type2);
  const { user, domain } = splitLogin(creds.login);
  const serverTime = avPair(challenge.targetInfo, AV.timestamp);
  const v2 = computeV2({
    responseKey: ntowfv2(creds.password, user, domain),
    serverChallenge: challenge.serverChallenge,
    clientChallenge: o.clientChallenge ?? clientChallenge(),
    time: serverTime ? Buffer.from(serverTime) : fileTime((o.now ?? Date.now)()),
    targetInfo: challenge.targetInfo
  });
  return encodeAuthenticate({
    // Keep only what both sides support, and always Unicode (the names are encoded as UTF-16 below).
    flags: ((challenge.flags & CLIENT_FLAGS) | FLAGS.unicode) >>> 0,
    // [MS-NLMP] 3.1.5.1.2: with a server timestamp the LMv2 response SHOULD be zeros.
    lmChallengeResponse: serverTime ? Buffer.alloc(24) : v2.lmChallengeResponse,
    ntChallengeResponse: v2.ntChallengeResponse,
    domain, user, workstation: o.workstation ?? ''
  });
}
