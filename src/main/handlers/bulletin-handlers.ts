// bulletinProfile.* and bulletin.*: "Cài đặt › Bản tin" and the composer. Rules (admin for the profile,
// board roles for composing, readiness of articles, 64 pages) live in the core services.
import type { AppServices } from '../app';
import type { Handlers } from './types';

type BulletinMethods = Pick<
  Handlers,
  | 'bulletinProfile.current'
  | 'bulletinProfile.history'
  | 'bulletinProfile.save'
  | 'bulletin.list'
  | 'bulletin.get'
  | 'bulletin.candidates'
  | 'bulletin.create'
  | 'bulletin.save'
  | 'bulletin.print'
>;

export function bulletinHandlers(s: Pick<AppServices, 'bulletinProfile' | 'bulletins' | 'bulletinPrinter'>): BulletinMethods {
  return {
    'bulletinProfile.current': async () => s.bulletinProfile.current(),
    'bulletinProfile.history': async () => s.bulletinProfile.history(),
    'bulletinProfile.save': async ({ fields, effectiveFrom }, ctx) => s.bulletinProfile.save(fields, effectiveFrom, ctx.user),
    'bulletin.list': async () => s.bulletins.list(),
    'bulletin.get': async ({ id }) => s.bulletins.get(id),
    'bulletin.candidates': async () => s.bulletins.candidates(),
    'bulletin.create': async ({ date }, ctx) => s.bulletins.create(ctx.user, date),
    'bulletin.save': async ({ id, date, sections }, ctx) => s.bulletins.save(id, { date, sections }, ctx.user),
    'bulletin.print': async ({ id }, ctx) => {
      const printed = await s.bulletinPrinter.print(id, ctx.user);
      return { fileName: printed.fileName, dataBase64: Buffer.from(printed.bytes).toString('base64'), pageCount: printed.pageCount };
    }
  };
}
