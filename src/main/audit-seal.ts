// "Niêm phong nhật ký": signs the audit chain's head with the installation key and writes the seal
// outside the database (the backup folder, or a file the user names); each seal is also noted in the
// chain ('audit.seal'), which is where the admin's "last seal" date comes from. The seal job seals
// daily; the app seals after every publication, and use-cases seal through ChainSealer: each printed
// slip and each publication (its receipt and the portal copy carry the seal or its stamp).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkpointStep, checkSeal, sealMessage, unsignedSeal, type Seal, type SealReport } from '../core/audit/seal';
import { checkSealStamp, readSealDocument, type ChainSealer, type SealStamp } from '../core/audit/seal-stamp';
import type { Clock } from '../core/ports';
import type { UserRef } from '../shared/article';
import type { AuditEntry } from '../shared/workflow';
import { keyIdOf } from './adapters/crypto/key-vault';
import { InstallationKey, verifyEd25519 } from './adapters/crypto/installation-key';
import type { SqliteAuditLog, AuditRow } from './adapters/sqlite/audit-log';
import { toAuditEntry } from './adapters/sqlite/audit-log';
import type Database from 'better-sqlite3';
import { nodeHasher } from './adapters/system';
import type { EventHub } from './events/event-hub';

export const SEAL_ACTION = 'audit.seal';
/** Inside the workspace folder unless the installer points it elsewhere (another disk, a share). */
export const BACKUP_DIR_ENV = 'BBT_BACKUP_DIR';

export type SealReason = 'manual' | 'daily' | 'publication' | 'slip' | 'backup';

export interface AuditSealerDeps {
  db: Database.Database;
  audit: SqliteAuditLog;
  workspaceDir: string;
  backupDir: string;
  clock: Clock;
}

export class AuditSealer implements ChainSealer {
  private readonly key: InstallationKey;

  constructor(private readonly d: AuditSealerDeps) {
    this.key = new InstallationKey(d.workspaceDir);
  }

  /**
   * Seals the current head, writes it to `out` (default: a new file in the backup folder) and notes it in
   * the chain. `at` (default now): a slip's seal carries the time of its printing, so its QR code needs no second time.
   * `inside`: the seal travels inside that file (a backup's manifest), so no separate seal file is written.
   * `record: false`: not noted in the chain (a backup taken read-only beside the running app cannot write).
   */
  seal(
    reason: SealReason,
    user: UserRef | null,
    opts: { out?: string; at?: string; inside?: string; record?: boolean } = {}
  ): { seal: Seal; file: string } | null {
    const { out } = opts;
    const head = this.d.audit.head();
    if (head.seq === 0) return null;
    const step = checkpointStep(head.seq);
    // Only the rows the seal names: the first, every checkpoint, the head (no full scan per publication).
    const rows = this.d.db.prepare('SELECT * FROM audit_log WHERE seq = 1 OR seq % ? = 0 OR seq = ? ORDER BY seq').all(step, head.seq) as AuditRow[];
    const at = opts.at ?? this.d.clock.now().toISOString();
    const unsigned = unsignedSeal(rows.map(toAuditEntry), at, this.key.ensure())!;
    const seal: Seal = { ...unsigned, signature: this.key.sign(sealMessage(unsigned)) };
    let file = out ?? opts.inside;
    if (!file) {
      mkdirSync(this.d.backupDir, { recursive: true });
      file = join(this.d.backupDir, `niem-phong-${at.replace(/[-:]/g, '').replace(/\..*$/, '')}-${seal.seq}.json`);
    }
    if (!opts.inside) writeFileSync(file, JSON.stringify(seal, null, 2) + '\n', { flag: out ? 'w' : 'wx' });
    if (opts.record === false) return { seal, file };
    this.d.audit.append({
      at,
      user,
      action: SEAL_ACTION,
      articleId: null,
      description: `Niêm phong nhật ký đến mục số ${seal.seq}`,
      details: { seq: seal.seq, hash: seal.hash, installationKeyId: seal.installationKeyId, reason, file }
    });
    return { seal, file };
  }

  /** Seals unless nothing but the last seal was written since, or (with `minAgeMs`) the last seal is younger. */
  sealIfChanged(reason: SealReason, minAgeMs = 0): { seal: Seal; file: string } | null {
    const last = this.d.audit.list({ limit: 1, offset: 0 }).items[0];
    if (!last || last.action === SEAL_ACTION) return null;
    const previous = minAgeMs > 0 ? this.lastSeal() : null;
    if (previous && this.d.clock.now().getTime() - Date.parse(previous.at) < minAgeMs) return null;
    return this.seal(reason, null);
  }

  sealHead(reason: 'slip' | 'publication', user: UserRef | null, at?: string): Seal | null {
    return this.seal(reason, user, { at })?.seal ?? null;
  }

  /** Checks a seal file, a manifest holding a seal, or a page carrying a stamp against this workspace's chain. */
  check(text: string): SealReport {
    const doc = readSealDocument(text);
    if (typeof doc === 'string') return { ok: false, seq: null, at: null, problem: doc, firstBadSeq: null };
    if (doc.kind === 'stamp') return this.checkStamp(doc.stamp);
    return checkSeal(doc.seal, this.d.audit.all(), this.checkDeps(), nodeHasher);
  }

  checkStamp(stamp: SealStamp): SealReport {
    return checkSealStamp(stamp, this.d.audit.all(), this.checkDeps(), nodeHasher);
  }

  private checkDeps() {
    return { keyIdOf, verify: verifyEd25519, installationKey: this.key.publicKey() };
  }

  /** The chain's note of the latest seal, if any. */
  lastSeal(): AuditEntry | null {
    return this.d.audit.list({ action: SEAL_ACTION, limit: 1, offset: 0 }).items[0] ?? null;
  }
}

const HOUR_MS = 60 * 60_000;

/**
 * Seals after every publication (the command line's too) and, with `daily`, runs the daily seal job. The
 * worker sealed just before sending (that seal is on the portal copy); this one also covers the publication's
 * own record (the receipt in the chain), so it is in the backup folder at once rather than the next day.
 */
export function startSealing(opts: { sealer: AuditSealer; events: EventHub; log: (line: string) => void; daily: boolean }): { stop(): void } {
  const { sealer, events, log } = opts;
  const job = opts.daily ? startSealJob({ sealer, log }) : null;
  const unsubscribe = events.subscribe((e) => {
    if (e.type !== 'outbox.changed' || e.payload.state !== 'done') return;
    try {
      sealer.sealIfChanged('publication');
    } catch (err) {
      log(`[seal] sealing after a publication failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  });
  return {
    stop() {
      job?.stop();
      unsubscribe();
    }
  };
}

/** Daily seal: checked a few minutes after start, then hourly; seals when the last seal is a day old. */
export function startSealJob(opts: { sealer: AuditSealer; log: (line: string) => void; intervalMs?: number; firstDelayMs?: number }): { stop(): void } {
  const { sealer, log, intervalMs = HOUR_MS, firstDelayMs = 5 * 60_000 } = opts;
  const run = () => {
    try {
      const sealed = sealer.sealIfChanged('daily', 24 * HOUR_MS - 5 * 60_000);
      if (sealed) log(`[seal] sealed the audit chain at seq ${sealed.seal.seq} to ${sealed.file}`);
    } catch (err) {
      log(`[seal] failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  let interval: ReturnType<typeof setInterval> | null = null;
  const first = setTimeout(() => {
    run();
    interval = setInterval(run, intervalMs);
    interval.unref();
  }, firstDelayMs);
  first.unref();
  return {
    stop() {
      clearTimeout(first);
      if (interval) clearInterval(interval);
    }
  };
}
