// Caption and alternative text for an image, asked after upload and when an image in the text is clicked.
// The alt text ("Văn bản thay thế") is what a screen reader says instead of the image; the caption is
// shown under it and often does not describe it. "Ảnh trang trí" publishes alt="" on purpose.
import { useId, useState } from 'react';
import { Dialog } from './Dialog';

interface ImageDialogProps {
  previewSrc: string;
  initialCaption: string;
  initialAlt: string;
  initialDecorative: boolean;
  isEdit: boolean;
  onSubmit: (caption: string, altText: string, decorative: boolean) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function ImageDialog({ previewSrc, initialCaption, initialAlt, initialDecorative, isEdit, onSubmit, onRemove, onCancel }: ImageDialogProps) {
  const [caption, setCaption] = useState(initialCaption);
  const [alt, setAlt] = useState(initialAlt);
  const [decorative, setDecorative] = useState(initialDecorative);
  const captionId = useId();
  const altId = useId();
  const hintId = useId();

  return (
    <Dialog
      title={isEdit ? 'Sửa thông tin ảnh' : 'Thông tin ảnh'}
      onCancel={onCancel}
      onSubmit={() => onSubmit(caption.trim(), decorative ? '' : alt.replace(/\s+/g, ' ').trim(), decorative)}
      extraActions={
        isEdit ? (
          <button type="button" className="bbt-danger" onClick={onRemove}>
            Xóa ảnh
          </button>
        ) : null
      }
    >
      <img className="bbt-dialog-preview" src={previewSrc} alt="" />
      <label className="bbt-dialog-field" htmlFor={captionId}>
        Chú thích ảnh
      </label>
      <input id={captionId} type="text" value={caption} onChange={(e) => setCaption(e.target.value)} />
      <label className="bbt-dialog-field" htmlFor={altId}>
        Văn bản thay thế
      </label>
      <textarea
        id={altId}
        rows={2}
        value={decorative ? '' : alt}
        disabled={decorative}
        aria-describedby={hintId}
        onChange={(e) => setAlt(e.target.value)}
        // One line of text that wraps: Enter confirms the dialog as in the caption field.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <p id={hintId} className="bbt-dialog-hint">
        Tả ngắn gọn ảnh cho thấy gì (người, việc, nơi chốn) cho người khiếm thị; không chép lại chú thích hay tên tệp.
      </p>
      <label className="bbt-dialog-check">
        <input type="checkbox" checked={decorative} onChange={(e) => setDecorative(e.target.checked)} />
        Ảnh trang trí (không mang thông tin, trình đọc màn hình bỏ qua)
      </label>
    </Dialog>
  );
}
