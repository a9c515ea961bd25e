import type { HistoryEntry } from '../../../shared/article';
import { dateTimeWithWeekday } from '../format';

export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section className="panel history" aria-labelledby="history-title">
      <h2 id="history-title">Lịch sử</h2>
      {entries.length === 0 ? (
        <p className="muted">Chưa có mục nào.</p>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{dateTimeWithWeekday(e.at)}</time> — <strong>{e.user.name}</strong>: {e.description}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
