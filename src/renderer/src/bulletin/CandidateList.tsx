// "Bài có thể thêm": signed-off, scheduled and published articles not in the issue yet, filtered as you
// type (no diacritics needed); "Thêm" puts one at the end of the chosen section. Rows can also be
// dragged into a section.
import { useMemo, useState } from 'react';
import { STATUS_LABELS } from '../../../shared/article';
import type { BulletinArticleRef, BulletinSection } from '../../../shared/bulletin';
import { fold } from '../../../shared/text';
import { DRAG_TYPE } from './SectionBlock';

interface Props {
  candidates: BulletinArticleRef[];
  sections: BulletinSection[];
  target: number;
  onTarget(index: number): void;
  onAdd(articleId: string): void;
}

export function CandidateList({ candidates, sections, target, onTarget, onAdd }: Props) {
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const f = fold(filter.trim());
    return f ? candidates.filter((c) => fold(`${c.title} ${c.category} ${c.author}`).includes(f)) : candidates;
  }, [candidates, filter]);

  return (
    <aside className="composer-candidates" aria-label="Bài có thể thêm">
      <h2>Bài có thể thêm</h2>
      <label className="field-label" htmlFor="candidate-filter">
        Lọc bài
      </label>
      <input id="candidate-filter" type="search" value={filter} placeholder="Gõ vài chữ của tiêu đề" onChange={(e) => setFilter(e.target.value)} />
      <label className="field-label" htmlFor="candidate-target">
        Thêm vào chuyên mục
      </label>
      <select id="candidate-target" value={target} onChange={(e) => onTarget(Number(e.target.value))}>
        {sections.map((s, i) => (
          <option key={i} value={i}>
            {s.title || `Chuyên mục ${i + 1}`}
          </option>
        ))}
      </select>
      {shown.length === 0 ? (
        <p className="muted">{candidates.length === 0 ? 'Không còn bài đã duyệt nào chưa có trong số này.' : 'Không có bài nào khớp.'}</p>
      ) : (
        <ul className="candidate-list">
          {shown.map((c) => (
            <li
              key={c.id}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, c.id);
                e.dataTransfer.effectAllowed = 'move';
              }}
            >
              <span className="candidate-title">{c.title || 'Bài viết chưa có tiêu đề'}</span>
              <span className="muted">
                {STATUS_LABELS[c.status]}
                {c.category ? ` · ${c.category}` : ''}
              </span>
              <button type="button" aria-label={`Thêm “${c.title}”`} onClick={() => onAdd(c.id)}>
                Thêm
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
