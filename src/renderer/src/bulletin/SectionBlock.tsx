// One section of the issue in the composer: its title and its articles in print order. Articles move by
// drag and drop, by the arrow buttons, or with Alt+↑/Alt+↓ on the focused article (past the end of a
// section they go into the next one).
import { useEffect, useState } from 'react';
import { STATUS_LABELS } from '../../../shared/article';
import type { BulletinArticleRef, BulletinSection } from '../../../shared/bulletin';
import { numberVi } from '../format';
import type { Place } from './layout';

export const DRAG_TYPE = 'application/x-bbt-article';

interface Props {
  index: number;
  count: number;
  section: BulletinSection;
  refs: ReadonlyMap<string, BulletinArticleRef>;
  disabled: boolean;
  onRename(title: string): void;
  onMoveSection(step: -1 | 1): void;
  onRemoveSection(): void;
  onStep(articleId: string, step: -1 | 1): void;
  onDrop(articleId: string, to: Place): void;
  onRemove(articleId: string): void;
}

export function SectionBlock(p: Props) {
  const [title, setTitle] = useState(p.section.title);
  useEffect(() => setTitle(p.section.title), [p.section.title]);
  const name = p.section.title || `Chuyên mục ${p.index + 1}`;

  function drop(e: React.DragEvent, index: number) {
    const id = e.dataTransfer.getData(DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    e.stopPropagation();
    p.onDrop(id, { section: p.index, index });
  }

  return (
    <section className="composer-section" aria-label={`Chuyên mục: ${name}`}>
      <div className="composer-section-head">
        <input
          aria-label={`Tên chuyên mục ${p.index + 1}`}
          value={title}
          placeholder="Tên chuyên mục (để trống nếu không cần)"
          disabled={p.disabled}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          onBlur={() => title !== p.section.title && p.onRename(title)}
          onKeyDown={(e) => e.key === 'Enter' && (e.currentTarget as HTMLInputElement).blur()}
        />
        <button type="button" aria-label={`Đưa chuyên mục ${name} lên`} disabled={p.disabled || p.index === 0} onClick={() => p.onMoveSection(-1)}>
          ↑
        </button>
        <button type="button" aria-label={`Đưa chuyên mục ${name} xuống`} disabled={p.disabled || p.index === p.count - 1} onClick={() => p.onMoveSection(1)}>
          ↓
        </button>
        <button type="button" aria-label={`Xoá chuyên mục ${name}`} disabled={p.disabled || p.count === 1} onClick={p.onRemoveSection}>
          Xoá
        </button>
      </div>
      <ol
        className="composer-articles"
        aria-label={`Bài trong chuyên mục ${name}`}
        onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
        onDrop={(e) => drop(e, p.section.articleIds.length)}
      >
        {p.section.articleIds.length === 0 && <li className="composer-empty muted">Kéo bài vào đây hoặc bấm “Thêm” ở danh sách bên phải.</li>}
        {p.section.articleIds.map((id, i) => {
          const a = p.refs.get(id);
          const title = a?.title || 'Bài viết chưa có tiêu đề';
          return (
            <li
              key={id}
              data-article-id={id}
              className={a && !a.ready ? 'composer-article not-ready' : 'composer-article'}
              tabIndex={0}
              draggable={!p.disabled}
              aria-label={title}
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, id);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
              onDrop={(e) => drop(e, i)}
              onKeyDown={(e) => {
                if (!e.altKey || p.disabled || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                e.preventDefault();
                p.onStep(id, e.key === 'ArrowUp' ? -1 : 1);
              }}
            >
              <span className="composer-grip" aria-hidden="true">⠿</span>
              <span className="composer-title">{title}</span>
              <span className="composer-meta">
                {a ? `${STATUS_LABELS[a.status]} · ${numberVi.format(a.words)} chữ · ${a.images} ảnh` : ''}
              </span>
              <span className="composer-buttons">
                <button type="button" aria-label={`Đưa “${title}” lên`} disabled={p.disabled} onClick={() => p.onStep(id, -1)}>
                  ↑
                </button>
                <button type="button" aria-label={`Đưa “${title}” xuống`} disabled={p.disabled} onClick={() => p.onStep(id, 1)}>
                  ↓
                </button>
                <button type="button" aria-label={`Bỏ “${title}” khỏi bản tin`} disabled={p.disabled} onClick={() => p.onRemove(id)}>
                  Bỏ
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
