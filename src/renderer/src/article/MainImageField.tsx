// "Ảnh đại diện": the article's main image (upload, change, remove) and its caption.
import { IMAGE_MIME } from '../../../shared/article';
import { errorMessage } from '../api';
import { useApp } from '../app-context';
import { Field } from './Field';
import { uploadImageFile } from './media';

export function MainImageField({
  articleId,
  imageHash,
  caption,
  errors,
  onImage,
  onCaption
}: {
  articleId: string;
  imageHash: string | null;
  caption: string;
  errors: { imageHash?: string; imageCaption?: string };
  onImage: (hash: string | null) => void;
  onCaption: (caption: string) => void;
}) {
  const { notify } = useApp();

  async function upload(file: File | undefined) {
    if (!file) return;
    try {
      onImage((await uploadImageFile(articleId, file)).hash);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }

  return (
    <section className="panel">
      <h2>Ảnh đại diện</h2>
      {imageHash && <img className="main-image" src={window.bridge.mediaUrl(imageHash)} alt={caption || 'Hình ảnh bài viết'} />}
      <div className="field">
        <span className="field-label">Hình ảnh</span>
        <label className="file-button">
          {imageHash ? 'Đổi ảnh…' : 'Chọn ảnh…'}
          <input
            type="file"
            aria-label="Hình ảnh"
            className="visually-hidden"
            accept={IMAGE_MIME.join(',')}
            onChange={(e) => {
              void upload(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {errors.imageHash && <p className="field-error">{errors.imageHash}</p>}
      </div>
      {imageHash && (
        <button type="button" className="link-button" onClick={() => onImage(null)}>
          Bỏ ảnh đại diện
        </button>
      )}
      <Field label="Hình ảnh mô tả" error={errors.imageCaption}>
        {(id) => <input id={id} value={caption} onChange={(e) => onCaption(e.target.value)} />}
      </Field>
    </section>
  );
}
