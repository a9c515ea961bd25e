// A small stand-in for src/core/editor/body.ts in core tests: reads Lexical JSON without Lexical.
import type { Body } from '../../shared/article';
import { countWords } from '../../shared/text';
import type { BodyTools } from '../articles/body-tools';

interface Node {
  type?: string;
  text?: string;
  src?: string;
  children?: Node[];
}

/** A Lexical state of plain paragraphs, optionally with images (src `media:<hash>`). */
export function paragraphsBody(paragraphs: string[], imageHashes: string[] = []): Body {
  const text = (t: string) => ({ type: 'text', text: t, format: 0, style: '', mode: 'normal', detail: 0, version: 1 });
  const block = (children: unknown[]) => ({ type: 'paragraph', children, direction: null, format: '', indent: 0, version: 1 });
  const children = [
    ...paragraphs.map((p) => block([text(p)])),
    ...imageHashes.map((h) => block([{ type: 'image', src: 'media:' + h, altText: '', version: 1 }]))
  ];
  return { lexicalVersion: '0.52.0', json: JSON.stringify({ root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } }) };
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}

function plainText(body: Body): string {
  const root = (JSON.parse(body.json) as { root: Node }).root;
  return (root.children ?? [])
    .map((block) => {
      let s = '';
      walk(block, (n) => (s += n.text ?? ''));
      return s;
    })
    .filter((line) => line !== '')
    .join('\n');
}

export const fakeBodyTools: BodyTools = {
  emptyBody: () => paragraphsBody([]),
  analyse(body) {
    const text = plainText(body);
    const imageHashes: string[] = [];
    walk((JSON.parse(body.json) as { root: Node }).root, (n) => {
      if (n.type === 'image' && n.src?.startsWith('media:')) imageHashes.push(n.src.slice(6));
    });
    const words = countWords(text);
    return { text, stats: { words, photos: imageHashes.length, pages: words === 0 ? 0 : Math.ceil(words / 500), imageHashes } };
  }
};
