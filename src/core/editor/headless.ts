// A headless editor with the article schema, for conversions outside the React editor.
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { EDITOR_NODES } from './nodes';

export function createBodyEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'bbt-body',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    }
  });
}
