// "Bảng kê nhuận bút" of a month or quarter: one row per payee and article from the stored decisions
// (amounts are never recomputed, so a closed period reads the same forever), grouped by person in
// Vietnamese order, with totals, the total in words, the settings versions that applied and the
// published articles still without a decision.
import type { ProfileVersion } from '../../shared/profile';
import type { RoyaltyPersonTotal, RoyaltyReport, RoyaltyReportRow } from '../../shared/royalties';
import { compareVi } from '../../shared/text';
import type { Clock } from '../ports';
import { showDecimal } from './decimal';
import type { DecisionService } from './decision-service';
import { amountInWords } from './number-words';
import type { PeriodBook } from './period-book';
import { parsePeriod, periodDays, periodRange } from './periods';
import type { RoyaltyDecisionRepository, StoredRoyaltyDecision } from './ports';
import type { RoyaltySettingsService } from './settings-service';
import { formatDong } from './vnd';

export interface ReportBuilderDeps {
  decisions: RoyaltyDecisionRepository;
  published: Pick<DecisionService, 'publishedIn'>;
  articles: { get(id: string): { title: string } };
  settings: Pick<RoyaltySettingsService, 'byId'>;
  periods: Pick<PeriodBook, 'state'>;
  profile: { at(iso: string): ProfileVersion | null };
  clock: Clock;
}

export function buildRoyaltyReport(d: ReportBuilderDeps, periodKey: string): RoyaltyReport {
  const p = parsePeriod(periodKey);
  const months = p.months.map((m) => `${p.year}-${String(m).padStart(2, '0')}`);
  const decisions = d.decisions.latestInMonths(months);
  const decided = new Set(decisions.map((x) => x.articleId));
  const byPerson = new Map<string, RoyaltyPersonTotal>();
  for (const decision of [...decisions].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))) {
    for (const row of rowsOf(decision, d.articles.get(decision.articleId))) {
      // One line per person: an account is one person whatever the spelling; others by their name.
      const key = row.userId ?? `name:${row.payee.toLocaleLowerCase('vi')}`;
      const person = byPerson.get(key) ?? { payee: row.payee, userId: row.userId, rows: [], total: 0 };
      person.rows.push(row);
      person.total += row.amount;
      byPerson.set(key, person);
    }
  }
  const people = [...byPerson.values()].sort((a, b) => compareVi(a.payee, b.payee));
  const total = people.reduce((s, x) => s + x.total, 0);
  const versionIds = [...new Set(decisions.map((x) => x.settingsVersionId))];
  const days = periodDays(p);
  const { toUtc } = periodRange(p);
  const profile = d.profile.at(new Date(Date.parse(toUtc) - 1).toISOString()) ?? d.profile.at(d.clock.now().toISOString());
  return {
    period: d.periods.state(p.key),
    from: days.from,
    to: days.to,
    agencyName: profile?.agencyName ?? '',
    people,
    total,
    totalText: formatDong(total),
    totalInWords: amountInWords(total),
    settingsVersions: versionIds
      .map((id) => d.settings.byId(id))
      .filter((v) => v !== null)
      .map((v) => ({ id: v.id, effectiveFrom: v.effectiveFrom, basis: v.basis, example: v.example, unitValue: v.unitValue })),
    undecided: d.published.publishedIn(p.key).filter((a) => !decided.has(a.id)),
    generatedAt: d.clock.now().toISOString()
  };
}

function rowsOf(decision: StoredRoyaltyDecision, article: { title: string }): RoyaltyReportRow[] {
  const { input, amounts } = decision;
  const photoParts = [
    ...(input.newsPhotos > 0 ? [`${input.newsPhotos} × ${showDecimal(input.newsPhotoCoefficient)}`] : []),
    ...(input.artPhotos > 0 ? [`${input.artPhotos} × ${showDecimal(input.artPhotoCoefficient)}`] : [])
  ];
  return amounts.payees.map((p) => ({
    payee: p.name,
    userId: p.userId,
    articleId: decision.articleId,
    title: article.title,
    articleType: decision.articleType,
    publishedAt: decision.publishedAt,
    part: p.part,
    coefficient: p.part === 'text' ? input.coefficient : '',
    photos: p.part === 'photo' ? input.newsPhotos + input.artPhotos : 0,
    photoCoefficients: p.part === 'photo' ? photoParts.join(' + ') : '',
    extrasPercent: amounts.extrasPercent,
    sharePercent: p.sharePercent,
    amount: p.amount,
    settingsVersionId: decision.settingsVersionId
  }));
}
