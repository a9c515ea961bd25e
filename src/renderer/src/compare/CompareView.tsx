// "So sánh": what changed between two versions, side by side ("Cạnh nhau") or merged ("Gộp"),
// written for an approver who is not technical: struck red = bỏ, underlined green = thêm.
import { Fragment, useState } from 'react';
import type { BlockChange, FieldChange, TextPart, VersionComparison } from '../../../shared/compare';
import { formatDateTime, numberVi } from '../format';
import './compare.css';

export type CompareMode = 'side' | 'inline';

/** Unchanged stretches longer than this are folded to their first and last block. */
const FOLD_AFTER = 4;

export function CompareView({ comparison, mode = 'side' }: { comparison: VersionComparison; mode?: CompareMode }) {
  const [current, setCurrent] = useState<CompareMode>(mode);
  const c = comparison;
  return (
    <div className={'compare compare-' + current}>
      <div className="cmp-head">
        <p className="cmp-versions">
          <span>
            Phiên bản {c.from.number} <span className="muted">({formatDateTime(c.from.createdAt)}, {c.from.by})</span>
          </span>
          <span aria-hidden="true"> → </span>
          <span>
            Phiên bản {c.to.number} <span className="muted">({formatDateTime(c.to.createdAt)}, {c.to.by})</span>
          </span>
        </p>
        <div className="cmp-modes" role="group" aria-label="Cách hiển thị">
          <button type="button" aria-pressed={current === 'side'} onClick={() => setCurrent('side')}>
            Cạnh nhau
          </button>
          <button type="button" aria-pressed={current === 'inline'} onClick={() => setCurrent('inline')}>
            Gộp
          </button>
        </div>
      </div>
      <p className="cmp-summary" role="status">
        {summaryText(c.summary)}
      </p>
      <p className="cmp-legend hint">
        <del className="cmp-removed">chữ bị bỏ</del> <ins className="cmp-added">chữ được thêm</ins>{' '}
        <span className="cmp-format">chữ đổi định dạng<small className="cmp-format-label">định dạng</small></span>
      </p>
      {c.fields.length > 0 && <FieldTable fields={c.fields} mode={current} />}
      <h3 className="cmp-section">Nội dung</h3>
      {c.blocks.length === 0 ? <p className="muted">Nội dung trống ở cả hai phiên bản.</p> : <Blocks blocks={c.blocks} mode={current} />}
    </div>
  );
}

/** "Thêm 12 từ, bỏ 3 từ, 2 đoạn thay đổi, 1 thông tin thay đổi" */
export function summaryText(s: VersionComparison['summary']): string {
  const bits: string[] = [];
  if (s.added) bits.push(`thêm ${numberVi.format(s.added)} từ`);
  if (s.removed) bits.push(`bỏ ${numberVi.format(s.removed)} từ`);
  if (s.changedBlocks) bits.push(`${numberVi.format(s.changedBlocks)} đoạn thay đổi`);
  if (s.changedFields) bits.push(`${numberVi.format(s.changedFields)} thông tin thay đổi`);
  if (bits.length === 0) return 'Hai phiên bản giống nhau, không có thay đổi.';
  const text = bits.join(', ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

function FieldTable({ fields, mode }: { fields: FieldChange[]; mode: CompareMode }) {
  return (
    <>
      <h3 className="cmp-section">Thông tin thay đổi</h3>
      <table className="cmp-fields">
        <thead>
          <tr>
            <th scope="col">Thông tin</th>
            {mode === 'side' ? (
              <>
                <th scope="col">Trước</th>
                <th scope="col">Sau</th>
              </>
            ) : (
              <th scope="col">Thay đổi</th>
            )}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.field}>
              <th scope="row">{f.label}</th>
              {mode === 'side' ? (
                <>
                  <td>{f.parts && f.field !== 'attachments' ? <Parts parts={f.parts.filter((p) => p.change !== 'added')} /> : <Value text={f.before} />}</td>
                  <td>{f.parts && f.field !== 'attachments' ? <Parts parts={f.parts.filter((p) => p.change !== 'removed')} /> : <Value text={f.after} />}</td>
                </>
              ) : (
                <td>{f.parts ? <Parts parts={f.parts} separate={f.field === 'attachments'} /> : <Replaced before={f.before} after={f.after} />}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Value({ text }: { text: string }) {
  return text === '' ? <span className="muted">(trống)</span> : <>{text}</>;
}

function Replaced({ before, after }: { before: string; after: string }) {
  return (
    <>
      {before !== '' && <del className="cmp-removed">{before}</del>} {after !== '' && <ins className="cmp-added">{after}</ins>}
    </>
  );
}

type Row = { kind: 'block'; block: BlockChange; key: number } | { kind: 'fold'; blocks: BlockChange[]; key: number };

/** Long unchanged stretches are folded so the changes stand out; a button shows them. */
function foldRows(blocks: BlockChange[]): Row[] {
  const rows: Row[] = [];
  let k = 0;
  while (k < blocks.length) {
    let end = k;
    while (end < blocks.length && blocks[end]!.change === 'same') end++;
    if (end - k > FOLD_AFTER) {
      rows.push({ kind: 'block', block: blocks[k]!, key: k });
      rows.push({ kind: 'fold', blocks: blocks.slice(k + 1, end - 1), key: k + 1 });
      rows.push({ kind: 'block', block: blocks[end - 1]!, key: end - 1 });
      k = end;
    } else if (end > k) {
      for (; k < end; k++) rows.push({ kind: 'block', block: blocks[k]!, key: k });
    } else {
      rows.push({ kind: 'block', block: blocks[k]!, key: k });
      k++;
    }
  }
  return rows;
}

function Blocks({ blocks, mode }: { blocks: BlockChange[]; mode: CompareMode }) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  return (
    <div className="cmp-blocks">
      {mode === 'side' && (
        <div className="cmp-row cmp-row-head" aria-hidden="true">
          <div>Trước</div>
          <div>Sau</div>
        </div>
      )}
      {foldRows(blocks).map((row) =>
        row.kind === 'block' ? (
          <BlockRow key={row.key} block={row.block} mode={mode} />
        ) : open.has(row.key) ? (
          <Fragment key={row.key}>
            {row.blocks.map((b, i) => (
              <BlockRow key={i} block={b} mode={mode} />
            ))}
          </Fragment>
        ) : (
          <div key={row.key} className="cmp-fold">
            <button type="button" className="link-button" onClick={() => setOpen(new Set(open).add(row.key))}>
              Hiện {numberVi.format(row.blocks.length)} đoạn không thay đổi
            </button>
          </div>
        )
      )}
    </div>
  );
}

const CHANGE_LABELS: Record<BlockChange['change'], string> = {
  same: '',
  added: 'Thêm mới',
  removed: 'Đã bỏ',
  changed: 'Có sửa'
};

function BlockRow({ block, mode }: { block: BlockChange; mode: CompareMode }) {
  const label = block.moved ? 'Chuyển chỗ' : CHANGE_LABELS[block.change];
  const tag = (
    <div className="cmp-tag">
      <span className="cmp-kind">{block.kind}</span>
      {label && <span className={'cmp-badge cmp-badge-' + (block.moved ? 'moved' : block.change)}>{label}</span>}
      {block.note && <span className="cmp-note">{block.note}</span>}
    </div>
  );
  if (mode === 'inline') {
    return (
      <div className={'cmp-block cmp-is-' + block.change}>
        {tag}
        <div className="cmp-text">
          <Parts parts={block.parts} />
        </div>
      </div>
    );
  }
  return (
    <div className={'cmp-row cmp-is-' + block.change}>
      <div className="cmp-block cmp-before">
        {block.before ? (
          <>
            {block.change !== 'added' && tag}
            <div className="cmp-text">
              <Parts parts={block.before} hideFormat />
            </div>
          </>
        ) : (
          <span className="cmp-empty">—</span>
        )}
      </div>
      <div className="cmp-block cmp-after">
        {block.after ? (
          <>
            {tag}
            <div className="cmp-text">
              <Parts parts={block.after} />
            </div>
          </>
        ) : (
          <span className="cmp-empty">—</span>
        )}
      </div>
    </div>
  );
}

/** `separate`: parts are whole items (file names), shown with a gap between them. */
function Parts({ parts, hideFormat = false, separate = false }: { parts: TextPart[]; hideFormat?: boolean; separate?: boolean }) {
  if (parts.length === 0) return <span className="muted">(trống)</span>;
  return (
    <>
      {parts.map((p, i) => {
        const gap = separate && i > 0 ? ' ' : '';
        if (p.change === 'removed')
          return (
            <Fragment key={i}>
              {gap}
              <del className="cmp-removed" title="Đã bỏ">
                {p.text}
              </del>
            </Fragment>
          );
        if (p.change === 'added')
          return (
            <Fragment key={i}>
              {gap}
              <ins className="cmp-added" title="Đã thêm">
                {p.text}
              </ins>
            </Fragment>
          );
        if (p.formatChanged && !hideFormat)
          return (
            <span key={i} className="cmp-format">
              {p.text}
              <small className="cmp-format-label">{p.formatChanged.join(', ')}</small>
            </span>
          );
        return <Fragment key={i}>{gap + p.text}</Fragment>;
      })}
    </>
  );
}
