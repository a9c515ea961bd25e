import { expect, type Locator, type Page } from '@playwright/test';

/** The "Bình luận" panel beside the article text, and the words highlighted in the text. */
export class CommentsPanel {
  readonly region: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: /^Bình luận/ });
  }

  /**
   * Selects `phrase` in the body as a mouse drag would (a DOM selection over its text). Retried: the
   * editor is rebuilt once the edit lock arrives, which drops a selection made just before.
   */
  async selectPhrase(phrase: string): Promise<void> {
    const button = this.region.getByRole('button', { name: 'Bình luận', exact: true });
    await expect(async () => {
      await this.locate(phrase, true);
      await expect(button).toBeEnabled({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }

  /** Where the first occurrence of `phrase` in the body text is on screen; with `select`, selects it too. */
  private locate(phrase: string, select: boolean): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ({ p, select }) => {
        const root = document.querySelector('[role="textbox"][aria-label="Nội dung"]')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(p);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + p.length);
          if (select) {
            document.getSelection()!.removeAllRanges();
            document.getSelection()!.addRange(range);
          }
          const r = range.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        throw new Error(`"${p}" is not in the body`);
      },
      { p: phrase, select }
    );
  }

  /** Clicks in the middle of `phrase` in the body, as a reader clicks highlighted words. */
  async clickPhrase(phrase: string): Promise<void> {
    const { x, y } = await this.locate(phrase, false);
    await this.page.mouse.click(x, y);
  }

  /** "Bình luận" on the current selection, then the text sent with Ctrl+Enter. */
  async comment(text: string): Promise<void> {
    await this.region.getByRole('button', { name: 'Bình luận', exact: true }).click();
    const box = this.region.getByRole('textbox', { name: 'Nội dung bình luận' });
    await box.fill(text);
    await box.press('Control+Enter');
    await expect(this.thread(text)).toBeVisible();
  }

  thread(text: string | RegExp): Locator {
    return this.region.getByRole('article').filter({ hasText: text });
  }

  async reply(thread: Locator, text: string): Promise<void> {
    await thread.getByRole('button', { name: 'Trả lời' }).click();
    await thread.getByRole('textbox', { name: 'Trả lời' }).fill(text);
    await thread.getByRole('button', { name: 'Gửi' }).click();
    await expect(thread).toContainText(text);
  }

  filter(name: 'Chưa giải quyết' | 'Đã giải quyết' | 'Tất cả'): Locator {
    return this.region.getByRole('radio', { name });
  }

  /** The words each highlight covers in the editor, as the reader sees them marked. */
  highlightedTexts(): Promise<string[]> {
    return this.page.evaluate(() =>
      ['bbt-comment', 'bbt-comment-active'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()))
    );
  }
}
