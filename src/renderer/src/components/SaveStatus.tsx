import type { SaveState } from '../hooks/useAutosave';
import { formatTime } from '../format';

export function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  let text: string;
  switch (state.kind) {
    case 'saving':
      text = 'Đang lưu…';
      break;
    case 'dirty':
      text = 'Có thay đổi chưa lưu';
      break;
    case 'saved':
      text = state.at ? `Đã lưu lúc ${formatTime(state.at)}` : 'Đã lưu';
      break;
    case 'error':
      text = state.message;
      break;
  }
  return (
    <span className={`save-status save-${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
      {state.kind === 'error' && state.conflict && (
        <button type="button" className="link-button" onClick={onReload}>
          Mở bản mới nhất
        </button>
      )}
    </span>
  );
}
