// What the article service needs to know about a body; src/core/editor/body.ts provides it.
import type { Body } from '../../shared/article';

export interface BodyStats {
  words: number;
  photos: number;
  pages: number;
  imageHashes: string[];
}

export interface BodyTools {
  emptyBody(): Body;
  bodyToPlainText(body: Body): string;
  bodyStats(body: Body): BodyStats;
}
