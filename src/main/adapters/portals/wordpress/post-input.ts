// The WordPress post body of an article for a create or an update (see connector.ts for the mapping): native
// fields, the featured image's media id, the category found on the portal, and the meta keys the site registers.
import { PortalError, type PortalPost } from '../../../../core/publishing/ports';
import type { FieldMapping, PortalField } from '../../../../shared/publishing';
import { metaNameOf } from './post-fields';
import type { WpPostInput } from './posts';
import { dateToWpGmt } from './schemas';

export interface PostInputSite {
  host: string;
  mapping: FieldMapping;
  /** Meta keys the site registers; empty when unknown (then every mapped key is sent). */
  registered: ReadonlySet<string>;
}

/** The slug is added by create only. `categoryId` finds the portal's category (it refuses when none or several match). */
export async function postInput(post: PortalPost, site: PostInputSite, categoryId: (name: string) => Promise<number>): Promise<WpPostInput> {
  const at = new Date(post.publishAt);
  if (Number.isNaN(at.getTime())) throw new PortalError('invalid', `bad publishAt ${post.publishAt}`, `Ngày đăng “${post.publishAt}” không hợp lệ.`);
  const input: WpPostInput = {
    title: post.title,
    content: post.html,
    excerpt: post.summary,
    status: post.scheduled ? 'future' : 'publish',
    date_gmt: dateToWpGmt(at),
    sticky: post.featured,
    featured_media: 0,
    meta: postMeta(post, site)
  };
  if (post.image) {
    const mediaId = Number(post.image.remoteId);
    if (!Number.isInteger(mediaId) || mediaId <= 0) {
      throw new PortalError('invalid', `image remoteId ${post.image.remoteId} is not a WordPress media id`, `Ảnh đại diện của bài chưa được tải lên cổng ${site.host} (mã ảnh “${post.image.remoteId}” không hợp lệ).`);
    }
    input.featured_media = mediaId;
  }
  if (post.category.trim() !== '') input.categories = [await categoryId(post.category)];
  return input;
}

function postMeta(post: PortalPost, site: PostInputSite): Record<string, string | number | boolean> {
  const values: Partial<Record<PortalField, string | number>> = {
    syncKey: post.key,
    fingerprint: post.fingerprint,
    responsible: post.imprint.responsible,
    contentHash: post.contentHash,
    author: post.author,
    articleType: post.articleType,
    alternateLink: post.alternateLink,
    pageCount: post.pageCount,
    photoCount: post.photoCount,
    agency: post.imprint.agencyName,
    imageCaption: post.image?.caption ?? ''
  };
  // Unknown registry (OPTIONS blocked and no post to learn from): send them all, WordPress drops the unregistered.
  const known = site.registered.size > 0;
  const meta: Record<string, string | number> = {};
  for (const [field, value] of Object.entries(values) as Array<[PortalField, string | number]>) {
    const name = metaNameOf(site.mapping, field);
    if (name && (!known || site.registered.has(name))) meta[name] = value;
  }
  return meta;
}
