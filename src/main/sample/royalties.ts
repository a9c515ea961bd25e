// The sample workspace's royalties: the shipped example table (still marked as an example) in force
// from 01/07/2024, a decision by the Trưởng ban for every published sample article, with a believable
// split, and the third quarter of 2026 closed. `npm run cli -- royalties --period 2026-11` then lists
// the two November articles (see README, CLI section).
import type { DecisionService } from '../../core/royalties/decision-service';
import { EXAMPLE_ROYALTY_SETTINGS } from '../../core/royalties/example-table';
import type { PeriodBook } from '../../core/royalties/period-book';
import type { RoyaltySettingsService } from '../../core/royalties/settings-service';
import type { SessionUser } from '../../shared/accounts';
import type { Payee } from '../../shared/royalties';

export const SAMPLE_ROYALTY_FROM = '2024-07-01T00:00:00+07:00';
export const SAMPLE_ROYALTY_PERIOD = '2026-11';

interface SampleDecision {
  coefficient: string;
  newsPhotos?: number;
  newsPhotoCoefficient?: string;
  payees: Payee[];
}

const text = (name: string, sharePercent = '100', userId: string | null = null): Payee => ({ userId, name, part: 'text', sharePercent });
const photo = (name: string, userId: string | null = null): Payee => ({ userId, name, part: 'photo', sharePercent: '100' });

/** By title of the published sample articles; `editor` is the sample Biên tập viên (an account). */
function decisions(editor: SessionUser): Record<string, SampleDecision> {
  return {
    'Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân 2026 – 2027': {
      coefficient: '2',
      payees: [text('Nguyễn Hoàng Phúc', '60'), text(editor.name, '40', editor.id)]
    },
    'Thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Chủ tịch UBND thị xã': { coefficient: '1', payees: [text(editor.name, '100', editor.id)] },
    'Xã Bình Hiệp đạt chuẩn nông thôn mới nâng cao': {
      coefficient: '2.2',
      newsPhotos: 1,
      newsPhotoCoefficient: '1.5',
      payees: [text('Minh Thư'), photo('Hoàng Nam')]
    },
    'Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026': { coefficient: '1', payees: [text(editor.name, '100', editor.id)] },
    'Đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử': { coefficient: '1.8', payees: [text('Thanh Tâm')] },
    'Hội thi Tiếng hát Đồng Tháp Mười năm 2026': { coefficient: '1.5', newsPhotos: 1, newsPhotoCoefficient: '1.2', payees: [text('Ngọc Hân'), photo('Ngọc Hân')] }
  };
}

export interface SampleRoyaltyTargets {
  settings: RoyaltySettingsService;
  decisions: DecisionService;
  periods: PeriodBook;
}

/** Once per workspace (nothing when a table exists): the table, the decisions, Q3/2026 closed. */
export function seedSampleRoyalties(t: SampleRoyaltyTargets, admin: SessionUser, head: SessionUser, editor: SessionUser): void {
  if (t.settings.history().length > 0) return;
  t.settings.save(EXAMPLE_ROYALTY_SETTINGS, SAMPLE_ROYALTY_FROM, admin);
  const byTitle = decisions(editor);
  for (const period of ['2026-Q3', '2026-Q4']) {
    for (const article of t.decisions.publishedIn(period)) {
      const d = byTitle[article.title];
      if (!d) continue;
      t.decisions.save(
        article.id,
        {
          coefficient: d.coefficient,
          newsPhotos: d.newsPhotos ?? 0,
          artPhotos: 0,
          newsPhotoCoefficient: d.newsPhotoCoefficient ?? '1.2',
          artPhotoCoefficient: '1.5',
          extras: [],
          payees: d.payees,
          note: 'Dữ liệu mẫu'
        },
        head
      );
    }
  }
  t.periods.close('2026-Q3', head);
}
