import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { VersionComparison } from '../../../shared/compare';
import { CompareView, summaryText } from './CompareView';

const comparison: VersionComparison = {
  from: { id: 'v1', number: 1, createdAt: '2026-11-01T01:00:00.000Z', by: 'An' },
  to: { id: 'v2', number: 2, createdAt: '2026-11-01T02:30:00.000Z', by: 'Bình' },
  fields: [{ field: 'featured', label: 'Tin nổi bật', before: 'Không', after: 'Có' }],
  blocks: [
    {
      change: 'changed',
      kind: 'Đoạn văn',
      before: [{ text: 'Cái ', change: 'same' }, { text: 'bàn', change: 'removed' }],
      after: [{ text: 'Cái ', change: 'same' }, { text: 'bản', change: 'added' }],
      parts: [{ text: 'Cái ', change: 'same' }, { text: 'bàn', change: 'removed' }, { text: 'bản', change: 'added' }]
    },
    { change: 'same', kind: 'Đoạn văn', before: [], after: [], parts: [{ text: 'Hạn ', change: 'same' }, { text: 'ngày 15', change: 'same', formatChanged: ['thêm đậm'] }] }
  ],
  summary: { added: 1, removed: 1, changedBlocks: 1, changedFields: 1 }
};

describe('CompareView', () => {
  it('summarises the changes in Vietnamese', () => {
    expect(summaryText(comparison.summary)).toBe('Thêm 1 từ, bỏ 1 từ, 1 đoạn thay đổi, 1 thông tin thay đổi.');
    expect(summaryText({ added: 0, removed: 0, changedBlocks: 0, changedFields: 0 })).toBe('Hai phiên bản giống nhau, không có thay đổi.');
  });

  it('shows removed words struck through and added words underlined, with the field table on top', () => {
    const html = renderToStaticMarkup(createElement(CompareView, { comparison, mode: 'inline' }));
    expect(html).toContain('Thông tin thay đổi');
    expect(html).toContain('<del class="cmp-removed" title="Đã bỏ">bàn</del>');
    expect(html).toContain('<ins class="cmp-added" title="Đã thêm">bản</ins>');
    expect(html).toContain('<small class="cmp-format-label">thêm đậm</small>');
    expect(html).toContain('Phiên bản 1');
    expect(html).toContain('09:30');
  });

  it('puts the old text left and the new text right in side-by-side mode', () => {
    const html = renderToStaticMarkup(createElement(CompareView, { comparison, mode: 'side' }));
    const before = html.slice(html.indexOf('cmp-before'), html.indexOf('cmp-after'));
    expect(before).toContain('bàn');
    expect(before).not.toContain('bản');
    expect(html.slice(html.indexOf('cmp-after'))).toContain('bản');
  });
});
