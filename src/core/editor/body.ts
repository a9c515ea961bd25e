// The public face of body conversions for the rest of the app (store, import, export, print).
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { Body } from '../../shared/article';
import { nfc } from '../../shared/text';
import { bodyFromState } from './bodyState';
import { createBodyEditor } from './headless';

export { LEXICAL_VERSION, readBodyState, bodyFromState } from './bodyState';
export { bodyToPlainText, bodyStats, estimatePages, type BodyStats } from './plainText';
export { bodyToHtml, htmlToBody, type BodyToHtmlOptions } from './bodyHtml';
export { isSafeLinkUrl, normalizeLinkInput } from './links';
export { cleanHtmlDocument } from './cleanHtml';

/** A body with one empty paragraph, as a new editor holds it. */
export function emptyBody(): Body {
  return textToBody('');
}

/**
 * Plain text to a body: every non-blank line becomes its own paragraph (blank lines only separate;
 * .txt files from office tools put one paragraph per line). Text is NFC-normalised.
 */
export function textToBody(text: string): Body {
  const editor = createBodyEditor();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const line of nfc(text).split(/\r\n|\r|\n/)) {
        const trimmed = line.replace(/\s+$/u, '');
        if (trimmed.trim() === '') continue;
        root.append($createParagraphNode().append($createTextNode(trimmed)));
      }
      if (root.getChildrenSize() === 0) root.append($createParagraphNode());
    },
    { discrete: true }
  );
  return bodyFromState(editor.getEditorState());
}
