import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyToHtml } from '../../core/editor/body';
import { openApp, type App } from '../app';
import { SAMPLE_ARTICLES } from './articles';

let dir: string;
let app: App;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbt-sample-'));
  app = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sample workspace', () => {
  it('has the seed portal agency profile', () => {
    expect(app.services.profile.current()).toMatchObject({
      agencyName: 'ỦY BAN NHÂN DÂN THỊ XÃ KIẾN TƯỜNG',
      responsibleName: 'Ông Lê Quang Tửu',
      responsiblePosition: 'Chánh Văn phòng HĐND và UBND thị xã',
      address: 'Số 12, đường 30/4, Phường 1, thị xã Kiến Tường, tỉnh Long An',
      phone: '(0272) 3841981 - (0272) 3840958',
      fax: '(072) 3841936',
      email: 'ubndtxkientuong@longan.gov.vn',
      parentAgency: 'Ủy ban nhân dân tỉnh Long An'
    });
  });

  it('has a dozen or more articles across categories, types and states, with structured bodies', () => {
    const page = app.services.articles.list({ sort: 'modifiedAt', direction: 'desc', offset: 0, limit: 100 });
    expect(page.total).toBeGreaterThanOrEqual(12);
    const articles = page.items.map((s) => app.services.articles.get(s.id));
    expect(new Set(articles.map((a) => a.status))).toEqual(
      new Set(['nhap', 'cho_bien_tap', 'cho_duyet', 'da_duyet', 'hen_gio', 'da_xuat_ban', 'tra_lai'])
    );
    expect(new Set(articles.map((a) => a.category)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(articles.map((a) => a.articleType)).size).toBeGreaterThanOrEqual(5);
    expect(articles.some((a) => bodyToHtml(a.body).includes('<ul') && bodyToHtml(a.body).includes('<h2'))).toBe(true);
    for (const a of articles.filter((x) => x.title !== '')) expect(a.wordCount).toBeGreaterThan(40);
    const published = articles.find((a) => a.title === SAMPLE_ARTICLES[0]!.title)!;
    expect(published.publishAt).toBe('2026-10-14T01:30:00.000Z');
    expect(published.approvalStatus).toBe(0);
    // Main image and an inline photo with caption, both stored in the workspace media folder.
    expect(app.media.get(published.imageHash!)?.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect(published.photoCount).toEqual({ value: 1, overridden: false });
    expect(bodyToHtml(published.body)).toContain(`<figcaption>${published.imageCaption}</figcaption>`);
  });

  it('is found by a search without diacritics and is not seeded twice', () => {
    expect(app.services.articles.search('ray nau').map((h) => h.title)).toContain('Chủ động phòng trừ rầy nâu, bệnh đạo ôn trên lúa Đông Xuân 2026 – 2027');
    const count = app.services.articles.count();
    app.close();
    app = openApp({ workspaceDir: dir, mode: 'cli', sample: true, log: () => {} });
    expect(app.services.articles.count()).toBe(count);
    expect(app.services.profile.history()).toHaveLength(1);
  });
});
