// The period report for the screens (permission checked from the session) and its exports: XLSX through
// the workbook writer, PDF through the print pipeline (the same engine as bulletins and slips).
import type { Role, SessionUser } from '../../shared/accounts';
import type { RoyaltyExportFormat, RoyaltyReport } from '../../shared/royalties';
import type { PdfRenderer, PrintFonts } from '../printing/ports';
import { requireReader } from './access';
import { parsePeriod } from './periods';
import type { RoyaltyWorkbookWriter } from './ports';
import { buildRoyaltyReport, type ReportBuilderDeps } from './report-builder';
import { buildRoyaltyReportHtml } from './report-html';

export interface RoyaltyReportServiceDeps extends ReportBuilderDeps {
  deciderRoles: () => readonly Role[];
  workbook: RoyaltyWorkbookWriter;
  pdf: PdfRenderer;
  fonts: PrintFonts;
}

export interface RoyaltyExport {
  fileName: string;
  bytes: Uint8Array;
  report: RoyaltyReport;
}

export class RoyaltyReportService {
  constructor(private readonly d: RoyaltyReportServiceDeps) {}

  /** The report itself, for the command line (which has the workspace folder anyway). */
  build(period: string): RoyaltyReport {
    return buildRoyaltyReport(this.d, period);
  }

  report(period: string, user: SessionUser): RoyaltyReport {
    requireReader(user, this.d.deciderRoles());
    return this.build(period);
  }

  async export(period: string, format: RoyaltyExportFormat, user: SessionUser): Promise<RoyaltyExport> {
    requireReader(user, this.d.deciderRoles());
    return this.render(period, format);
  }

  async render(period: string, format: RoyaltyExportFormat): Promise<RoyaltyExport> {
    const report = this.build(period);
    const fileName = `bang-ke-nhuan-but-${parsePeriod(period).key.toLowerCase()}.${format}`;
    const bytes = format === 'xlsx' ? await this.d.workbook.write(report) : await this.d.pdf.render(buildRoyaltyReportHtml(report, this.d.fonts.fonts()), { pageSize: 'A4' });
    return { fileName, bytes, report };
  }
}
