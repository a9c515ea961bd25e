// The sample workspace's bulletin: a filled profile (Kiến Tường's bulletin, 19 × 27 cm) and issue Số 1
// composed of the signed-off and published sample articles, one section per category.
import type { BulletinProfileService } from '../../core/bulletins/bulletin-profile-service';
import type { BulletinService } from '../../core/bulletins/bulletin-service';
import type { SessionUser } from '../../shared/accounts';
import { DEFAULT_BULLETIN_MARGINS, type BulletinProfileFields, type BulletinSection } from '../../shared/bulletin';

export const SAMPLE_BULLETIN_PROFILE: BulletinProfileFields = {
  name: 'Kiến Tường',
  agency: 'Ủy ban nhân dân thị xã Kiến Tường',
  licenceNumber: '15/GP-XBBT',
  licenceDate: '10/03/2025',
  printingPlace: 'Công ty Cổ phần In Long An, số 10 Võ Văn Tần, Phường 2, thành phố Tân An',
  printRun: '500',
  frequency: '1 tháng/kỳ',
  responsibleName: 'Ông Lê Quang Tửu',
  pageSize: '19x27',
  margins: DEFAULT_BULLETIN_MARGINS['19x27']
};

export const SAMPLE_BULLETIN_FROM = '2025-03-10T00:00:00+07:00';

/** Fills the profile and composes Số 1 once (nothing when the workspace already has an issue). */
export function seedSampleBulletin(profile: BulletinProfileService, bulletins: BulletinService, admin: SessionUser, composer: SessionUser): void {
  if (profile.history().length === 0) profile.save(SAMPLE_BULLETIN_PROFILE, SAMPLE_BULLETIN_FROM, admin);
  if (bulletins.list().length > 0) return;
  const sections = new Map<string, string[]>();
  for (const a of bulletins.candidates().filter((c) => c.status !== 'hen_gio').sort((x, y) => x.title.localeCompare(y.title, 'vi'))) {
    const category = a.category || 'Tin tức – Sự kiện';
    sections.set(category, [...(sections.get(category) ?? []), a.id]);
  }
  const issue = bulletins.create(composer);
  const layout: BulletinSection[] = [...sections].map(([title, articleIds]) => ({ title, articleIds }));
  bulletins.save(issue.id, { date: issue.date, sections: layout }, composer);
}
