// Opening a folder target's copy: only an existing index.html inside the target's folder (the rule, in Node), and
// `publish.openCopy` through dispatch with a recording opener in place of Electron's shell, or none (browser mode).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textToBody } from '../../core/editor/body';
import { AppError } from '../../shared/errors';
import { SAMPLE_PROFILE } from '../sample/profile';
import { openWorkflowFixture, PASSWORD, type WorkflowFixture } from '../workflow/testing';
import { copyInsideFolder, type LocalFileOpener } from './local-copy';

const dirs: string[] = [];
const fixtures: WorkflowFixture[] = [];
afterEach(() => {
  for (const f of fixtures.splice(0)) f.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'bbt-copy-'));
  dirs.push(d);
  return d;
};
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('not refused');
};

describe('copyInsideFolder', () => {
  it('accepts an index.html inside the folder and returns its real path', () => {
    const usb = temp();
    mkdirSync(join(usb, 'bai-1'));
    writeFileSync(join(usb, 'bai-1', 'index.html'), '<p>bài</p>');
    expect(copyInsideFolder(usb, join(usb, 'bai-1', 'index.html'))).toMatch(/bai-1[\\/]index\.html$/);
    expect(copyInsideFolder(join(usb, 'bai-1', '..'), join(usb, 'bai-1', '..', 'bai-1', 'index.html'))).toMatch(/bai-1[\\/]index\.html$/);
  });

  it('refuses paths outside the folder (.., a sibling with the same prefix, a symlink out), other files, and missing ones', () => {
    const root = temp();
    const usb = join(root, 'usb');
    const other = join(root, 'usb-khac');
    for (const d of [join(usb, 'bai-1'), other]) mkdirSync(d, { recursive: true });
    writeFileSync(join(usb, 'bai-1', 'index.html'), '<p>bài</p>');
    writeFileSync(join(usb, 'bai-1', 'manifest.json'), '{}');
    writeFileSync(join(other, 'index.html'), '<p>ngoài</p>');
    writeFileSync(join(root, 'index.html'), '<p>ngoài</p>');
    symlinkSync(other, join(usb, 'lien-ket'));
    for (const path of [join(usb, '..', 'index.html'), join(other, 'index.html'), join(usb, 'lien-ket', 'index.html'), join(usb, 'bai-1', 'manifest.json'), usb]) {
      expect(refusal(() => copyInsideFolder(usb, path)), path).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Chỉ mở được trang bài') });
    }
    expect(refusal(() => copyInsideFolder(usb, join(usb, 'bai-2', 'index.html')))).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('ổ USB chưa được cắm') });
    expect(refusal(() => copyInsideFolder(join(root, 'khong-co'), join(usb, 'bai-1', 'index.html'))).code).toBe('NOT_FOUND');
  });
});

describe('publish.openCopy', () => {
  async function published(opener?: LocalFileOpener) {
    const f = openWorkflowFixture({ opener });
    fixtures.push(f);
    const usb = temp();
    f.app.services.profile.save(SAMPLE_PROFILE, '2020-01-01T00:00:00.000Z', f.users.qt);
    const target = f.app.services.publishing.addTarget({ name: 'Ổ USB', type: 'folder', config: { folder: usb } }, f.users.qt);
    const a = f.articleIn('cho_duyet', 'btv', { title: 'Bài ghi ra USB', body: textToBody('Nội dung.'), category: 'Kinh tế', articleType: 'Tin' });
    expect((await f.call('workflow.act', { articleId: a.id, action: 'ky-duyet', password: PASSWORD }, f.users.tb)).ok).toBe(true);
    expect((await f.call('publish.enqueue', { articleId: a.id, targetId: target.id, confirm: true }, f.users.btv)).ok).toBe(true);
    await f.app.services.outbox.runOnce();
    return { f, usb, articleId: a.id, targetId: target.id };
  }

  it('Electron: opens the written index.html, or shows it in the file manager, for any logged-in user', async () => {
    const calls: string[] = [];
    const { f, articleId, targetId } = await published({ open: async (p) => void calls.push(`open ${p}`), reveal: (p) => void calls.push(`reveal ${p}`) });
    const opened = await f.call('publish.openCopy', { articleId, targetId }, f.users.ctv);
    expect(opened).toMatchObject({ ok: true, value: { path: expect.stringMatching(/index\.html$/) } });
    const path = opened.ok ? opened.value.path : '';
    expect((await f.call('publish.openCopy', { articleId, targetId, reveal: true }, f.users.ctv)).ok).toBe(true);
    expect(calls).toEqual([`open ${path}`, `reveal ${path}`]);
  });

  it('browser mode (no opener): refused with the reason, after the same checks', async () => {
    const { f, articleId, targetId } = await published();
    const r = await f.call('publish.openCopy', { articleId, targetId }, f.users.btv);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('sao chép đường dẫn') } });
  });

  it('the copy was removed from the stick, or the article was taken down: nothing is opened', async () => {
    const calls: string[] = [];
    const opener: LocalFileOpener = { open: async (p) => void calls.push(p), reveal: (p) => void calls.push(p) };
    const gone = await published(opener);
    rmSync(gone.usb, { recursive: true, force: true });
    expect(await gone.f.call('publish.openCopy', { articleId: gone.articleId, targetId: gone.targetId }, gone.f.users.btv)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const down = await published(opener);
    expect((await down.f.call('publish.takeDown', { articleId: down.articleId, targetId: down.targetId }, down.f.users.tb)).ok).toBe(true);
    await down.f.app.services.outbox.runOnce();
    expect(await down.f.call('publish.openCopy', { articleId: down.articleId, targetId: down.targetId }, down.f.users.btv)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('chưa được ghi') }
    });
    expect(calls).toEqual([]);
  });
});
