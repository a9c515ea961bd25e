// PRAGMA integrity_check reads every page: about 0.4 s for a 170 MB workspace (10,000 articles), so seconds
// for 100,000, which in the main process would freeze every window during each hourly backup. It runs in a
// worker thread instead. The worker is inline JavaScript (no second bundle entry to keep in step with
// electron-vite), loading better-sqlite3 from the path the main process resolved.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db = null;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const lines = db.pragma('integrity_check(' + workerData.max + ')').map((r) => r.integrity_check).filter((l) => l !== 'ok');
  parentPort.postMessage({ lines });
} catch (err) {
  parentPort.postMessage({ error: String(err && err.message || err), code: err && err.code });
} finally {
  if (db) db.close();
}`;

/** integrity_check's problem lines (empty when ok), computed off the main thread. */
export function integrityCheckInWorker(file: string, max: number): Promise<string[]> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { file, max, module } });
    worker.once('message', (m: { lines?: string[]; error?: string; code?: string }) => {
      if (m.lines) resolve(m.lines);
      else reject(Object.assign(new Error(m.error), { code: m.code }));
    });
    worker.once('error', (err) => reject(err instanceof Error ? err : new Error(String(err))));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`integrity worker exited with ${code}`));
    });
  });
}
