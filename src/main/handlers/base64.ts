// Files cross the bridge as base64; decoded here, then checked by content and size in the services.
export function decodeBase64(data: string): Uint8Array {
  const buf = Buffer.from(data, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
