// The fields beside the text ("Thông tin bài viết"): publishing, main image, counts, attachments, facts.
import { APPROVAL_STATUS_LABELS, type Article } from '../../../shared/article';
import { useApp } from '../app-context';
import { formatDateTime, numberVi, statusLabel } from '../format';
import { Attachments } from '../components/Attachments';
import { CountField } from '../components/CountField';
import { VnDateInput } from '../components/VnDateInput';
import { Field, withCurrent } from './Field';
import { MainImageField } from './MainImageField';
import type { Meta, MetaUpdate } from './useArticleMeta';

export interface Stats {
  words: number;
  photos: number;
  pages: number;
}

export function ArticleSidePanels({
  article,
  meta,
  update,
  errors,
  stats,
  canEdit,
  beforeAttachmentChange,
  onAttachmentChanged
}: {
  article: Article;
  meta: Meta;
  update: MetaUpdate;
  errors: Record<string, string>;
  stats: Stats;
  canEdit: boolean;
  beforeAttachmentChange: () => Promise<void>;
  onAttachmentChanged: (article: Article) => void;
}) {
  const { lists } = useApp();
  const categories = withCurrent(lists.categories, meta.category);
  const types = withCurrent(lists.articleTypes, meta.articleType);
  return (
    <fieldset className="form-fields" disabled={!canEdit}>
      <aside className="article-side" aria-label="Thông tin bài viết">
        <section className="panel">
          <h2>Xuất bản</h2>
          <Field label="Ngày xuất bản" error={errors.publishAt}>
            {(id) => <VnDateInput id={id} withTime value={meta.publishAt} onChange={(iso) => update('publishAt', iso)} />}
          </Field>
          <label className="check">
            <input type="checkbox" checked={meta.featured} onChange={(e) => update('featured', e.target.checked)} />
            Tin nổi bật
          </label>
          <Field label="Tác giả" error={errors.author}>
            {(id) => <input id={id} value={meta.author} placeholder="Ví dụ: Ban biên tập" onChange={(e) => update('author', e.target.value)} />}
          </Field>
          <Field label="Phân loại" error={errors.category}>
            {(id) => (
              <select id={id} value={meta.category} onChange={(e) => update('category', e.target.value)}>
                <option value="">— Chọn phân loại —</option>
                {categories.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Loại bài viết" error={errors.articleType}>
            {(id) => (
              <select id={id} value={meta.articleType} onChange={(e) => update('articleType', e.target.value)}>
                <option value="">— Chọn loại bài viết —</option>
                {types.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Link thay thế nội dung" error={errors.alternateLink}>
            {(id) => (
              <input id={id} type="url" value={meta.alternateLink} placeholder="https://…" onChange={(e) => update('alternateLink', e.target.value)} />
            )}
          </Field>
        </section>

        <MainImageField
          articleId={article.id}
          imageHash={meta.imageHash}
          caption={meta.imageCaption}
          errors={errors}
          onImage={(hash) => update('imageHash', hash)}
          onCaption={(caption) => update('imageCaption', caption)}
        />

        <section className="panel">
          <h2>Thống kê</h2>
          <CountField label="Số Trang" count={meta.pageCount} computed={stats.pages} onChange={(c) => update('pageCount', c)} />
          <CountField label="Số Ảnh" count={meta.photoCount} computed={stats.photos} onChange={(c) => update('photoCount', c)} />
        </section>

        <Attachments article={article} beforeChange={beforeAttachmentChange} onChanged={onAttachmentChanged} />

        <ArticleFacts article={article} />
      </aside>
    </fieldset>
  );
}

function ArticleFacts({ article }: { article: Article }) {
  return (
    <section className="panel">
      <h2>Thông tin</h2>
      <dl className="facts">
        <dt>Trạng thái</dt>
        <dd>{statusLabel(article.status)}</dd>
        <dt>Duyệt trên cổng (Approval Status)</dt>
        <dd>{APPROVAL_STATUS_LABELS[article.approvalStatus]}</dd>
        <dt>Số lượt người đọc</dt>
        <dd>{numberVi.format(article.viewCount)}</dd>
        <dt>Phiên bản</dt>
        <dd>{article.version}</dd>
        <dt>Tạo lúc</dt>
        <dd>
          {formatDateTime(article.createdAt)} — {article.createdBy.name}
        </dd>
        <dt>Sửa lúc</dt>
        <dd>
          {formatDateTime(article.modifiedAt)} — {article.modifiedBy.name}
        </dd>
      </dl>
    </section>
  );
}
