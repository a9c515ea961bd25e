// Caption and alt text for an image, asked after upload and when an image in the text is clicked.
import { useId, useState } from 'react';
import { Dialog } from './Dialog';

interface ImageDialogProps {
  previewSrc: string;
  initialCaption: string;
  initialAlt: string;
  isEdit: boolean;
  onSubmit: (caption: string, altText: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function ImageDialog({ previewSrc, initialCaption, initialAlt, isEdit, onSubmit, onRemove, onCancel }: ImageDialogProps) {
  const [caption, setCaption] = useState(initialCaption);
  const [alt, setAlt] = useState(initialAlt);
  const captionId = useId();
  const altId = useId();

  return (
    <Dialog
      title={isEdit ? 'Sửa thông tin ảnh' : 'Thông tin ảnh'}
      onCancel={onCancel}
      onSubmit={() => onSubmit(caption.trim(), alt.trim())}
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
        Mô tả ảnh (cho người khiếm thị)
      </label>
      <input id={altId} type="text" value={alt} onChange={(e) => setAlt(e.target.value)} />
    </Dialog>
  );
}
