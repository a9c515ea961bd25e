import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../core/testing/fakes';
import type { AppEvent } from '../../shared/events';
import { openApp, type App } from '../app';
import { EventHub } from '../events/event-hub';
import { verifyBackup } from './backup-file';
import { startBackupJob } from './backup-job';
import { backupWorkspace } from './workspace-backup';

let dir: string;
let app: App | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-backup-job-'));
});
afterEach(() => {
  app?.close();
  app = null;
  rmSync(dir, { recursive: true, force: true });
});

const HOUR = 3_600_000;

describe('automatic backups', () => {
  it('backs up hourly into the folder, drops older ones by the rotation only after the new one is verified, and reports progress', async () => {
    app = openApp({ workspaceDir: join(dir, 'ws'), mode: 'cli', sample: true, samplePassword: 'mat-khau-mau-1', log: () => {}, overrides: { jobs: false } });
    const opened = app;
    const clock = new FakeClock('2026-12-01T01:00:00Z');
    const events = new EventHub(() => {});
    const seen: AppEvent[] = [];
    events.subscribe((e) => void seen.push(e));
    const folder = join(dir, 'usb');
    const job = startBackupJob({
      backup: (out, now) => backupWorkspace(opened, out, { now }),
      changes: () => opened.store.db.prepare('SELECT total_changes()').pluck().get() as number,
      dir: folder,
      clock,
      log: () => {},
      events,
      policy: { hourly: 2, daily: 0, weekly: 0 },
      firstDelayMs: 10 * HOUR
    });
    try {
      for (let i = 0; i < 4; i++) {
        opened.services.articles.create({ title: `Bài ${i}` }, opened.ctx.user);
        expect(await job.runNow()).not.toBeNull();
        clock.advance(HOUR);
      }
      const files = readdirSync(folder).sort();
      expect(files).toEqual(['sao-luu-20261201T030000Z.bbtbackup', 'sao-luu-20261201T040000Z.bbtbackup']);
      for (const f of files) expect(verifyBackup(join(folder, f)).ok).toBe(true);
      expect(job.last()?.file).toBe(join(folder, 'sao-luu-20261201T040000Z.bbtbackup'));
      // An idle hour: nothing written since, so no new copy and no seal note in the chain.
      const head = opened.store.audit.head().seq;
      expect(await job.runNow()).toEqual(job.last());
      expect(readdirSync(folder).sort()).toEqual(files);
      expect(opened.store.audit.head().seq).toBe(head);
      const progress = seen.filter((e) => e.type === 'job.progress').map((e) => e.payload as { kind: string; state: string });
      expect(progress.filter((p) => p.kind === 'backup').map((p) => p.state)).toEqual(['running', 'done', 'running', 'done', 'running', 'done', 'running', 'done']);
    } finally {
      job.stop();
    }
  }, 90_000);

  it('keeps every older backup when a new one fails, and says so', async () => {
    const folder = join(dir, 'usb');
    mkdirSync(folder);
    const old = ['sao-luu-20261101T010000Z.bbtbackup', 'sao-luu-20261130T010000Z.bbtbackup'];
    for (const f of old) writeFileSync(join(folder, f), '');
    const events = new EventHub(() => {});
    const seen: AppEvent[] = [];
    events.subscribe((e) => void seen.push(e));
    const job = startBackupJob({
      backup: async () => {
        throw new Error('disk full');
      },
      dir: folder,
      clock: new FakeClock('2026-12-01T01:00:00Z'),
      log: () => {},
      events,
      // Were the new backup counted, this policy would drop both older ones.
      policy: { hourly: 1, daily: 0, weekly: 0 },
      firstDelayMs: 10 * HOUR
    });
    try {
      expect(await job.runNow()).toBeNull();
      expect(readdirSync(folder).sort()).toEqual(old);
      expect(job.last()?.file).toBe(join(folder, old[1]!));
      const last = seen.filter((e) => e.type === 'job.progress').at(-1)!.payload as { state: string; error: string };
      expect(last).toMatchObject({ state: 'failed' });
      expect(last.error).toMatch(/các bản sao lưu cũ vẫn còn nguyên/);
    } finally {
      job.stop();
    }
  });
});
