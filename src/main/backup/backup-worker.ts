// Everything long in a backup runs in a worker thread, so that the hourly backup of a big workspace never
// freezes the windows (better-sqlite3 is synchronous: in the main process each of these steps blocks every
// window for as long as it takes, seconds at 100,000 articles; see docs/benchmarks.md, section backup):
// - `copy`: the online copy from the workspace, the media and the manifest written into it, the fsync;
// - `check`: integrity_check, the row counts and every media hash of a backup file.
// The worker is inline JavaScript (no second bundle entry to keep in step with electron-vite), loading
// better-sqlite3 from the path the main process resolved. Its row counts, media listing and manifest
// reading are the twins of those in backup-file.ts (the sync path of the start check); the backup tests
// check both paths against the same damaged files.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const Database = require(workerData.module);
const { manifestTable, mediaTable, format } = workerData.names;
const HASH = /^[0-9a-f]{64}$/;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function countRows(db) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN (?, ?) AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all(manifestTable, mediaTable);
  const counts = {};
  for (const t of tables) counts[t] = db.prepare('SELECT count(*) FROM "' + t.replace(/"/g, '""') + '"').pluck().get();
  return counts;
}

function readManifestJson(db) {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(manifestTable);
  return exists ? db.prepare('SELECT json FROM ' + manifestTable).pluck().get() ?? null : null;
}

function* mediaFiles(workspaceDir) {
  const root = path.join(workspaceDir, 'media');
  if (!fs.existsSync(root)) return;
  for (const sub of fs.readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of fs.readdirSync(path.join(root, sub))) if (HASH.test(name)) yield { hash: name, path: path.join(root, sub, name) };
  }
}

async function copy({ source, temp, manifest }) {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: this connection is not the app's, so a write by the app between two steps would
    // restart the copy; within one step it reads one snapshot while the app goes on writing (WAL).
    await src.backup(temp, { progress: () => 0x7fffffff });
  } finally {
    src.close();
  }
  const db = new Database(temp);
  let json;
  try {
    // A single-file copy: no WAL beside it once it travels. No fsync at each commit: one at the end.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = OFF');
    const rowCounts = countRows(db);
    const schemaVersion = db.pragma('user_version', { simple: true });
    db.exec('CREATE TABLE ' + mediaTable + ' (hash TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT; CREATE TABLE ' + manifestTable + ' (json TEXT NOT NULL) STRICT;');
    const media = [];
    const damagedMedia = [];
    const insert = db.prepare('INSERT INTO ' + mediaTable + ' (hash, bytes) VALUES (?, ?)');
    db.transaction(() => {
      for (const { hash, path: file } of mediaFiles(manifest.workspaceDir)) {
        const bytes = fs.readFileSync(file);
        if (sha256(bytes) !== hash) {
          damagedMedia.push(hash);
          continue;
        }
        insert.run(hash, bytes);
        media.push({ hash, size: bytes.byteLength });
      }
      const full = { format, appVersion: manifest.appVersion, schemaVersion, createdAt: manifest.createdAt, workspaceDir: manifest.workspaceDir, rowCounts, media, damagedMedia, seal: manifest.seal };
      db.prepare('INSERT INTO ' + manifestTable + ' (json) VALUES (?)').run(JSON.stringify(full));
    })();
    json = readManifestJson(db);
  } finally {
    db.close();
  }
  const fd = fs.openSync(temp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { manifestJson: json };
}

function check({ file, max }) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check(' + max + ')').map((r) => r.integrity_check).filter((l) => l !== 'ok');
    const manifestJson = readManifestJson(db);
    const manifest = manifestJson ? JSON.parse(manifestJson) : null;
    if (!manifest || manifest.format !== format) return { integrity, manifestJson: null, rowCounts: {}, media: [] };
    const get = db.prepare('SELECT bytes FROM ' + mediaTable + ' WHERE hash = ?').pluck();
    const media = manifest.media.map((m) => {
      const bytes = get.get(m.hash);
      return { hash: m.hash, state: !bytes ? 'missing' : sha256(bytes) !== m.hash ? 'damaged' : 'ok' };
    });
    return { integrity, manifestJson, rowCounts: countRows(db), media };
  } finally {
    db.close();
  }
}

(async () => {
  try {
    const jobs = { copy, check };
    parentPort.postMessage({ value: await jobs[workerData.job](workerData.input) });
  } catch (err) {
    parentPort.postMessage({ error: String((err && err.message) || err), code: err && err.code });
  }
})();`;

export interface WorkerNames {
  manifestTable: string;
  mediaTable: string;
  format: string;
}

export interface CopyInput {
  /** The live workspace database (read through a connection of the worker's own). */
  source: string;
  temp: string;
  /** What the manifest takes from the app; the rest is read from the copy. */
  manifest: { appVersion: string; createdAt: string; workspaceDir: string; seal: unknown };
}

export interface BackupFacts {
  /** integrity_check's problem lines (empty when ok). */
  integrity: string[];
  /** The manifest as stored, or null when the file has none of this format. */
  manifestJson: string | null;
  /** Rows per table found in the file. */
  rowCounts: Record<string, number>;
  /** Each media file the manifest names, as found in the file. */
  media: { hash: string; state: 'ok' | 'missing' | 'damaged' }[];
}

interface Jobs {
  copy: { input: CopyInput; output: { manifestJson: string | null } };
  check: { input: { file: string; max: number }; output: BackupFacts };
}

/** Runs one job in a fresh worker thread; its errors come back with their SQLite / fs code. */
export function runBackupWorker<J extends keyof Jobs>(job: J, input: Jobs[J]['input'], names: WorkerNames): Promise<Jobs[J]['output']> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { job, input, names, module } });
    worker.once('message', (m: { value?: Jobs[J]['output']; error?: string; code?: string }) => {
      if (m.value) resolve(m.value);
      else reject(Object.assign(new Error(m.error), { code: m.code }));
    });
    worker.once('error', (err) => reject(err instanceof Error ? err : new Error(String(err))));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`backup worker exited with ${code}`));
    });
  });
}
