// print.article: "In bài viết". Any logged-in user may print; the PDF crosses the bridge as base64.
import type { AppServices } from '../app';
import type { Handlers } from './types';

type PrintingMethods = Pick<Handlers, 'print.article'>;

export function printingHandlers(s: Pick<AppServices, 'printing'>): PrintingMethods {
  return {
    'print.article': async ({ articleId }, ctx) => {
      const printed = await s.printing.printArticle(articleId, ctx.user);
      return { fileName: printed.fileName, dataBase64: Buffer.from(printed.bytes).toString('base64') };
    }
  };
}
