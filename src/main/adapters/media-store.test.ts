import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMediaStore } from './media-store';

const workspace = () => mkdtempSync(join(tmpdir(), 'bbt-media-'));

describe('FileMediaStore', () => {
  it('stores bytes under their SHA-256 and gives them back', () => {
    const dir = workspace();
    const store = new FileMediaStore(dir);
    const bytes = new TextEncoder().encode('ảnh hội nghị');
    const { hash, size } = store.put(bytes);
    expect(hash).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(size).toBe(bytes.byteLength);
    expect(readFileSync(join(dir, 'media', hash.slice(0, 2), hash))).toEqual(Buffer.from(bytes));
    expect(store.has(hash)).toBe(true);
    expect(store.get(hash)).toEqual(bytes);
    // A second store over the same folder (after a restart) sees the file.
    expect(new FileMediaStore(dir).get(hash)).toEqual(bytes);
  });

  it('is idempotent and leaves no temporary files', () => {
    const dir = workspace();
    const store = new FileMediaStore(dir);
    const bytes = new Uint8Array([1, 2, 3]);
    const first = store.put(bytes);
    expect(store.put(bytes)).toEqual(first);
    expect(readdirSync(join(dir, 'media', first.hash.slice(0, 2)))).toEqual([first.hash]);
  });

  it('answers "not here" for unknown or malformed hashes without touching other paths', () => {
    const store = new FileMediaStore(workspace());
    expect(store.get('0'.repeat(64))).toBeNull();
    expect(store.has('0'.repeat(64))).toBe(false);
    expect(store.get('../../etc/passwd')).toBeNull();
    expect(store.has('../workspace.sqlite')).toBe(false);
  });
});
