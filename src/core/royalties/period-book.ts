// Closing and reopening periods. A month is closed when its own newest event is a close or its quarter
// is closed; a quarter is closed when its own newest event is a close or all three of its months are.
// Closing freezes the decisions of every article published in the period; reopening a quarter also
// reopens its closed months (one event each), so that "reopened" means editable again.
import type { SessionUser } from '../../shared/accounts';
import { userRefOf } from '../../shared/article';
import { AppError, ErrorCode } from '../../shared/errors';
import type { RoyaltyPeriodState } from '../../shared/royalties';
import { nfc } from '../../shared/text';
import type { AuditLog, Clock, IdGenerator, TransactionRunner } from '../ports';
import { requireCloser, requireReopener } from './access';
import { parsePeriod, periodLabel, quarterOfMonth, type Period } from './periods';
import type { RoyaltyPeriodEvent, RoyaltyPeriodRepository } from './ports';

export interface PeriodBookDeps {
  periods: RoyaltyPeriodRepository;
  audit: AuditLog;
  tx: TransactionRunner;
  clock: Clock;
  ids: IdGenerator;
}

const monthKeys = (p: Period) => p.months.map((m) => `${p.year}-${String(m).padStart(2, '0')}`);

export class PeriodBook {
  constructor(private readonly d: PeriodBookDeps) {}

  state(period: string): RoyaltyPeriodState {
    const p = parsePeriod(period);
    const own = this.d.periods.latest(p.key);
    let closed = own?.action === 'close';
    let last = own;
    if (!closed && p.kind === 'month') {
      const quarter = this.d.periods.latest(quarterOfMonth(p.key));
      if (quarter?.action === 'close') [closed, last] = [true, quarter];
    }
    if (!closed && p.kind === 'quarter') {
      const months = monthKeys(p).map((m) => this.d.periods.latest(m));
      if (months.every((e) => e?.action === 'close')) [closed, last] = [true, months.reduce((a, b) => (a!.at >= b!.at ? a : b))];
    }
    return {
      period: p.key,
      label: periodLabel(p),
      closed,
      lastChange: last ? { action: last.action, at: last.at, by: last.user.name, reason: last.reason } : null
    };
  }

  /** True when an article paid in `month` ("2026-11") may no longer change. */
  isMonthClosed(month: string): boolean {
    return this.state(month).closed;
  }

  close(period: string, user: SessionUser): RoyaltyPeriodState {
    requireCloser(user);
    const p = parsePeriod(period);
    const now = this.state(p.key);
    if (now.closed) throw new AppError(ErrorCode.CONFLICT, `${now.label} đã chốt nhuận bút.`);
    this.d.tx.transaction(() => this.record(p, 'close', '', user));
    return this.state(p.key);
  }

  reopen(period: string, reason: string, user: SessionUser): RoyaltyPeriodState {
    requireReopener(user);
    const p = parsePeriod(period);
    const why = nfc(reason).trim();
    if (why === '') throw new AppError(ErrorCode.INVALID_INPUT, 'Hãy ghi lý do mở lại kỳ đã chốt.', { reason: 'Hãy ghi lý do mở lại kỳ đã chốt.' });
    const now = this.state(p.key);
    if (!now.closed) throw new AppError(ErrorCode.CONFLICT, `${now.label} chưa chốt nên không cần mở lại.`);
    if (p.kind === 'month' && this.d.periods.latest(quarterOfMonth(p.key))?.action === 'close') {
      const q = parsePeriod(quarterOfMonth(p.key));
      throw new AppError(ErrorCode.CONFLICT, `${periodLabel(q)} đã chốt: hãy mở lại cả quý (${q.key}).`);
    }
    this.d.tx.transaction(() => {
      if (this.d.periods.latest(p.key)?.action === 'close') this.record(p, 'reopen', why, user);
      if (p.kind === 'quarter') {
        for (const m of monthKeys(p)) if (this.d.periods.latest(m)?.action === 'close') this.record(parsePeriod(m), 'reopen', why, user);
      }
    });
    return this.state(p.key);
  }

  private record(p: Period, action: RoyaltyPeriodEvent['action'], reason: string, user: SessionUser): void {
    const event: RoyaltyPeriodEvent = { id: this.d.ids.newId(), period: p.key, action, at: this.d.clock.now().toISOString(), user: userRefOf(user), reason };
    this.d.periods.append(event);
    const label = periodLabel(p);
    this.d.audit.append({
      at: event.at,
      user: event.user,
      action: `royalty.period.${action}`,
      articleId: null,
      description: action === 'close' ? `Chốt kỳ nhuận bút ${label}` : `Mở lại kỳ nhuận bút ${label}: ${reason}`,
      details: { periodEventId: event.id, period: p.key, ...(reason ? { reason } : {}) }
    });
  }
}
