import { expect, type Locator, type Page } from '@playwright/test';

export class ArticleEditorPage {
  readonly body: Locator;
  readonly saveStatus: Locator;
  /** The warning shown when the article was saved elsewhere while this page has unsaved changes. */
  readonly changedElsewhere: Locator;

  constructor(private readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Nội dung', exact: true });
    this.saveStatus = page.getByTestId('save-status');
    this.changedElsewhere = page.getByRole('alert', { name: 'Bài viết đã thay đổi ở nơi khác' });
  }

  /** The editor is ready to type in (the edit lock arrived and the editor was rebuilt editable). */
  async waitEditable(): Promise<void> {
    await expect(this.field('Tiêu đề')).toBeEditable();
    await expect(this.body).toHaveAttribute('contenteditable', 'true');
  }

  /** Pastes as Word does: HTML with a plain-text twin, dispatched on the editor (the clipboard API needs permissions). */
  async pasteHtml(html: string, plain: string): Promise<void> {
    await this.body.click();
    await this.body.evaluate(
      (el, { html, plain }) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', plain);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html, plain }
    );
  }

  /** Pastes plain text only (as from Notepad). */
  async pastePlain(text: string): Promise<void> {
    await this.body.click();
    await this.body.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** The box of a web image not downloaded yet ("Ảnh chưa tải về: <host>"). */
  remoteImage(host: string): Locator {
    return this.body.locator('.bbt-remote-image').filter({ hasText: `Ảnh chưa tải về: ${host}` });
  }

  /** "Đang xử lý nội dung dán…" while a big paste is processed. */
  pasteBusy(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Đang xử lý nội dung dán…' });
  }

  /** The editor's word count ("1.234 từ"). */
  wordCount(): Locator {
    return this.page.getByRole('status', { name: 'Số từ' });
  }

  /** The caption/alt-text dialog of an image ("Thông tin ảnh" after upload, "Sửa thông tin ảnh" on a click). */
  imageDialog(): Locator {
    return this.page.getByRole('dialog', { name: /thông tin ảnh/i });
  }

  /** Inserts `file` at the end of the body through "Chèn ảnh", filling the dialog (alt text only if given). */
  async insertImageAtEnd(file: string, caption: string, alt?: string): Promise<void> {
    await this.waitEditable();
    await this.body.click();
    await this.body.press('ControlOrMeta+End');
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Chèn ảnh').click();
    await (await chooser).setFiles(file);
    const dialog = this.imageDialog();
    await dialog.getByLabel('Chú thích ảnh').fill(caption);
    if (alt !== undefined) await dialog.getByLabel('Văn bản thay thế').fill(alt);
    await dialog.getByRole('button', { name: 'Đồng ý' }).click();
    await expect(dialog).toHaveCount(0);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Autosave finished and nothing is pending. */
  async waitSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText(/^Đã lưu/, { timeout: 10_000 });
  }

  /** Types at the caret once the editor is editable (as a person waits for the cursor after opening an article). */
  async typeInBody(text: string): Promise<void> {
    await this.waitEditable();
    await this.body.click();
    await this.page.keyboard.type(text);
  }

  /** Select the last `count` characters before the caret with the keyboard and wait until the editor sees it. */
  async selectBack(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBe(count);
    await expect.poll(() => this.editorSelection()).toBe('range');
  }

  /**
   * The selection as the editor itself holds it. Lexical takes the browser's selection from an
   * asynchronous "selectionchange" event: a key pressed before that (Enter right after End) would act
   * on the old selection, so the helpers wait for both to agree.
   */
  private editorSelection(): Promise<'none' | 'caret' | 'range'> {
    return this.body.evaluate((root) => {
      type Sel = { isCollapsed(): boolean } | null;
      const editor = (root as unknown as { __lexicalEditor?: { getEditorState(): { _selection: Sel } } }).__lexicalEditor;
      const sel = editor?.getEditorState()._selection ?? null;
      return sel === null ? 'none' : sel.isCollapsed() ? 'caret' : 'range';
    });
  }

  /** Click a formatting button on the current selection and wait until the toolbar shows it applied. */
  async toggle(name: string): Promise<void> {
    await this.button(name).click();
    await expect(this.button(name)).toHaveAttribute('aria-pressed', 'true');
  }

  /** Move the caret to the end of the line, retrying until the editor has really collapsed the selection there. */
  async caretToLineEnd(): Promise<void> {
    await expect(async () => {
      await this.page.keyboard.press('End');
      expect(await this.page.evaluate(() => window.getSelection()?.isCollapsed ?? false)).toBe(true);
      expect(await this.editorSelection()).toBe('caret');
    }).toPass({ timeout: 5_000 });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.body).toBeVisible();
  }
}
