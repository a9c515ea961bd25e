// The app killed (SIGKILL) while the portal has applied a create but not answered yet: after a restart
// the entry's lease runs out, the worker looks the item up and the list still holds exactly one item.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import { startSharePointEmulator, type SharePointEmulator } from '../adapters/portals/sharepoint-emulator';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';

const LIST = 'Tin Tức Mở Rộng';
let sp: SharePointEmulator | null = null;
const fixtures: WorkflowFixture[] = [];
afterEach(async () => {
  for (const f of fixtures.splice(0).reverse()) f.close();
  await sp?.close();
});

it('a publication interrupted by SIGKILL after the portal applied it ends with one item once the app runs again', async () => {
  sp = await startSharePointEmulator({ port: 0, profile: '2016' });
  const f = openWorkflowFixture();
  f.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', f.users.qt);
  const target = f.app.services.publishing.addTarget(
    { name: 'Cổng', type: 'sharepoint', config: { url: sp.webUrl, list: LIST, auth: 'ntlm', user: 'PORTAL\\bbt' }, secret: 'Mat-khau-SP-2026' },
    f.users.qt
  );
  const a = f.articleIn('cho_duyet', 'btv', { title: 'Bài gửi lúc mất điện', body: textToBody('Nội dung.'), category: 'Kinh tế', articleType: 'Tin' });
  expect((await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).ok).toBe(true);
  const queued = await f.call('publish.enqueue', { articleId: a.id, targetId: target.id, confirm: true }, f.users.btv);
  if (!queued.ok) throw new Error(queued.error.message);
  const dir = f.dir;
  f.app.close();

  // The create is applied at once, its answer held back: the child is killed while it waits.
  const emulator = sp;
  emulator.faults.add({ kind: 'delay', ms: 20_000, method: 'POST', path: /\/items$/i });
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'send-once.fixture.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const poll = setInterval(() => {
      if (emulator.items(LIST).length > 0) child.kill('SIGKILL');
    }, 20);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error('the sender finished before it was killed'));
    });
  });
  expect(sp.items(LIST)).toHaveLength(1);

  // The app again, after the lease of the killed send ran out (5 minutes).
  const again = openWorkflowFixture({ dir, start: Date.now() + 10 * 60_000 });
  fixtures.push(again);
  expect(again.app.services.publishing.queue(again.users.qt)[0]).toMatchObject({ state: 'sending' });
  await again.app.services.outbox.runOnce();
  expect(again.app.services.publishing.queue(again.users.qt)[0]).toMatchObject({ state: 'done' });
  expect(sp.items(LIST).filter((i) => i.values.PortalSyncKey === `bbt-${a.id}`)).toHaveLength(1);
  expect(again.articles.get(a.id).status).toBe('da_xuat_ban');
}, 60_000);
