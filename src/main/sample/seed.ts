// Seeds a --sample workspace: the seed portal's agency profile and the sample articles.
// Runs only on an empty workspace; sample states are set directly (workflow arrives with issue #3).
import type { ArticleService } from '../../core/articles/article-service';
import type { ProfileService } from '../../core/profile/profile-service';
import type { MediaStore, TransactionRunner } from '../../core/ports';
import { htmlToBody } from '../../core/editor/body';
import type { UserRef } from '../../shared/article';
import { fromVnLocalInput } from '../../shared/dates';
import { parseHtml } from '../adapters/html/parse-html';
import { SAMPLE_ARTICLES, type SampleArticle } from './articles';
import { PALETTES, landscapePng } from './images';
import { SAMPLE_PROFILE, SAMPLE_PROFILE_FROM } from './profile';

export interface SeedTargets {
  articles: ArticleService;
  profile: ProfileService;
  tx: TransactionRunner;
  media: MediaStore;
}

/** Returns the number of articles created (0 when the workspace already had articles). */
export function seedSample(t: SeedTargets, user: UserRef): number {
  return t.tx.transaction(() => {
    if (t.articles.count() > 0) return 0;
    if (t.profile.history().length === 0) t.profile.save(SAMPLE_PROFILE, SAMPLE_PROFILE_FROM, user);
    for (const s of SAMPLE_ARTICLES) {
      const at = new Date(vnTime(s.createdAt));
      const imageHash = s.image === undefined ? null : t.media.put(landscapePng(PALETTES[s.image]!)).hash;
      t.articles.create(
        {
          title: s.title,
          summary: s.summary,
          author: s.author,
          category: s.category,
          articleType: s.articleType,
          featured: s.featured ?? false,
          publishAt: s.publishAt ? vnTime(s.publishAt) : null,
          imageCaption: s.imageCaption ?? '',
          imageHash,
          body: htmlToBody(bodyHtml(s, imageHash), parseHtml)
        },
        user,
        { status: s.status, at, viewCount: s.viewCount ?? 0 }
      );
    }
    return SAMPLE_ARTICLES.length;
  });
}

function bodyHtml(s: SampleArticle, imageHash: string | null): string {
  const figure = imageHash ? `<figure><img src="media:${imageHash}" alt="${s.imageCaption ?? ''}"><figcaption>${s.imageCaption ?? ''}</figcaption></figure>` : '';
  return s.html.trim().replace('{{image}}', figure);
}

function vnTime(local: string): string {
  const iso = fromVnLocalInput(local);
  if (!iso) throw new Error('bad sample date ' + local);
  return iso;
}
