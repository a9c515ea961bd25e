// The server side of NTLM, as IIS does it for SharePoint on premises: NEGOTIATE → a CHALLENGE bound to the
// connection → AUTHENTICATE checked by recomputing the NTLMv2 proof from the account's password. A connection that
// passed stays signed in for its later requests (no Authorization header needed); a new connection starts over.
import { randomBytes } from 'node:crypto';
import { AV, decodeAuthenticate, encodeAvPairs, encodeChallenge, FLAGS, messageType } from '../ntlm/messages';
import { fileTime, utf16, verifyV2 } from '../ntlm/ntlmv2';

/** Per TCP connection: the challenge issued on it, and who signed in on it. */
export interface ConnectionAuth { challenge?: Buffer; userId?: number }

const DOMAIN = 'PORTAL';
const SERVER_FLAGS = (FLAGS.unicode | FLAGS.requestTarget | FLAGS.ntlm | FLAGS.alwaysSign | FLAGS.targetTypeDomain
  | FLAGS.extendedSessionSecurity | FLAGS.targetInfo | FLAGS.n128 | FLAGS.n56) >>> 0;

export type NtlmStep = { challenge: string } | { signedIn: number } | { failure: 'invalid' };

/** `lookup` finds the account for the login the AUTHENTICATE message names ('DOMAIN\\user' or 'user'). */
export function ntlmStep(token: string, conn: ConnectionAuth | undefined, now: number, lookup: (login: string, domainless: string) => { id: number; password?: string } | undefined): NtlmStep {
  const msg = Buffer.from(token, 'base64');
  const type = messageType(msg);
  if (!conn || type === null) return { failure: 'invalid' };
  if (type === 1) {
    // A new handshake on this connection signs out whoever was signed in on it.
    conn.userId = undefined;
    conn.challenge = randomBytes(8);
    const targetInfo = encodeAvPairs([
      { id: AV.nbDomainName, value: utf16(DOMAIN) }, { id: AV.nbComputerName, value: utf16('SP-EMULATOR') },
      { id: AV.dnsDomainName, value: utf16('portal.local') }, { id: AV.dnsComputerName, value: utf16('sp-emulator.portal.local') },
      { id: AV.timestamp, value: fileTime(now) }
    ]);
    return { challenge: encodeChallenge({ flags: SERVER_FLAGS, serverChallenge: conn.challenge, targetName: DOMAIN, targetInfo }).toString('base64') };
  }
  const challenge = conn.challenge;
  conn.challenge = undefined;
  if (type !== 3 || !challenge) return { failure: 'invalid' };
  let auth;
  try { auth = decodeAuthenticate(msg); } catch { return { failure: 'invalid' }; }
  const account = lookup(auth.domain ? `${auth.domain}\\${auth.user}` : auth.user, auth.user);
  if (!account || account.password === undefined || !verifyV2(auth.ntChallengeResponse, challenge, account.password, auth.user, auth.domain)) return { failure: 'invalid' };
  conn.userId = account.id;
  return { signedIn: account.id };
}
