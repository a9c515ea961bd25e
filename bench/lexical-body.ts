// A minimal valid Lexical editor state (root → paragraph → text) for generated article bodies.

export const BENCH_LEXICAL_VERSION = '0.52.0';

export function paragraphsToLexicalJson(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }]
      }))
    }
  });
}
