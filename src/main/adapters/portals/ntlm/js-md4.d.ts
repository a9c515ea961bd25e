// js-md4 ships no types; only the pure-JS digest over bytes is used (its default export goes through
// crypto.createHash('md4'), which Node 20's OpenSSL 3 refuses).
declare module 'js-md4' {
  interface Md4 {
    arrayBuffer(message: Uint8Array): ArrayBuffer;
  }
  const md4: Md4;
  export default md4;
}
