import { describe, expect, it } from 'vitest';
import { add, moveSection, moveStep, moveTo, remove, removeSection } from './layout';

const S = () => [
  { title: 'Tin tức', articleIds: ['a', 'b'] },
  { title: 'Kinh tế', articleIds: ['c'] }
];

describe('composer layout edits', () => {
  it('moves one step within a section and across section boundaries, and stops at the ends', () => {
    expect(moveStep(S(), 'a', 1)[0]!.articleIds).toEqual(['b', 'a']);
    expect(moveStep(S(), 'b', 1).map((s) => s.articleIds)).toEqual([['a'], ['b', 'c']]);
    expect(moveStep(S(), 'c', -1).map((s) => s.articleIds)).toEqual([['a', 'b', 'c'], []]);
    expect(moveStep(S(), 'a', -1)).toEqual(S());
    expect(moveStep(S(), 'c', 1)).toEqual(S());
  });

  it('drops an article anywhere, keeping each article once', () => {
    expect(moveTo(S(), 'c', { section: 0, index: 1 }).map((s) => s.articleIds)).toEqual([['a', 'c', 'b'], []]);
    expect(moveTo(S(), 'a', { section: 1, index: 99 }).map((s) => s.articleIds)).toEqual([['b'], ['c', 'a']]);
    expect(add(S(), 'd', 1).map((s) => s.articleIds)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(add(S(), 'a', 1)).toEqual(S());
    expect(remove(S(), 'b').map((s) => s.articleIds)).toEqual([['a'], ['c']]);
  });

  it('removes a section without losing its articles and reorders sections', () => {
    expect(removeSection(S(), 1)).toEqual([{ title: 'Tin tức', articleIds: ['a', 'b', 'c'] }]);
    expect(removeSection(S(), 0)).toEqual([{ title: 'Kinh tế', articleIds: ['a', 'b', 'c'] }]);
    expect(removeSection([S()[0]!], 0)).toEqual([S()[0]]);
    expect(moveSection(S(), 1, -1).map((s) => s.title)).toEqual(['Kinh tế', 'Tin tức']);
  });
});
