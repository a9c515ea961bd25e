// Reading and writing the stored body form: Lexical JSON plus the Lexical version that wrote it.
import type { EditorState } from 'lexical';
import type { Body } from '../../shared/article';
import { createBodyEditor } from './headless';

/** The Lexical version every body is written with (all lexical packages are pinned to it). */
export const LEXICAL_VERSION = '0.52.0';

/** Parses a stored body into an editor state of the article schema (throws on malformed JSON). */
export function readBodyState(body: Body): EditorState {
  const editor = createBodyEditor();
  return editor.parseEditorState(body.json);
}

export function bodyFromState(state: EditorState): Body {
  return { lexicalVersion: LEXICAL_VERSION, json: JSON.stringify(state.toJSON()) };
}
