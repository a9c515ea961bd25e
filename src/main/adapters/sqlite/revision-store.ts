// Compact storage of revision bodies: each text (body JSON, plain text) is cut into content-defined
// chunks, each chunk stored once per article (deflated) under SHA-256(article id, chunk); a revision keeps only the list of
// chunk hashes (its "manifest", 32 bytes per chunk), itself deflated with the previous revision's
// manifest as dictionary, so unchanged hashes cost a few bytes. Every KEYFRAME_EVERY-th revision's
// manifest stands alone, bounding the chain a read follows. An autosave that changes one paragraph
// adds one or two new chunks, so 1,000 autosaves of a long article cost little more than one copy.
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';

const HASH_BYTES = 32;
/** At most this many revisions in a chain of manifests that depend on the previous one. */
const KEYFRAME_EVERY = 32;
/** Decoded manifests kept in memory (immutable, so never stale). */
const CACHE_SIZE = 64;
/** Cut candidates: after these characters (word, JSON node and line ends). */
const CUT_AFTER = new Set([' ', '}', ',', '\n']);
/** Characters before a candidate that decide whether it is a cut (so cuts follow content, not offsets). */
const WINDOW = 16;
/** About one candidate in 128 is a cut: chunks of ~1 KB, a good balance of manifest size against rewritten bytes. */
const CUT_MASK = 127;
const MIN_CHUNK = 64;
const MAX_CHUNK = 8192;

/** Splits `text` into chunks whose concatenation is exactly `text`; the same content gives the same cuts. */
export function chunkText(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const len = i + 1 - start;
    if (len >= MAX_CHUNK || (len >= MIN_CHUNK && CUT_AFTER.has(text[i] as string) && isCut(text, i))) {
      chunks.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/** FNV-1a over the WINDOW characters ending at `end`. */
function isCut(text: string, end: number): boolean {
  let h = 0x811c9dc5;
  for (let j = Math.max(0, end - WINDOW + 1); j <= end; j++) {
    h ^= text.charCodeAt(j);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) & CUT_MASK) === 0;
}

interface Manifests {
  body: Buffer;
  text: Buffer;
}

interface BodyRow {
  base_revision_id: string | null;
  depth: number;
  body_blocks: Buffer;
  text_blocks: Buffer;
}

export class RevisionStore {
  private readonly hasBlock: Database.Statement<[Buffer], { found: number }>;
  private readonly insertBlock: Database.Statement<[Buffer, Buffer]>;
  private readonly readBlock: Database.Statement<[Buffer], { data: Buffer }>;
  private readonly insertBody: Database.Statement<[string, string | null, number, Buffer, Buffer]>;
  private readonly readBody: Database.Statement<[string], BodyRow>;
  private readonly cache = new Map<string, Manifests & { depth: number }>();

  constructor(db: Database.Database) {
    this.hasBlock = db.prepare('SELECT 1 AS found FROM revision_blocks WHERE hash = ?');
    this.insertBlock = db.prepare('INSERT OR IGNORE INTO revision_blocks (hash, data) VALUES (?, ?)');
    this.readBlock = db.prepare('SELECT data FROM revision_blocks WHERE hash = ?');
    this.insertBody = db.prepare(
      'INSERT INTO revision_bodies (revision_id, base_revision_id, depth, body_blocks, text_blocks) VALUES (?, ?, ?, ?, ?)'
    );
    this.readBody = db.prepare('SELECT base_revision_id, depth, body_blocks, text_blocks FROM revision_bodies WHERE revision_id = ?');
  }

  /**
   * Stores a revision's body JSON and plain text; `prevRevisionId` is the revision it was saved on top
   * of. Chunks are keyed per article, so thinning one article's revisions can never take a chunk
   * another article uses. Call inside the saving transaction.
   */
  write(articleId: string, revisionId: string, prevRevisionId: string | null, bodyJson: string, bodyText: string): void {
    const own: Manifests = { body: this.putText(articleId, bodyJson), text: this.putText(articleId, bodyText) };
    const base = prevRevisionId === null ? null : this.manifests(prevRevisionId);
    const chained = base !== null && base.depth + 1 < KEYFRAME_EVERY;
    const depth = chained ? base.depth + 1 : 0;
    const pack = (raw: Buffer, dict: Buffer | undefined) => deflateRawSync(raw, dict && dict.length > 0 ? { dictionary: dict } : {});
    this.insertBody.run(
      revisionId,
      chained ? prevRevisionId : null,
      depth,
      pack(own.body, chained ? base.body : undefined),
      pack(own.text, chained ? base.text : undefined)
    );
    this.remember(revisionId, { ...own, depth });
  }

  /** The exact body JSON and plain text of a revision. */
  read(revisionId: string): { json: string; text: string } {
    const m = this.manifests(revisionId);
    return { json: this.getText(m.body), text: this.getText(m.text) };
  }

  /** The distinct chunk keys a revision's texts are made of (for thinning). */
  chunkKeys(revisionId: string): string[] {
    const m = this.manifests(revisionId);
    const keys = new Set<string>();
    for (const manifest of [m.body, m.text]) {
      for (let at = 0; at < manifest.length; at += HASH_BYTES) keys.add(manifest.subarray(at, at + HASH_BYTES).toString('hex'));
    }
    return [...keys];
  }

  private manifests(revisionId: string): Manifests & { depth: number } {
    const cached = this.cache.get(revisionId);
    if (cached) return cached;
    const row = this.readBody.get(revisionId);
    if (!row) throw new Error(`revision ${revisionId} has no stored body`);
    const base = row.base_revision_id === null ? null : this.manifests(row.base_revision_id);
    const unpack = (packed: Buffer, dict: Buffer | undefined) => inflateRawSync(packed, dict && dict.length > 0 ? { dictionary: dict } : {});
    const m = { body: unpack(row.body_blocks, base?.body), text: unpack(row.text_blocks, base?.text), depth: row.depth };
    this.remember(revisionId, m);
    return m;
  }

  private remember(revisionId: string, m: Manifests & { depth: number }): void {
    this.cache.set(revisionId, m);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Stores the chunks of `text` not stored yet; returns its raw manifest. */
  private putText(articleId: string, text: string): Buffer {
    const hashes = chunkText(text).map((chunk) => {
      const bytes = Buffer.from(chunk, 'utf8');
      const hash = createHash('sha256').update(articleId).update('\0').update(bytes).digest();
      if (!this.hasBlock.get(hash)) this.insertBlock.run(hash, deflateRawSync(bytes));
      return hash;
    });
    return Buffer.concat(hashes);
  }

  private getText(manifest: Buffer): string {
    const parts: Buffer[] = [];
    for (let at = 0; at < manifest.length; at += HASH_BYTES) {
      const row = this.readBlock.get(manifest.subarray(at, at + HASH_BYTES));
      if (!row) throw new Error(`revision block ${manifest.subarray(at, at + HASH_BYTES).toString('hex')} is missing`);
      parts.push(inflateRawSync(row.data));
    }
    return Buffer.concat(parts).toString('utf8');
  }
}
