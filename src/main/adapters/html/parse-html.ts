// An HTML parser for Node, so the editor's htmlToBody can run outside a browser (import, seeding).
import { JSDOM } from 'jsdom';

export function parseHtml(html: string): Document {
  return new JSDOM(html).window.document;
}
