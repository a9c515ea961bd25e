// royalty.*: "Nhuận bút" — settings, per-article decisions, periods, the report and its exports. Rules
// (who decides, reads, closes and reopens; ranges; closed periods; audit) live in the core services.
import { EXAMPLE_ROYALTY_SETTINGS } from '../../core/royalties/example-table';
import type { AppServices } from '../app';
import type { Handlers } from './types';

type RoyaltyMethods = Pick<Handlers, Extract<keyof Handlers, `royalty.${string}`>>;

export function royaltyHandlers(s: Pick<AppServices, 'royaltySettings' | 'royaltyPeriods' | 'royalties' | 'royaltyReports'>): RoyaltyMethods {
  return {
    'royalty.settings.current': async () => s.royaltySettings.current(),
    'royalty.settings.history': async () => s.royaltySettings.history(),
    'royalty.settings.example': async () => structuredClone(EXAMPLE_ROYALTY_SETTINGS),
    'royalty.settings.save': async ({ fields, effectiveFrom }, ctx) => s.royaltySettings.save(fields, effectiveFrom, ctx.user),
    'royalty.access': async (_input, ctx) => s.royalties.access(ctx.user),
    'royalty.articles': async ({ period }, ctx) => s.royalties.articles(period, ctx.user),
    'royalty.decision.get': async ({ articleId }, ctx) => s.royalties.view(articleId, ctx.user),
    'royalty.decision.preview': async ({ articleId, decision }, ctx) => s.royalties.preview(articleId, decision, ctx.user),
    'royalty.decision.save': async ({ articleId, decision }, ctx) => s.royalties.save(articleId, decision, ctx.user),
    'royalty.people': async (_input, ctx) => s.royalties.people(ctx.user),
    'royalty.report': async ({ period }, ctx) => s.royaltyReports.report(period, ctx.user),
    'royalty.period.get': async ({ period }) => s.royaltyPeriods.state(period),
    'royalty.period.close': async ({ period }, ctx) => s.royaltyPeriods.close(period, ctx.user),
    'royalty.period.reopen': async ({ period, reason }, ctx) => s.royaltyPeriods.reopen(period, reason, ctx.user),
    'royalty.export': async ({ period, format }, ctx) => {
      const out = await s.royaltyReports.export(period, format, ctx.user);
      return { fileName: out.fileName, dataBase64: Buffer.from(out.bytes).toString('base64') };
    }
  };
}
