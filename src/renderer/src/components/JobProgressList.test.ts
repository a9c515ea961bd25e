import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JobProgressList } from './JobProgressList';

describe('JobProgressList', () => {
  it('shows each job with its label and a bar, and a failed job with its reason', () => {
    const html = renderToStaticMarkup(
      createElement(JobProgressList, {
        jobs: [
          { jobId: 'j1', kind: 'retention', label: 'Dọn bản lưu tự động cũ: 50/200 bài', done: 50, total: 200, state: 'running' },
          { jobId: 'j2', kind: 'retention', label: 'Dọn bản lưu tự động cũ: 3/9 bài', done: 3, total: 9, state: 'failed', error: 'Ổ đĩa đầy.' }
        ]
      })
    );
    expect(html).toContain('Dọn bản lưu tự động cũ: 50/200 bài');
    expect(html).toMatch(/<progress[^>]*max="200"[^>]*value="50"/);
    expect(html).toContain('Ổ đĩa đầy.');
    expect(html.match(/<progress/g)).toHaveLength(1);
  });
});
