// An HTML parser for Node, so the editor's htmlToBody can run outside a browser (import, seeding).
import { createRequire } from 'node:module';
import type { JSDOM as JSDOMClass } from 'jsdom';

const require = createRequire(import.meta.url);
let JSDOM: typeof JSDOMClass | null = null;

/** jsdom is loaded on first use: it takes about a second, and most sessions never parse HTML. */
export function loadJsdom(): typeof JSDOMClass {
  JSDOM ??= (require('jsdom') as { JSDOM: typeof JSDOMClass }).JSDOM;
  return JSDOM;
}

export function parseHtml(html: string): Document {
  return new (loadJsdom())(html).window.document;
}
