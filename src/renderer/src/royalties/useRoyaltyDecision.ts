// One published article's royalty decision: the backend's view, the form's draft, the backend's live
// calculation of the draft (debounced) and saving it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RoyaltyAmounts, RoyaltyDecisionView } from '../../../shared/royalties';
import { ErrorCode } from '../../../shared/errors';
import { ApiError, call, errorMessage } from '../api';
import { checkDecision, draftFromView, type DecisionDraft, type DecisionErrors, type DecisionLimits } from './decision-draft';

const PREVIEW_DELAY_MS = 300;

export function useRoyaltyDecision(articleId: string, onSaved: () => void) {
  const [view, setView] = useState<RoyaltyDecisionView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Refused by the backend: this user is neither a reader nor one of the settings' deciders.
  const [forbidden, setForbidden] = useState(false);
  const [draft, setDraft] = useState<DecisionDraft | null>(null);
  // The backend's amounts and the input they were calculated for (as JSON): never shown for another input.
  const [preview, setPreview] = useState<{ of: string; amounts: RoyaltyAmounts } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<DecisionErrors>({});
  const [saving, setSaving] = useState(false);

  const show = useCallback((next: RoyaltyDecisionView) => {
    setView(next);
    const nextDraft = draftFromView(next);
    setDraft(nextDraft);
    // A saved decision comes with its amounts: shown at once, not only after a preview.
    const limits = limitsOf(next);
    const saved = nextDraft && limits && next.decision ? checkDecision(nextDraft, limits).input : null;
    if (saved && next.decision) setPreview({ of: JSON.stringify(saved), amounts: next.decision.amounts });
  }, []);

  useEffect(() => {
    call('royalty.decision.get', { articleId }).then(show, (err: unknown) => {
      if (err instanceof ApiError && err.shape.code === ErrorCode.FORBIDDEN) setForbidden(true);
      else setLoadError(errorMessage(err));
    });
  }, [articleId, show]);

  const limits = useMemo(() => (view ? limitsOf(view) : null), [view]);
  const checked = useMemo(() => (draft && limits ? checkDecision(draft, limits) : null), [draft, limits]);
  const canEdit = Boolean(view?.canDecide && view.editable && !view.blocked && limits);

  // The amount shown is always the backend's calculation of what is on screen.
  useEffect(() => {
    if (!canEdit || !checked?.input) return;
    const input = checked.input;
    let live = true;
    const timer = setTimeout(() => {
      call('royalty.decision.preview', { articleId, decision: input }).then(
        (a) => {
          if (!live) return;
          setPreview({ of: JSON.stringify(input), amounts: a });
          setPreviewError(null);
        },
        (err: unknown) => live && setPreviewError(errorMessage(err))
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [articleId, canEdit, checked]);

  const edit = useCallback((patch: Partial<DecisionDraft>) => {
    setServerErrors({});
    setDraft((d) => (d ? { ...d, ...patch } : d));
  }, []);

  const save = useCallback(async (): Promise<string | null> => {
    if (!checked?.input) return 'Hãy sửa các ô chưa hợp lệ trước khi lưu.';
    setSaving(true);
    try {
      show(await call('royalty.decision.save', { articleId, decision: checked.input }));
      onSaved();
      return null;
    } catch (err) {
      if (err instanceof ApiError) setServerErrors(err.fields);
      return errorMessage(err);
    } finally {
      setSaving(false);
    }
  }, [articleId, checked, show, onSaved]);

  const errors = { ...(checked?.errors ?? {}), ...serverErrors };
  // Read-only: the saved decision's amounts. Editing: the calculation of exactly what is on screen, or null while it runs.
  const amounts = !canEdit ? (view?.decision?.amounts ?? null) : preview && checked?.input && preview.of === JSON.stringify(checked.input) ? preview.amounts : null;
  return { view, loadError, forbidden, draft, errors, amounts, previewError, canEdit, saving, edit, save };
}

function limitsOf(view: RoyaltyDecisionView): DecisionLimits | null {
  return view.settings && view.range ? { type: view.article.articleType, range: view.range, photos: view.settings.photos } : null;
}
