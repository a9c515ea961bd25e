// print.article: "In bài viết"; print.slip: "In phiếu duyệt". Any logged-in user may print; the PDF
// crosses the bridge as base64.
import type { AppServices } from '../app';
import type { Handlers } from './types';

type PrintingMethods = Pick<Handlers, 'print.article' | 'print.slip'>;

export function printingHandlers(s: Pick<AppServices, 'printing' | 'slips'>): PrintingMethods {
  return {
    'print.article': async ({ articleId }, ctx) => {
      const printed = await s.printing.printArticle(articleId, ctx.user);
      return { fileName: printed.fileName, dataBase64: Buffer.from(printed.bytes).toString('base64') };
    },
    'print.slip': async ({ articleId }, ctx) => {
      const printed = await s.slips.printSlip(articleId, ctx.user);
      return { fileName: printed.fileName, dataBase64: Buffer.from(printed.bytes).toString('base64') };
    }
  };
}
