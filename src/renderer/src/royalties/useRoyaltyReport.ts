// "Bảng kê nhuận bút" of one period: loads it, closes or reopens the period, downloads its exports.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoyaltyExportFormat, RoyaltyReport } from '../../../shared/royalties';
import { call, errorMessage } from '../api';
import { downloadFile, XLSX_TYPE } from '../download';

const EXPORT_TYPES: Record<RoyaltyExportFormat, string> = { xlsx: XLSX_TYPE, pdf: 'application/pdf' };

export function useRoyaltyReport(period: string) {
  const [report, setReport] = useState<RoyaltyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState<RoyaltyExportFormat | null>(null);
  // Only the answer for the period on screen counts (the user may pick another before it arrives).
  const current = useRef(period);

  const load = useCallback(async () => {
    current.current = period;
    try {
      const next = await call('royalty.report', { period });
      if (current.current !== period) return;
      setReport(next);
      setError(null);
    } catch (err) {
      if (current.current !== period) return;
      setReport(null);
      setError(errorMessage(err));
    }
  }, [period]);

  useEffect(() => {
    setReport(null);
    void load();
  }, [load]);

  const close = useCallback(async () => {
    await call('royalty.period.close', { period });
    await load();
  }, [period, load]);

  const reopen = useCallback(
    async (reason: string) => {
      await call('royalty.period.reopen', { period, reason });
      await load();
    },
    [period, load]
  );

  const download = useCallback(
    async (format: RoyaltyExportFormat) => {
      setExporting(format);
      try {
        const file = await call('royalty.export', { period, format });
        downloadFile(file.fileName, file.dataBase64, EXPORT_TYPES[format]);
      } finally {
        setExporting(null);
      }
    },
    [period]
  );

  return { report, error, exporting, close, reopen, download, reload: load };
}
