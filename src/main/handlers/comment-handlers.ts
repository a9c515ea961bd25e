// comment.*: review comments with the user taken from the session (ctx). Any logged-in user may
// comment, reply, resolve or reopen: comments never change the article, so no edit right is needed.
import type { AppServices } from '../app';
import type { Handlers } from './types';

type CommentMethods = Pick<Handlers, 'comment.list' | 'comment.create' | 'comment.reply' | 'comment.resolve' | 'comment.reopen'>;

export function commentHandlers(d: Pick<AppServices, 'comments'>): CommentMethods {
  return {
    'comment.list': async ({ articleId }) => d.comments.list(articleId),
    'comment.create': async (input, ctx) => d.comments.create(input, ctx.user),
    'comment.reply': async ({ articleId, threadId, body }, ctx) => d.comments.reply(articleId, threadId, body, ctx.user),
    'comment.resolve': async ({ articleId, threadId }, ctx) => d.comments.resolve(articleId, threadId, ctx.user),
    'comment.reopen': async ({ articleId, threadId }, ctx) => d.comments.reopen(articleId, threadId, ctx.user)
  };
}
