// CommentRepository over SQLite: append-only threads, messages, resolve/reopen events and anchors
// (migration 0190).
import type Database from 'better-sqlite3';
import type { AnchorRow, CommentRepository, StoredMessage, StoredThread, ThreadAction, ThreadEvent } from '../../../core/comments/ports';

interface ThreadRow {
  id: string;
  article_id: string;
  created_at: string;
  created_by_id: string;
  created_by_name: string;
  quote: string;
  revision_id: string;
  start: number;
  end: number;
}

interface MessageRow {
  id: string;
  thread_id: string;
  article_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
}

interface EventRow {
  id: string;
  thread_id: string;
  action: ThreadAction;
  user_id: string;
  user_name: string;
  at: string;
}

interface AnchorDbRow {
  thread_id: string;
  revision_id: string;
  start: number;
  end: number;
  detached: number;
  at: string;
}

export class SqliteCommentRepository implements CommentRepository {
  private readonly s: {
    insertThread: Database.Statement;
    insertMessage: Database.Statement;
    insertEvent: Database.Statement;
    insertAnchor: Database.Statement;
    thread: Database.Statement<[string], ThreadRow>;
    threads: Database.Statement<[string], ThreadRow>;
    messages: Database.Statement<[string], MessageRow>;
    latestEvents: Database.Statement<[string], EventRow>;
    anchors: Database.Statement<{ article: string; revision: string }, AnchorDbRow>;
  };

  constructor(db: Database.Database) {
    this.s = {
      insertThread: db.prepare(
        `INSERT INTO comment_threads (id, article_id, created_at, created_by_id, created_by_name, quote, revision_id, start, "end")
         VALUES (@id, @articleId, @createdAt, @createdById, @createdByName, @quote, @revisionId, @start, @end)`
      ),
      insertMessage: db.prepare(
        `INSERT INTO comment_messages (id, thread_id, article_id, author_id, author_name, body, created_at)
         VALUES (@id, @threadId, @articleId, @authorId, @authorName, @body, @createdAt)`
      ),
      insertEvent: db.prepare(
        'INSERT INTO comment_thread_events (id, thread_id, action, user_id, user_name, at) VALUES (@id, @threadId, @action, @userId, @userName, @at)'
      ),
      insertAnchor: db.prepare(
        `INSERT INTO comment_anchors (thread_id, revision_id, start, "end", detached, at) VALUES (@threadId, @revisionId, @start, @end, @detached, @at)`
      ),
      thread: db.prepare('SELECT * FROM comment_threads WHERE id = ?'),
      threads: db.prepare('SELECT * FROM comment_threads WHERE article_id = ? ORDER BY id'),
      messages: db.prepare('SELECT * FROM comment_messages WHERE article_id = ? ORDER BY created_at, id'),
      latestEvents: db.prepare(
        `SELECT e.* FROM comment_threads t
         JOIN comment_thread_events e ON e.id = (SELECT x.id FROM comment_thread_events x WHERE x.thread_id = t.id ORDER BY x.id DESC LIMIT 1)
         WHERE t.article_id = ?`
      ),
      // The row of the asked revision, else the thread's latest (revision ids are UUIDv7: they sort by time).
      anchors: db.prepare(
        `SELECT a.* FROM comment_threads t
         JOIN comment_anchors a ON a.thread_id = t.id AND a.revision_id = coalesce(
           (SELECT x.revision_id FROM comment_anchors x WHERE x.thread_id = t.id AND x.revision_id = @revision),
           (SELECT x.revision_id FROM comment_anchors x WHERE x.thread_id = t.id ORDER BY x.revision_id DESC LIMIT 1))
         WHERE t.article_id = @article`
      )
    };
  }

  insertThread(t: StoredThread): void {
    const { createdBy, ...rest } = t;
    this.s.insertThread.run({ ...rest, createdById: createdBy.id, createdByName: createdBy.name });
  }

  insertMessage(m: StoredMessage): void {
    this.s.insertMessage.run({ id: m.id, threadId: m.threadId, articleId: m.articleId, authorId: m.author.id, authorName: m.author.name, body: m.body, createdAt: m.createdAt });
  }

  insertEvent(e: ThreadEvent): void {
    this.s.insertEvent.run({ id: e.id, threadId: e.threadId, action: e.action, userId: e.user.id, userName: e.user.name, at: e.at });
  }

  insertAnchor(a: AnchorRow): void {
    this.s.insertAnchor.run({ ...a, detached: a.detached ? 1 : 0 });
  }

  thread(threadId: string): StoredThread | null {
    const r = this.s.thread.get(threadId);
    return r ? toThread(r) : null;
  }

  threads(articleId: string): StoredThread[] {
    return this.s.threads.all(articleId).map(toThread);
  }

  messages(articleId: string): StoredMessage[] {
    return this.s.messages.all(articleId).map((r) => ({
      id: r.id,
      threadId: r.thread_id,
      articleId: r.article_id,
      author: { id: r.author_id, name: r.author_name },
      body: r.body,
      createdAt: r.created_at
    }));
  }

  latestEvents(articleId: string): ThreadEvent[] {
    return this.s.latestEvents.all(articleId).map((r) => ({ id: r.id, threadId: r.thread_id, action: r.action, user: { id: r.user_id, name: r.user_name }, at: r.at }));
  }

  anchors(articleId: string, revisionId: string): AnchorRow[] {
    return this.s.anchors
      .all({ article: articleId, revision: revisionId })
      .map((r) => ({ threadId: r.thread_id, revisionId: r.revision_id, start: r.start, end: r.end, detached: r.detached === 1, at: r.at }));
  }
}

function toThread(r: ThreadRow): StoredThread {
  return {
    id: r.id,
    articleId: r.article_id,
    createdAt: r.created_at,
    createdBy: { id: r.created_by_id, name: r.created_by_name },
    quote: r.quote,
    revisionId: r.revision_id,
    start: r.start,
    end: r.end
  };
}
