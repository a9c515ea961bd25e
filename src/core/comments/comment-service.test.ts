import { describe, expect, it } from 'vitest';
import { MAX_COMMENT, type CommentList } from '../../shared/comments';
import { ErrorCode } from '../../shared/errors';
import { anchorWords } from '../../main/adapters/diff/jsdiff';
import { editorBodyTools } from '../articles/body-tools';
import { bodyToHtml } from '../editor/bodyHtml';
import { paragraphsBody } from '../testing/body';
import { InMemoryComments, InMemoryTx } from '../testing/fakes';
import { createTestServices } from '../testing/services';
import { CommentService } from './comment-service';

const author = { id: 'u-author', name: 'Nguyễn Thị Biên' };
const reviewer = { id: 'u-reviewer', name: 'Trần Văn Thành' };

const P1 = 'Sáng 20/11, Ủy ban nhân dân thị xã Kiến Tường tổ chức hội nghị tổng kết công tác năm 2026.';
const P2 = 'Đồng chí Chủ tịch phát biểu chỉ đạo, đề nghị các phòng ban tiếp tục cải cách hành chính.';
const P3 = 'Hội nghị đã khen thưởng 25 tập thể và 40 cá nhân có thành tích xuất sắc.';

function setup(paragraphs = [P1, P2, P3]) {
  // The article service is told of each revision, as the composition root wires it.
  let comments: CommentService | null = null;
  const s = createTestServices(editorBodyTools, [(before, saved) => comments!.onRevision(before, saved)]);
  const repo = new InMemoryComments();
  comments = new CommentService({
    comments: repo,
    articles: s.articles,
    revisionText: (articleId, revisionId) => s.repos.articles.revisions.find((r) => r.id === articleId && r.revisionId === revisionId)?.bodyText ?? null,
    words: anchorWords,
    tx: new InMemoryTx(),
    clock: s.clock,
    ids: s.ids
  });
  const article = s.articles.create({ title: 'Hội nghị tổng kết', body: paragraphsBody(paragraphs) }, author);
  /** Saves the current article with new paragraphs (as the editor would). */
  const save = (next: string[]) => {
    const current = s.articles.get(article.id);
    return s.articles.save(article.id, current.revisionId, { ...s.articles.blankFields(), title: current.title, body: paragraphsBody(next) }, author);
  };
  /** Comments on the `nth` occurrence of `quote` in the current text. */
  const comment = (quote: string, body = 'Kiểm tra lại.', nth = 0, by = reviewer) => {
    const current = s.articles.get(article.id);
    let start = -1;
    for (let i = 0; i <= nth; i++) start = current.bodyText.indexOf(quote, start + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    return comments.create({ articleId: article.id, revisionId: current.revisionId, start, end: start + quote.length, quote, body }, by);
  };
  return { ...s, repo, comments, article, save, comment };
}

/** The words each thread covers now (null when detached), in list order. */
function covered(list: CommentList): (string | null)[] {
  return list.threads.map((t) => (t.anchor.detached ? null : list.bodyText.slice(t.anchor.start, t.anchor.end)));
}

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected an error');
}

describe('CommentService threads', () => {
  it('opens a thread on selected words, with replies in order, and resolves and reopens it', () => {
    const { comments, comment, article, clock } = setup();
    const thread = comment('hội nghị tổng kết', '  Ghi rõ tên hội nghị.  ');
    expect(thread).toMatchObject({
      articleId: article.id,
      anchor: { quote: 'hội nghị tổng kết', detached: false },
      resolved: false,
      resolvedBy: null,
      createdBy: reviewer,
      messages: [{ author: reviewer, body: 'Ghi rõ tên hội nghị.' }]
    });
    clock.advance(60_000);
    const replied = comments.reply(article.id, thread.id, 'Đã sửa theo góp ý.', author);
    expect(replied.messages.map((m) => [m.author.name, m.body])).toEqual([
      [reviewer.name, 'Ghi rõ tên hội nghị.'],
      [author.name, 'Đã sửa theo góp ý.']
    ]);
    const resolved = comments.resolve(article.id, thread.id, reviewer);
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: reviewer, resolvedAt: clock.now().toISOString() });
    expect(comments.openThreadIds(article.id)).toEqual([]);
    expect(comments.reopen(article.id, thread.id, author)).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    expect(comments.openThreadIds(article.id)).toEqual([thread.id]);
  });

  it('treats resolving a resolved thread and reopening an open one as no-ops', () => {
    const { comments, comment, article, repo } = setup();
    const thread = comment('cải cách hành chính');
    comments.reopen(article.id, thread.id, author);
    expect(repo.eventRows).toHaveLength(0);
    comments.resolve(article.id, thread.id, reviewer);
    comments.resolve(article.id, thread.id, author);
    expect(repo.eventRows).toHaveLength(1);
    expect(comments.list(article.id).threads[0]).toMatchObject({ resolved: true, resolvedBy: reviewer });
  });

  it('refuses empty or too long comments, a selection that does not match the text, and threads of another article', () => {
    const s = setup();
    const current = s.articles.get(s.article.id);
    const at = current.bodyText.indexOf('hội nghị');
    const input = { articleId: s.article.id, revisionId: current.revisionId, start: at, end: at + 8, quote: 'hội nghị', body: 'Xem lại.' };
    expect(errorOf(() => s.comments.create({ ...input, body: ' \n ' }, reviewer))).toMatchObject({ code: ErrorCode.INVALID_INPUT, message: 'Hãy nhập nội dung bình luận.' });
    expect(errorOf(() => s.comments.create({ ...input, body: 'a'.repeat(MAX_COMMENT + 1) }, reviewer))).toMatchObject({ code: ErrorCode.INVALID_INPUT, message: /quá 4\.000 ký tự/ });
    expect(errorOf(() => s.comments.create({ ...input, quote: 'hội nghĩ' }, reviewer))).toMatchObject({ code: ErrorCode.CONFLICT, message: /Hãy chọn lại đoạn chữ/ });
    expect(errorOf(() => s.comments.create({ ...input, start: at + 1, end: at + 9 }, reviewer))).toMatchObject({ code: ErrorCode.CONFLICT });
    expect(errorOf(() => s.comments.create({ ...input, revisionId: 'không-có' }, reviewer))).toMatchObject({ code: ErrorCode.NOT_FOUND, message: /phiên bản bài viết bạn đang xem/ });
    expect(errorOf(() => s.comments.create({ ...input, articleId: 'không-có' }, reviewer))).toMatchObject({ code: ErrorCode.NOT_FOUND });

    const thread = s.comments.create({ ...input, body: 'Ghi chu\u0301 da\u0300i'.normalize('NFD') }, reviewer);
    expect(thread.messages[0]!.body).toBe('Ghi chú dài'.normalize('NFC'));
    const other = s.articles.create({ title: 'Bài khác' }, author);
    const notHere = errorOf(() => s.comments.reply(other.id, thread.id, 'Trả lời', author));
    expect(notHere).toMatchObject({ code: ErrorCode.NOT_FOUND, message: /Không tìm thấy bình luận/ });
    expect(errorOf(() => s.comments.resolve(s.article.id, 'không-có', author))).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(errorOf(() => s.comments.reply(s.article.id, thread.id, '   ', author))).toMatchObject({ code: ErrorCode.INVALID_INPUT });
  });

  it('places a comment made on an older revision on the same words of the current one', () => {
    const s = setup();
    const old = s.articles.get(s.article.id);
    s.save(['Tin từ Văn phòng.', P1, P2.replace('cải cách hành chính', 'cải cách thủ tục hành chính'), P3.replace(' và 40 cá nhân', '')]);
    const at = old.bodyText.indexOf('25 tập thể');
    const thread = s.comments.create({ articleId: old.id, revisionId: old.revisionId, start: at, end: at + 10, quote: '25 tập thể', body: 'Số liệu?' }, reviewer);
    const list = s.comments.list(old.id);
    expect(list.revisionId).toBe(s.articles.get(old.id).revisionId);
    expect(list.bodyText.slice(thread.anchor.start, thread.anchor.end)).toBe('25 tập thể');
    // Words deleted since the commenter's revision cannot be commented on any more.
    const gone = old.bodyText.indexOf('40 cá nhân');
    const refused = errorOf(() => s.comments.create({ articleId: old.id, revisionId: old.revisionId, start: gone, end: gone + 10, quote: '40 cá nhân', body: 'x' }, reviewer));
    expect(refused).toMatchObject({ code: ErrorCode.CONFLICT, message: /vừa bị xóa/ });
  });
});

describe('comments stay out of the article', () => {
  it('never change its content, hash, HTML, revision, history or modification time', () => {
    const s = setup();
    const before = s.articles.get(s.article.id);
    const revisions = s.repos.articles.revisions.length;
    const history = s.articles.history(before.id);
    const thread = s.comment('hội nghị tổng kết', 'GHICHU-BIMAT: bình luận nội bộ');
    s.comments.reply(before.id, thread.id, 'TRALOI-BIMAT: đã xem', author);
    s.comments.resolve(before.id, thread.id, reviewer);
    s.comments.reopen(before.id, thread.id, author);

    const after = s.articles.get(before.id);
    expect(after).toEqual(before);
    expect(s.repos.articles.revisions).toHaveLength(revisions);
    expect(s.articles.history(before.id)).toEqual(history);
    const exported = [after.body.json, after.bodyText, after.contentHash, bodyToHtml(after.body), JSON.stringify(after)].join('\n');
    expect(exported).not.toMatch(/BIMAT|bình luận nội bộ|đã xem/);
    expect(bodyToHtml(after.body)).toContain('hội nghị tổng kết');
  });
});

describe('anchors survive edits', () => {
  it('follow their words through saves around and inside them, detach when deleted and come back when restored', () => {
    const s = setup();
    s.comment('hội nghị tổng kết', 'Tên đầy đủ của hội nghị?');
    s.comment('tổng kết công tác năm 2026', 'Trùng với bình luận trước.');
    const reform = s.comment('cải cách hành chính', 'Nêu kết quả cụ thể.');
    s.comment('25 tập thể', 'Kiểm tra số liệu.');
    s.comments.resolve(s.article.id, reform.id, author);
    const expected = ['hội nghị tổng kết', 'tổng kết công tác năm 2026', 'cải cách hành chính', '25 tập thể'];
    expect(covered(s.comments.list(s.article.id))).toEqual(expected);

    // Around: a new first paragraph and a changed date before the phrases.
    const p1 = P1.replace('Sáng 20/11', 'Sáng ngày 20 tháng 11');
    s.save(['Tin từ Văn phòng HĐND-UBND thị xã.', p1, P2, P3]);
    expect(covered(s.comments.list(s.article.id))).toEqual(expected);

    // Inside: words added within the second span and a word replaced inside the third; text typed at edges stays out.
    const p1b = p1.replace('tổng kết công tác', 'tổng kết toàn diện công tác');
    const p2 = P2.replace('cải cách hành chính', 'đẩy mạnh cải cách thủ tục hành chính');
    s.save(['Tin từ Văn phòng HĐND-UBND thị xã.', p1b, p2, P3.replace('xuất sắc', 'xuất sắc năm 2026')]);
    const grown = ['hội nghị tổng kết', 'tổng kết toàn diện công tác năm 2026', 'cải cách thủ tục hành chính', '25 tập thể'];
    expect(covered(s.comments.list(s.article.id))).toEqual(grown);

    // Deleting the words detaches their thread (listed last); restoring the text brings it back.
    s.save(['Tin từ Văn phòng HĐND-UBND thị xã.', p1b, p2, 'Hội nghị đã khen thưởng 40 cá nhân có thành tích xuất sắc năm 2026.']);
    const detached = s.comments.list(s.article.id);
    expect(covered(detached)).toEqual([...grown.slice(0, 3), null]);
    expect(detached.threads[3]!.anchor).toMatchObject({ quote: '25 tập thể', detached: true });
    s.save(['Tin từ Văn phòng HĐND-UBND thị xã.', p1b, p2, P3.replace('xuất sắc', 'xuất sắc năm 2026')]);
    expect(covered(s.comments.list(s.article.id))).toEqual(grown);

    // The resolved thread moved too, so reopening it points at its words.
    const reopened = s.comments.reopen(s.article.id, reform.id, reviewer);
    const text = s.articles.get(s.article.id).bodyText;
    expect(text.slice(reopened.anchor.start, reopened.anchor.end)).toBe('cải cách thủ tục hành chính');
  });

  it('stores a new position only for the comments an edit moved', () => {
    const s = setup();
    const first = s.comment(P1.slice(0, 12));
    const last = s.comment(P3.slice(0, 12));
    const rows = () => s.repo.anchorRows.length;
    expect(rows()).toBe(2);
    s.save([P1, P2, P3 + ' Thêm một câu ở cuối.']);
    expect(rows()).toBe(2);
    s.save(['Mở đầu. ' + P1, P2, P3 + ' Thêm một câu ở cuối.']);
    expect(rows()).toBe(4);
    const threads = s.comments.list(s.article.id).threads;
    const text = s.articles.get(s.article.id).bodyText;
    expect(threads.map((t) => text.slice(t.anchor.start, t.anchor.end))).toEqual([first.anchor.quote, last.anchor.quote]);
  });

  // Its cost per autosave is measured in bench/sections/comments.ts.
  it('rebases 50 threads of a 5,000-word article on a save', () => {
    const sentence = (i: number) => `Câu số ${i} nói về công tác cải cách hành chính của phường ${i % 7} trong năm 2026 tại địa phương.`;
    const paragraphs = Array.from({ length: 100 }, (_, p) => Array.from({ length: 3 }, (_, k) => sentence(p * 3 + k)).join(' '));
    const s = setup(paragraphs);
    for (let i = 0; i < 50; i++) s.comment(`Câu số ${i * 6} nói`, `Bình luận ${i}`);
    expect(s.articles.get(s.article.id).wordCount).toBeGreaterThan(5000);
    const edited = [...paragraphs];
    edited[40] = 'Đoạn viết lại hoàn toàn. ' + edited[40]!.replace('cải cách', 'đổi mới');
    s.save(edited);
    expect(covered(s.comments.list(s.article.id))).toEqual(Array.from({ length: 50 }, (_, i) => `Câu số ${i * 6} nói`));
  });
});
