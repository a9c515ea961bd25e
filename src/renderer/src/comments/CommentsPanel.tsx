// "Bình luận": review comments pinned to words of the body. Select words, press "Bình luận", write,
// send with Ctrl+Enter or "Gửi"; threads take replies and are resolved ("Giải quyết") or reopened
// ("Mở lại"). Filters: open / resolved / all, and only threads I started or joined.
import { useEffect, useRef, useState } from 'react';
import type { CommentThread } from '../../../shared/comments';
import { formatDateTime } from '../format';
import type { TextSelection } from './CommentHighlightPlugin';

type StatusFilter = 'open' | 'resolved' | 'all';

const STATUS_FILTERS: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Chưa giải quyết' },
  { value: 'resolved', label: 'Đã giải quyết' },
  { value: 'all', label: 'Tất cả' }
];

export interface CommentsPanelProps {
  threads: CommentThread[];
  meId: string;
  selection: TextSelection | null;
  /** The words a new comment is being written about, after "Bình luận" was pressed. */
  draft: TextSelection | null;
  activeId: string | null;
  onStart: () => void;
  onCancel: () => void;
  onCreate: (body: string) => Promise<void>;
  onReply: (threadId: string, body: string) => Promise<void>;
  onResolve: (threadId: string, resolved: boolean) => Promise<void>;
  onActivate: (threadId: string) => void;
}

export function CommentsPanel(p: CommentsPanelProps) {
  const [status, setStatus] = useState<StatusFilter>('open');
  const [mine, setMine] = useState(false);
  const open = p.threads.filter((t) => !t.resolved).length;
  const shown = p.threads.filter(
    (t) =>
      (status === 'all' || (status === 'open') === !t.resolved) &&
      (!mine || t.messages.some((m) => m.author.id === p.meId))
  );

  return (
    <section className="panel comments-panel" aria-labelledby="comments-title">
      <div className="comments-head">
        <h2 id="comments-title">
          Bình luận <span className="muted">({open} chưa giải quyết)</span>
        </h2>
        <button
          type="button"
          disabled={!p.selection}
          title={p.selection ? 'Bình luận về đoạn đang chọn (Ctrl+Alt+M)' : 'Hãy chọn chữ trong nội dung bài trước'}
          // Keep the selection in the text while the button is pressed.
          onMouseDown={(e) => e.preventDefault()}
          onClick={p.onStart}
        >
          Bình luận
        </button>
      </div>
      <div className="comments-filters" role="group" aria-label="Lọc">
        {STATUS_FILTERS.map((f) => (
          <label key={f.value} className="check">
            <input type="radio" name="comment-status" checked={status === f.value} onChange={() => setStatus(f.value)} />
            {f.label}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
          Của tôi
        </label>
      </div>

      {p.draft && <NewComment quote={p.draft.quote} onCancel={p.onCancel} onSubmit={p.onCreate} />}

      {shown.length === 0 && !p.draft && (
        <p className="muted comments-empty">
          {p.threads.length === 0 ? 'Chưa có bình luận. Chọn chữ trong nội dung rồi bấm “Bình luận”.' : 'Không có bình luận nào khớp bộ lọc.'}
        </p>
      )}
      <ol className="comment-threads">
        {shown.map((t) => (
          <li key={t.id}>
            <Thread thread={t} active={t.id === p.activeId} onActivate={() => p.onActivate(t.id)} onReply={p.onReply} onResolve={p.onResolve} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function NewComment({ quote, onCancel, onSubmit }: { quote: string; onCancel: () => void; onSubmit: (body: string) => Promise<void> }) {
  return (
    <div className="comment-new">
      <blockquote className="comment-quote">“{quote}”</blockquote>
      <Composer label="Nội dung bình luận" autoFocus onCancel={onCancel} onSubmit={onSubmit} />
    </div>
  );
}

function Thread({
  thread,
  active,
  onActivate,
  onReply,
  onResolve
}: {
  thread: CommentThread;
  active: boolean;
  onActivate: () => void;
  onReply: CommentsPanelProps['onReply'];
  onResolve: CommentsPanelProps['onResolve'];
}) {
  const [replying, setReplying] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [active]);
  const [first] = thread.messages;

  return (
    <article
      ref={ref}
      className={'comment-thread' + (active ? ' is-active' : '') + (thread.resolved ? ' is-resolved' : '')}
      aria-label={`Ý kiến của ${first?.author.name ?? ''}`}
      aria-current={active || undefined}
    >
      <button type="button" className="comment-quote link-button" onClick={onActivate} title="Xem đoạn này trong bài">
        “{thread.anchor.quote}”
      </button>
      {thread.anchor.detached && <p className="comment-detached">Đoạn văn này đã bị xóa khỏi bài.</p>}
      {thread.messages.map((m) => (
        <div key={m.id} className="comment-message">
          <div className="comment-meta">
            <strong>{m.author.name}</strong> <span className="muted">{formatDateTime(m.createdAt)}</span>
          </div>
          <p className="comment-body">{m.body}</p>
        </div>
      ))}
      {thread.resolved && thread.resolvedBy && (
        <p className="comment-resolved-note">
          ✔ Đã giải quyết bởi {thread.resolvedBy.name} lúc {thread.resolvedAt ? formatDateTime(thread.resolvedAt) : ''}
        </p>
      )}
      {replying ? (
        <Composer label="Trả lời" autoFocus onCancel={() => setReplying(false)} onSubmit={async (body) => {
          await onReply(thread.id, body);
          setReplying(false);
        }} />
      ) : (
        <div className="comment-actions">
          <button type="button" onClick={() => setReplying(true)}>
            Trả lời
          </button>
          <button type="button" onClick={() => void onResolve(thread.id, !thread.resolved).catch(() => undefined)}>
            {thread.resolved ? 'Mở lại' : 'Giải quyết'}
          </button>
        </div>
      )}
    </article>
  );
}

/** A text box sent with Ctrl+Enter or "Gửi"; Esc cancels. Keeps the text if sending fails. */
function Composer({ label, autoFocus, onCancel, onSubmit }: { label: string; autoFocus?: boolean; onCancel: () => void; onSubmit: (body: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const empty = text.trim() === '';

  async function send() {
    if (empty || busy) return;
    setBusy(true);
    try {
      await onSubmit(text);
      setText('');
    } catch {
      // The caller showed the message; the text stays for another try.
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <textarea
        aria-label={label}
        rows={3}
        value={text}
        autoFocus={autoFocus}
        placeholder="Ctrl+Enter để gửi"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      <div className="comment-actions">
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
        <button type="submit" className="primary" disabled={empty || busy}>
          Gửi
        </button>
      </div>
    </form>
  );
}
