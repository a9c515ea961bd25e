// Shown instead of overwriting anything when the open article was saved elsewhere while this page has
// unsaved changes.
import { formatTime } from '../format';
import type { ArticleChanged } from './useChangedElsewhere';

export function ChangedElsewhereBanner({ change, onReload }: { change: ArticleChanged; onReload: () => void }) {
  return (
    <div className="banner banner-elsewhere" role="alert" aria-label="Bài viết đã thay đổi ở nơi khác">
      <p>
        Bài viết vừa được <strong>{change.by.name}</strong> lưu ở nơi khác lúc {formatTime(change.at)}. Thay đổi của bạn chưa được lưu; hãy chép lại phần
        vừa sửa rồi bấm “Tải lại bài”.
      </p>
      <button type="button" className="primary" onClick={onReload}>
        Tải lại bài
      </button>
    </div>
  );
}
