// The "So sánh" dialog: asks the main side for the comparison (defaults chosen there) and shows it.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { VersionComparison } from '../../../shared/compare';
import { call, errorMessage } from '../api';
import { Modal } from '../components/Modal';
import { CompareView, type CompareMode } from './CompareView';

export function CompareDialog({
  articleId,
  fromVersionId,
  toVersionId,
  mode,
  intro,
  onClose
}: {
  articleId: string;
  /** Omitted: the version this user last signed or saw (the later), else the previous named version or revision. */
  fromVersionId?: string;
  /** Omitted: the current version. */
  toVersionId?: string;
  mode?: CompareMode;
  /** Why the comparison opened by itself (e.g. "Ký duyệt" refused: the article changed since it was read). */
  intro?: string;
  onClose: () => void;
}) {
  const [state, setState] = useState<{ comparison: VersionComparison } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    setState(null);
    call('version.compare', { articleId, fromVersionId, toVersionId }).then(
      (comparison) => live && setState({ comparison }),
      (err) => live && setState({ error: errorMessage(err) })
    );
    return () => {
      live = false;
    };
  }, [articleId, fromVersionId, toVersionId]);

  // Portalled to <body>: opened from the fixed "Phiên bản" panel, it must cover that panel too.
  return createPortal(
    <Modal title="So sánh hai phiên bản" onClose={onClose}>
      <div className="compare-dialog">
        {intro && (
          <p className="banner banner-void" role="alert">
            {intro}
          </p>
        )}
        {state === null && <p className="muted">Đang so sánh…</p>}
        {state && 'error' in state && (
          <p className="form-error" role="alert">
            {state.error}
          </p>
        )}
        {state && 'comparison' in state && <CompareView comparison={state.comparison} mode={mode} />}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Đóng
          </button>
        </div>
      </div>
    </Modal>,
    document.body
  );
}
