// What the article service needs to know about a body, computed from one parse of the editor state.
import type { Body } from '../../shared/article';
import { emptyBody, readBodyState } from '../editor/body';
import { $plainTextOfRoot, $statsOfRoot, type BodyStats } from '../editor/plainText';

export interface BodyAnalysis {
  text: string;
  stats: BodyStats;
}

export interface BodyTools {
  emptyBody(): Body;
  analyse(body: Body): BodyAnalysis;
}

/** The real tools, over the Lexical headless editor (src/core/editor). */
export const editorBodyTools: BodyTools = {
  emptyBody,
  analyse: (body) => readBodyState(body).read(() => ({ text: $plainTextOfRoot(), stats: $statsOfRoot() }))
};
