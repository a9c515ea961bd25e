// Comparing two versions of an article: metadata fields, then the body block by block.
import type { Article } from '../../shared/article';
import type { BlockChange, FieldChange, VersionComparison } from '../../shared/compare';
import { bodyBlocks } from './blocks';
import { diffBlocks } from './body-diff';
import type { Differ } from './differ';
import { compareFields } from './fields';
import { partsWordCount } from './text-diff';

export type { Differ, DiffChunk } from './differ';

export type VersionRef = VersionComparison['from'];

export interface VersionSnapshot {
  ref: VersionRef;
  article: Article;
}

export function compareVersions(differ: Differ, from: VersionSnapshot, to: VersionSnapshot): VersionComparison {
  const fields = compareFields(differ, from.article, to.article);
  const blocks = diffBlocks(differ, bodyBlocks(from.article.body), bodyBlocks(to.article.body));
  return { from: from.ref, to: to.ref, fields, blocks, summary: summarize(fields, blocks) };
}

function summarize(fields: FieldChange[], blocks: BlockChange[]): VersionComparison['summary'] {
  let added = 0;
  let removed = 0;
  let changedBlocks = 0;
  for (const b of blocks) {
    if (b.change === 'same') continue;
    // A moved block is counted once and adds or removes no words.
    if (b.moved) {
      if (b.change === 'added') changedBlocks++;
      continue;
    }
    changedBlocks++;
    added += partsWordCount(b.parts, 'added');
    removed += partsWordCount(b.parts, 'removed');
  }
  for (const f of fields) {
    if (!f.parts || f.field === 'attachments') continue;
    added += partsWordCount(f.parts, 'added');
    removed += partsWordCount(f.parts, 'removed');
  }
  return { added, removed, changedBlocks, changedFields: fields.length };
}
