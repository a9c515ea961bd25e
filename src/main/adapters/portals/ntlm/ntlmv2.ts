// NTLMv2 response computation ([MS-NLMP] 3.3.2), shared by the client handshake and the SharePoint emulator's
// check of it. MD4 comes from js-md4 because OpenSSL 3 (Node 20) no longer offers it; HMAC-MD5 is Node's.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import md4 from 'js-md4';

export function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

function hmacMd5(key: Uint8Array, ...parts: Uint8Array[]): Buffer {
  const h = createHmac('md5', key);
  for (const p of parts) h.update(p);
  return h.digest();
}

/** NTOWFv2 = HMAC-MD5(MD4(UNICODE(password)), UNICODE(UPPER(user) + domain)); also ResponseKeyLM. */
export function ntowfv2(password: string, user: string, domain: string): Buffer {
  const ntHash = Buffer.from(md4.arrayBuffer(utf16(password)));
  return hmacMd5(ntHash, utf16(user.toUpperCase() + domain));
}

/** Windows FILETIME (100 ns ticks since 1601-01-01), little-endian, as NTLMv2 carries it. */
export function fileTime(ms: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE((BigInt(Math.round(ms)) + 11_644_473_600_000n) * 10_000n);
  return b;
}

export interface V2Input {
  responseKey: Buffer;
  serverChallenge: Buffer;
  clientChallenge: Buffer;
  /** 8 bytes FILETIME: the server's MsvAvTimestamp when it sent one, else the client's clock. */
  time: Buffer;
  /** The CHALLENGE_MESSAGE's TargetInfo AV pairs, as received. */
  targetInfo: Buffer;
}

export interface V2Response {
  ntChallengeResponse: Buffer;
  lmChallengeResponse: Buffer;
  sessionBaseKey: Buffer;
}

export function computeV2(i: V2Input): V2Response {
  const temp = Buffer.concat([Buffer.from([1, 1, 0, 0, 0, 0, 0, 0]), i.time, i.clientChallenge, Buffer.alloc(4), i.targetInfo, Buffer.alloc(4)]);
  const ntProof = hmacMd5(i.responseKey, i.serverChallenge, temp);
  return {
    ntChallengeResponse: Buffer.concat([ntProof, temp]),
    lmChallengeResponse: Buffer.concat([hmacMd5(i.responseKey, i.serverChallenge, i.clientChallenge), i.clientChallenge]),
    sessionBaseKey: hmacMd5(i.responseKey, ntProof)
  };
}

/**
 * The server's check: recompute NTProofStr from the password it knows and the blob the client sent after it.
 * An NTLMv1 response (24 bytes) is refused: SharePoint farms are configured for NTLMv2 only these days.
 */
export function verifyV2(ntChallengeResponse: Buffer, serverChallenge: Buffer, password: string, user: string, domain: string): boolean {
  if (ntChallengeResponse.length < 16 + 28) return false;
  const proof = ntChallengeResponse.subarray(0, 16);
  const temp = ntChallengeResponse.subarray(16);
  const expected = hmacMd5(ntowfv2(password, user, domain), serverChallenge, temp);
  return timingSafeEqual(proof, expected);
}

export function clientChallenge(): Buffer {
  return randomBytes(8);
}
