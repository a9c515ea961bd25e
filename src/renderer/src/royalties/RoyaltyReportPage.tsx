// "Nhuận bút": the period's "Bảng kê nhuận bút" — per person, totals and the amount in words — with closing,
// reopening, the XLSX/PDF exports and the published articles still waiting for a decision.
import { useState } from 'react';
import type { RoyaltyAccess, RoyaltyExportFormat } from '../../../shared/royalties';
import { errorMessage } from '../api';
import { useApp } from '../app-context';
import { formatDateTime } from '../format';
import { hrefOf, navigate } from '../router';
import { ClosePeriodDialog } from './ClosePeriodDialog';
import { PeriodPicker } from './PeriodPicker';
import { defaultPeriod, parsePeriod } from './period';
import { ReopenPeriodDialog } from './ReopenPeriodDialog';
import { ReportTable } from './ReportTable';
import { UndecidedList } from './UndecidedList';
import { useRoyaltyAccess } from './useRoyaltyAccess';
import { useRoyaltyReport } from './useRoyaltyReport';
import './royalties.css';

export function RoyaltyReportPage({ period: asked }: { period: string | null }) {
  const access = useRoyaltyAccess();
  if (!access) return null;
  if (!access.read) {
    return (
      <section className="royalties-page">
        <h1>Nhuận bút</h1>
        <p className="form-error" role="alert">
          Bạn không có quyền xem nhuận bút. Chỉ Thư ký, lãnh đạo Ban biên tập và quản trị viên xem được bảng kê.
        </p>
      </section>
    );
  }
  return <Report period={asked && parsePeriod(asked) ? asked : defaultPeriod()} access={access} />;
}

function Report({ period, access }: { period: string; access: RoyaltyAccess }) {
  const { notify } = useApp();
  const { report, error, exporting, close, reopen, download } = useRoyaltyReport(period);
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);

  async function exportAs(format: RoyaltyExportFormat) {
    try {
      await download(format);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  const state = report?.period;
  return (
    <section className="royalties-page">
      <div className="page-head">
        <h1>Bảng kê nhuận bút</h1>
        {access.admin && <a href={hrefOf({ page: 'royaltySettings' })}>Cài đặt nhuận bút</a>}
      </div>
      <div className="royalty-toolbar">
        <PeriodPicker period={period} onChange={(p) => navigate({ page: 'royalties', period: p })} />
        {state && (
          <div className="royalty-actions">
            <button type="button" onClick={() => void exportAs('xlsx')} disabled={exporting !== null}>
              {exporting === 'xlsx' ? 'Đang tạo tệp…' : 'Tải Excel (.xlsx)'}
            </button>
            <button type="button" onClick={() => void exportAs('pdf')} disabled={exporting !== null}>
              {exporting === 'pdf' ? 'Đang tạo tệp…' : 'Tải PDF'}
            </button>
            {!state.closed && access.close && (
              <button type="button" className="primary" onClick={() => setDialog('close')}>
                Chốt kỳ
              </button>
            )}
            {state.closed && access.admin && (
              <button type="button" className="danger-outline" onClick={() => setDialog('reopen')}>
                Mở lại kỳ
              </button>
            )}
          </div>
        )}
      </div>

      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p className="muted">Đang tải…</p>}
      {report && state && (
        <>
          <div className="royalty-period">
            <h2>
              {state.label} <span className="hint">({report.from} – {report.to})</span>
            </h2>
            <span className={`badge ${state.closed ? 'period-closed' : 'period-open'}`}>{state.closed ? 'Đã chốt' : 'Đang mở'}</span>
            {state.lastChange && (
              <span className="hint">
                {state.lastChange.action === 'close' ? 'Chốt' : 'Mở lại'} lúc {formatDateTime(state.lastChange.at)} — {state.lastChange.by}
                {state.lastChange.reason ? `: ${state.lastChange.reason}` : ''}
              </span>
            )}
          </div>
          {report.settingsVersions.some((v) => v.example) && (
            <p className="role-warning">Số tiền tính theo bảng mẫu — hãy thay bằng quy định của tỉnh/huyện trong “Cài đặt nhuận bút”.</p>
          )}
          <ReportTable report={report} />
          <section className="royalty-total" aria-label="Tổng cộng">
            <p>
              Tổng cộng: <strong>{report.totalText}</strong>
            </p>
            <p>
              Bằng chữ: <em>{report.totalInWords}</em>
            </p>
          </section>
          <UndecidedList articles={report.undecided} />
          {dialog === 'close' && <ClosePeriodDialog label={state.label} undecided={report.undecided.length} onClose={() => setDialog(null)} onConfirm={close} />}
          {dialog === 'reopen' && <ReopenPeriodDialog label={state.label} onClose={() => setDialog(null)} onConfirm={reopen} />}
        </>
      )}
    </section>
  );
}
