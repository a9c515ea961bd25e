import { useCallback, useEffect, useState } from 'react';
import type { MyWork, MyWorkItem } from '../../../shared/workflow';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { CommentCount } from '../comments/CommentCount';
import { useRefreshOnArticleChange } from '../hooks/useAppEvent';
import { hrefOf } from '../router';
import { dateTimeWithWeekday, statusLabel } from '../format';

const SECTIONS: { key: keyof MyWork; title: string; empty: string }[] = [
  { key: 'returnedToMe', title: 'Bị trả lại cho tôi', empty: 'Không có bài nào bị trả lại.' },
  { key: 'toEdit', title: 'Chờ tôi viết / sửa', empty: 'Không có bài nháp nào.' },
  { key: 'toReview', title: 'Chờ tôi biên tập', empty: 'Không có bài nào chờ biên tập.' },
  { key: 'toSign', title: 'Chờ tôi ký duyệt', empty: 'Không có bài nào chờ ký duyệt.' },
  { key: 'returnedByMe', title: 'Tôi đã trả lại', empty: 'Chưa trả lại bài nào.' }
];

/** "Việc của tôi": the start page — what waits for me, what I returned, what was returned to me and why. */
export function MyWorkPage() {
  const { session } = useApp();
  const [work, setWork] = useState<MyWork | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    call('workflow.myWork', {}).then(
      (w) => {
        setWork(w);
        setError(null);
      },
      (e) => setError(errorMessage(e))
    );
  }, []);
  useEffect(load, [load]);
  // What waits for me changes with every action anywhere: shown again without leaving the page.
  useRefreshOnArticleChange(load);

  if (error) return <p role="alert">{error}</p>;
  if (!work) return <p className="muted">Đang tải…</p>;
  return (
    <section className="my-work">
      <h1>Việc của tôi</h1>
      <p className="muted">
        {session.user.name} — {session.user.position}
      </p>
      <div className="work-grid">
        {SECTIONS.map((s) => (
          <section key={s.key} className={`panel work-${s.key}`} aria-labelledby={`work-${s.key}`}>
            <h2 id={`work-${s.key}`}>
              {s.title} <span className="count-badge">{work[s.key].length}</span>
            </h2>
            {work[s.key].length === 0 ? (
              <p className="muted">{s.empty}</p>
            ) : (
              <ul className="work-list">
                {work[s.key].map((item) => (
                  <WorkItem key={item.id} item={item} showNote={s.key === 'returnedToMe' || s.key === 'returnedByMe'} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function WorkItem({ item, showNote }: { item: MyWorkItem; showNote: boolean }) {
  return (
    <li>
      <a href={hrefOf({ page: 'article', id: item.id })}>{item.title || '(Chưa có tiêu đề)'}</a>
      <span className={`badge status-${item.status}`}>{statusLabel(item.status)}</span>
      <CommentCount count={item.openComments} />
      {showNote && item.note && (
        <p className="work-note">
          <strong>Lý do:</strong> {item.note}
          {item.by && item.at && (
            <span className="muted">
              {' '}
              — {item.by.name}, {dateTimeWithWeekday(item.at)}
            </span>
          )}
        </p>
      )}
    </li>
  );
}
