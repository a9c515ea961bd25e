import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteStore } from './store';
import { tempDbFile } from './test-fixtures';

/** Starts the writer, waits until it reports `count` committed saves, then kills it with SIGKILL. */
function killWriterAfter(file: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.fixture.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit']
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').length > count) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      // Only complete lines: a save is reported (after its commit) by a whole line.
      signal === 'SIGKILL' ? resolve(out.slice(0, out.lastIndexOf('\n')).split('\n')) : reject(new Error(`writer exited without being killed: ${out}`))
    );
  });
}

describe('crash safety', () => {
  it('keeps every save reported as committed when the process is killed mid-work, and checks the file', async () => {
    const file = tempDbFile();
    const committed = await killWriterAfter(file, 30);
    expect(committed.length).toBeGreaterThanOrEqual(30);
    const store = createSqliteStore(file);
    expect(store.uncleanShutdown).toBe(true);
    expect(store.integrity).toEqual({ ok: true, problems: [] });
    for (const id of committed) expect(store.articles.get(id)?.id).toBe(id);
    store.close();
  });
});
