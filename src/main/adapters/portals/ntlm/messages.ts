// NTLM message encoding ([MS-NLMP] 2.2.1): NEGOTIATE (type 1), CHALLENGE (type 2), AUTHENTICATE (type 3).
// Both directions, because the SharePoint emulator plays the server side of the same handshake.
// Only what HTTP authentication needs: no signing/sealing, so no key exchange and no MIC.
import { utf16 } from './ntlmv2';

const SIGNATURE = Buffer.from('NTLMSSP\0', 'latin1');

export const FLAGS = {
  unicode: 0x00000001,
  requestTarget: 0x00000004,
  ntlm: 0x00000200,
  alwaysSign: 0x00008000,
  targetTypeDomain: 0x00010000,
  extendedSessionSecurity: 0x00080000,
  targetInfo: 0x00800000,
  version: 0x02000000,
  n128: 0x20000000,
  n56: 0x80000000
} as const;

/** What this client asks for: Unicode, NTLM with extended session security, target info (for NTLMv2). */
export const CLIENT_FLAGS = (FLAGS.unicode | FLAGS.requestTarget | FLAGS.ntlm | FLAGS.alwaysSign | FLAGS.extendedSessionSecurity
  | FLAGS.targetInfo | FLAGS.n128 | FLAGS.n56) >>> 0;

/** AV pair ids ([MS-NLMP] 2.2.2.1) the handshake looks at. */
export const AV = { eol: 0, nbComputerName: 1, nbDomainName: 2, dnsComputerName: 3, dnsDomainName: 4, timestamp: 7 } as const;

export interface Challenge {
  flags: number;
  serverChallenge: Buffer;
  targetName: string;
  targetInfo: Buffer;
  /** 8 bytes, present when the flags carry NEGOTIATE_VERSION. */
  version?: Buffer;
}

export interface Authenticate {
  flags: number;
  lmChallengeResponse: Buffer;
  ntChallengeResponse: Buffer;
  domain: string;
  user: string;
  workstation: string;
  encryptedRandomSessionKey?: Buffer;
  version?: Buffer;
}

export class NtlmFormatError extends Error {}

function typeOf(msg: Buffer): number {
  if (msg.length < 12 || !msg.subarray(0, 8).equals(SIGNATURE)) throw new NtlmFormatError('not an NTLMSSP message');
  return msg.readUInt32LE(8);
}

/** The type of a base64 token from an Authorization / WWW-Authenticate header, or null when it is not NTLMSSP. */
export function messageType(msg: Buffer): number | null {
  try { return typeOf(msg); } catch { return null; }
}

function field(msg: Buffer, at: number): Buffer {
  const len = msg.readUInt16LE(at);
  const offset = msg.readUInt32LE(at + 4);
  if (offset + len > msg.length) throw new NtlmFormatError('NTLM field outside the message');
  return msg.subarray(offset, offset + len);
}

/** Lays out header fields (len, maxlen, offset) and appends the payloads in order. */
function assemble(head: Buffer, fields: { at: number; data: Buffer }[]): Buffer {
  let offset = head.length;
  for (const f of fields) {
    head.writeUInt16LE(f.data.length, f.at);
    head.writeUInt16LE(f.data.length, f.at + 2);
    head.writeUInt32LE(offset, f.at + 4);
    offset += f.data.length;
  }
  return Buffer.concat([head, ...fields.map((f) => f.data)]);
}

export function encodeNegotiate(flags = CLIENT_FLAGS): Buffer {
  const head = Buffer.alloc(32);
  SIGNATURE.copy(head);
  head.writeUInt32LE(1, 8);
  head.writeUInt32LE(flags >>> 0, 12);
  return head;
}

export function decodeNegotiate(msg: Buffer): { flags: number } {
  if (typeOf(msg) !== 1 || msg.length < 16) throw new NtlmFormatError('not a NEGOTIATE_MESSAGE');
  return { flags: msg.readUInt32LE(12) };
}

export function encodeChallenge(c: Challenge): Buffer {
  const head = Buffer.alloc(c.version ? 56 : 48);
  SIGNATURE.copy(head);
  head.writeUInt32LE(2, 8);
  head.writeUInt32LE(c.flags >>> 0, 20);
  c.serverChallenge.copy(head, 24);
  c.version?.copy(head, 48);
  return assemble(head, [{ at: 12, data: utf16(c.targetName) }, { at: 40, data: c.targetInfo }]);
}

export function decodeChallenge(msg: Buffer): Challenge {
  if (typeOf(msg) !== 2 || msg.length < 32) throw new NtlmFormatError('not a CHALLENGE_MESSAGE');
  const flags = msg.readUInt32LE(20);
  const name = field(msg, 12);
  return {
    flags,
    serverChallenge: Buffer.from(msg.subarray(24, 32)),
    targetName: flags & FLAGS.unicode ? name.toString('utf16le') : name.toString('latin1'),
    targetInfo: msg.length >= 48 ? Buffer.from(field(msg, 40)) : Buffer.alloc(0)
  };
}

export function encodeAuthenticate(a: Authenticate): Buffer {
  const head = Buffer.alloc(a.version ? 72 : 64);
  SIGNATURE.copy(head);
  head.writeUInt32LE(3, 8);
  head.writeUInt32LE(a.flags >>> 0, 60);
  a.version?.copy(head, 64);
  // Payload order as in [MS-NLMP] 4.2.4.3: domain, user, workstation, LM, NT, session key.
  return assemble(head, [
    { at: 28, data: utf16(a.domain) }, { at: 36, data: utf16(a.user) }, { at: 44, data: utf16(a.workstation) },
    { at: 12, data: a.lmChallengeResponse }, { at: 20, data: a.ntChallengeResponse }, { at: 52, data: a.encryptedRandomSessionKey ?? Buffer.alloc(0) }
  ]);
}

export function decodeAuthenticate(msg: Buffer): Authenticate {
  if (typeOf(msg) !== 3 || msg.length < 64) throw new NtlmFormatError('not an AUTHENTICATE_MESSAGE');
  const flags = msg.readUInt32LE(60);
  const text = (b: Buffer) => (flags & FLAGS.unicode ? b.toString('utf16le') : b.toString('latin1'));
  return {
    flags,
    lmChallengeResponse: Buffer.from(field(msg, 12)),
    ntChallengeResponse: Buffer.from(field(msg, 20)),
    domain: text(field(msg, 28)),
    user: text(field(msg, 36)),
    workstation: text(field(msg, 44)),
    encryptedRandomSessionKey: Buffer.from(field(msg, 52))
  };
}

/** AV pairs → TargetInfo bytes, terminated by MsvAvEOL. */
export function encodeAvPairs(pairs: { id: number; value: Buffer }[]): Buffer {
  const parts = pairs.flatMap(({ id, value }) => {
    const h = Buffer.alloc(4);
    h.writeUInt16LE(id, 0);
    h.writeUInt16LE(value.length, 2);
    return [h, value];
  });
  return Buffer.concat([...parts, Buffer.alloc(4)]);
}

/** The value of one AV pair in TargetInfo, or null. */
export function avPair(targetInfo: Buffer, id: number): Buffer | null {
  let at = 0;
  while (at + 4 <= targetInfo.length) {
    const pid = targetInfo.readUInt16LE(at);
    const len = targetInfo.readUInt16LE(at + 2);
    if (pid === AV.eol) return null;
    if (pid === id) return targetInfo.subarray(at + 4, at + 4 + len);
    at += 4 + len;
  }
  return null;
}
