// The kill harness's checks must be able to fail: a save acknowledged but not in the workspace, and an
// article in the folder that the outbox knows nothing of, are each reported (no writer process needed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { prepareHarnessWorkspace } from './harness-app';
import { checkAfterKill, type Acks } from './kill-harness';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-kill-checks-'));
  dirs.push(dir);
  return { dir, ...(await prepareHarnessWorkspace(dir)) };
}

const acks = (over: Partial<Acks>): Acks => ({ saves: new Map(), signOffs: new Map(), sent: new Map(), saveMs: [], ...over });

it('reports an acknowledged save that the workspace does not hold as lost', async () => {
  const w = await workspace();
  const saves = new Map([['01a23d4f-628a-777a-917c-da32c4741521', { articleId: '01a23d4f-6218-7431-8f9a-7a745224342e', contentHash: 'a'.repeat(64) }]]);
  const found = checkAfterKill(w.dir, w.folder, { readyMs: null, killedAfterMs: 0, acks: acks({ saves }) });
  expect(found.lost).toBe(1);
  expect(found.problems).toEqual([expect.stringContaining('acknowledged save lost')]);
});

it('reports an article in the publication folder that no outbox entry accounts for', async () => {
  const w = await workspace();
  mkdirSync(join(w.folder, 'bai-la'));
  writeFileSync(join(w.folder, 'bai-la', 'manifest.json'), JSON.stringify({ key: 'bbt-01a23d4f-6218-7431-8f9a-7a745224342e' }));
  const found = checkAfterKill(w.dir, w.folder, { readyMs: null, killedAfterMs: 0, acks: acks({}) });
  expect(found).toEqual({ lost: 0, problems: [expect.stringContaining('in the folder without a done or sending entry')] });
});
