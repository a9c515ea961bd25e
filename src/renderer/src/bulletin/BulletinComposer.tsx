// "Bản tin Số N": compose an issue (date, sections, articles in order) and look at its pages before
// saving the PDF. Every change is saved at once, one save after another, and shown as saved only when
// the main process has written it; a refused change puts back what is stored.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BULLETIN_ROLES, issueInstant, type BulletinArticleRef, type BulletinIssueView, type BulletinSection } from '../../../shared/bulletin';
import { toVnLocalInput } from '../../../shared/dates';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { Modal } from '../components/Modal';
import { VnDateInput } from '../components/VnDateInput';
import { base64Bytes, downloadPdf } from '../download';
import { hrefOf } from '../router';
import { CandidateList } from './CandidateList';
import { add, moveSection, moveStep, moveTo, remove, removeSection } from './layout';
import { SectionBlock } from './SectionBlock';

// pdf.js is large: loaded the first time someone previews.
const PdfPreview = lazy(() => import('./PdfPreview').then((m) => ({ default: m.PdfPreview })));

interface Printed {
  fileName: string;
  dataBase64: string;
  bytes: Uint8Array;
  /** The issue as it was printed: a later change makes the preview stale. */
  updatedAt: string;
}

export function BulletinComposer({ id }: { id: string }) {
  const { notify, session } = useApp();
  const [issue, setIssue] = useState<BulletinIssueView | null>(null);
  const [sections, setSections] = useState<BulletinSection[]>([]);
  const [candidates, setCandidates] = useState<BulletinArticleRef[]>([]);
  const [target, setTarget] = useState(0);
  const [saving, setSaving] = useState(0);
  const [printing, setPrinting] = useState(false);
  const [printed, setPrinted] = useState<Printed | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const canCompose = session.user.roles.some((r) => BULLETIN_ROLES.includes(r));

  useEffect(() => {
    call('bulletin.get', { id }).then(
      (i) => {
        setIssue(i);
        setSections(i.sections);
      },
      (err: unknown) => notify(errorMessage(err), 'error')
    );
    if (canCompose) call('bulletin.candidates', {}).then(setCandidates, () => undefined);
  }, [id, canCompose, notify]);

  const refs = useMemo(() => new Map([...candidates, ...(issue?.articles ?? [])].map((a) => [a.id, a])), [candidates, issue]);
  const placed = useMemo(() => new Set(sections.flatMap((s) => s.articleIds)), [sections]);

  const persist = useCallback(
    (next: BulletinSection[], date?: string, focus?: string) => {
      if (!issue) return;
      setSections(next);
      if (focus) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-article-id="${focus}"]`)?.focus());
      setSaving((n) => n + 1);
      const save = chain.current.then(() => call('bulletin.save', { id: issue.id, date: date ?? issue.date, sections: next }));
      chain.current = save.then(
        (saved) => setIssue(saved),
        (err: unknown) => {
          notify(errorMessage(err), 'error');
          return call('bulletin.get', { id: issue.id }).then((stored) => {
            setIssue(stored);
            setSections(stored.sections);
          });
        }
      ).finally(() => setSaving((n) => n - 1));
    },
    [issue, notify]
  );

  async function print(): Promise<Printed | null> {
    if (!issue) return null;
    setPrinting(true);
    try {
      await chain.current;
      const pdf = await call('bulletin.print', { id: issue.id });
      const result = { ...pdf, bytes: base64Bytes(pdf.dataBase64), updatedAt: issue.updatedAt };
      setPrinted(result);
      return result;
    } catch (err) {
      notify(errorMessage(err), 'error');
      return null;
    } finally {
      setPrinting(false);
    }
  }

  async function download() {
    const current = printed && issue && printed.updatedAt === issue.updatedAt && saving === 0 ? printed : await print();
    if (!current) return;
    downloadPdf(current.fileName, current.dataBase64);
    notify(`Đã tạo tệp ${current.fileName}.`);
  }

  const closePreview = useCallback(() => setPreviewing(false), []);

  if (!issue) return <p className="muted">Đang tải bản tin…</p>;
  const stale = printed !== null && printed.updatedAt !== issue.updatedAt;
  const busy = !canCompose;

  return (
    <section className="bulletin-composer">
      <div className="page-head">
        <h1>Bản tin Số {issue.number}</h1>
        <span className="save-status" role="status">
          {saving > 0 ? 'Đang lưu…' : 'Đã lưu'}
        </span>
        <a href={hrefOf({ page: 'bulletins' })}>Tất cả các số</a>
        <button type="button" onClick={() => void print().then((p) => p && setPreviewing(true))} disabled={printing}>
          {printing ? 'Đang dàn trang…' : 'Xem trước'}
        </button>
        <button type="button" className="primary" onClick={() => void download()} disabled={printing}>
          Tải PDF
        </button>
      </div>
      <div className="composer-date field">
        <label htmlFor="bulletin-date" className="field-label">
          Ngày phát hành
        </label>
        <VnDateInput
          id="bulletin-date"
          value={issueInstant(issue.date)}
          onChange={(iso) => iso && toVnLocalInput(iso).slice(0, 10) !== issue.date && persist(sections, toVnLocalInput(iso).slice(0, 10))}
        />
      </div>
      {issue.draft && (
        <p className="form-error" role="note">
          Có bài chưa được ký duyệt: bản in sẽ ghi “BẢN NHÁP” và không được phát hành.
        </p>
      )}
      <div className="composer-grid">
        <div className="composer-sections">
          {sections.map((s, i) => (
            <SectionBlock
              key={i}
              index={i}
              count={sections.length}
              section={s}
              refs={refs}
              disabled={busy}
              onRename={(title) => persist(sections.map((x, j) => (j === i ? { ...x, title } : x)))}
              onMoveSection={(step) => persist(moveSection(sections, i, step))}
              onRemoveSection={() => persist(removeSection(sections, i))}
              onStep={(articleId, step) => persist(moveStep(sections, articleId, step), undefined, articleId)}
              onDrop={(articleId, to) => persist(moveTo(sections, articleId, to))}
              onRemove={(articleId) => persist(remove(sections, articleId))}
            />
          ))}
          {canCompose && (
            <button type="button" onClick={() => persist([...sections, { title: '', articleIds: [] }])} disabled={sections.length >= 20}>
              Thêm chuyên mục
            </button>
          )}
        </div>
        {canCompose && (
          <CandidateList
            candidates={candidates.filter((c) => !placed.has(c.id))}
            sections={sections}
            target={Math.min(target, sections.length - 1)}
            onTarget={setTarget}
            onAdd={(articleId) => persist(add(sections, articleId, Math.min(target, sections.length - 1)))}
          />
        )}
      </div>
      {previewing && printed && (
        <Modal title={`Xem trước Bản tin Số ${issue.number}`} onClose={closePreview}>
          {stale && <p className="muted">Bản tin đã thay đổi sau lần xem trước này; bấm “Xem trước” để dàn trang lại.</p>}
          <Suspense fallback={<p className="muted">Đang mở trình xem…</p>}>
            <PdfPreview bytes={printed.bytes} title={`Bản tin Số ${issue.number}`} />
          </Suspense>
          <div className="modal-actions">
            <button type="button" onClick={closePreview}>
              Đóng
            </button>
            <button type="button" className="primary" onClick={() => void download()} disabled={printing}>
              Tải PDF
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
