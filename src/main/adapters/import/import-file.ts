// Turns a file (bytes + name) into the title and body of a new article: .docx, .html/.htm, .txt.
// Images inside the file are stored in the media store only after the whole file converted.
import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { MAX_IMAGE_BYTES, type Body } from '../../../shared/article';
import { AppError, ErrorCode } from '../../../shared/errors';
import { nfc } from '../../../shared/text';
import { htmlToBody, textToBody } from '../../../core/editor/body';
import type { MediaStore } from '../../../core/ports';
import { parseHtml } from '../html/parse-html';
import { decodeText } from './decode-text';
import { detectImageMime, extensionOf, sniffType } from '../../../shared/file-types';
import { cleanTitleText, removeRepeatedHeading, takeTitle } from './title';
import { checkDocxZip, readZipEntry } from './zip-guard';
import { convertLegacyRuns, readStyleFonts } from './legacy-docx';
import { convertLegacyFontsInHtml } from '../../../core/legacy-fonts/html';
import { legacyNotice } from '../../../core/legacy-fonts/fonts';

export interface ImportedDocument {
  title: string;
  body: Body;
  /**
   * Vietnamese notes about content that could not be kept (e.g. an unsupported picture format) or was
   * changed (legacy-font text converted to Unicode).
   */
  warnings: string[];
}

export const UNSUPPORTED_IMPORT = 'Chỉ nhập được tệp .docx, .html hoặc .txt.';

/** Images found while converting, stored once the conversion has succeeded. */
class PendingImages {
  private readonly images: Uint8Array[] = [];
  readonly warnings: string[] = [];

  /** Notes that `paragraphs` paragraphs were converted from legacy fonts, if any were. */
  legacyConverted(paragraphs: number): void {
    if (paragraphs > 0) this.warnings.push(legacyNotice(paragraphs));
  }

  /** Returns the `media:` src for an allowed image, or null (with a warning) for anything else. */
  add(bytes: Uint8Array): string | null {
    if (!detectImageMime(bytes)) {
      this.warnings.push('Đã bỏ qua một hình ảnh có định dạng không hỗ trợ (chỉ nhận JPEG, PNG, GIF, WebP).');
      return null;
    }
    if (bytes.length > MAX_IMAGE_BYTES) {
      this.warnings.push('Đã bỏ qua một hình ảnh lớn hơn 10 MB.');
      return null;
    }
    this.images.push(bytes);
    return 'media:' + createHash('sha256').update(bytes).digest('hex');
  }

  commit(media: MediaStore): void {
    for (const bytes of this.images) media.put(bytes);
  }
}

export async function importFile(bytes: Uint8Array, fileName: string, media: MediaStore): Promise<ImportedDocument> {
  const ext = extensionOf(fileName);
  const name = nfc(fileName);
  if (bytes.length === 0) throw new AppError(ErrorCode.INVALID_INPUT, `Tệp “${name}” rỗng, không có nội dung để nhập.`);
  const pending = new PendingImages();
  let doc: { title: string; body: Body };
  if (ext === 'docx') doc = await fromDocx(bytes, name, pending);
  else if (ext === 'html' || ext === 'htm') doc = fromHtml(textOf(bytes, name, 'trang web (.html)'), pending);
  else if (ext === 'txt') doc = fromText(textOf(bytes, name, 'văn bản (.txt)'));
  else throw new AppError(ErrorCode.UNSUPPORTED_FILE, UNSUPPORTED_IMPORT);
  pending.commit(media);
  return { ...doc, warnings: pending.warnings };
}

/**
 * The text of a .html or .txt file. A picture, PDF, Word file or other binary renamed to .html/.txt is
 * refused instead of becoming an article full of gibberish.
 */
function textOf(bytes: Uint8Array, name: string, kind: string): string {
  const text = sniffType(bytes) === null ? decodeText(bytes) : '\u0000';
  if (text.includes('\u0000')) {
    throw new AppError(
      ErrorCode.UNSUPPORTED_FILE,
      `Tệp “${name}” không phải ${kind}: nội dung là tệp nhị phân hoặc đã hỏng. Hãy mở tệp bằng chương trình đã tạo ra nó, lưu lại đúng định dạng rồi nhập lại.`
    );
  }
  return text;
}

async function fromDocx(bytes: Uint8Array, name: string, pending: PendingImages): Promise<{ title: string; body: Body }> {
  await checkDocxZip(bytes, name);
  const stylesXml = await readZipEntry(bytes, 'word/styles.xml');
  let html: string;
  let legacyParagraphs = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        transformDocument: (document: Parameters<typeof convertLegacyRuns>[0]) => {
          legacyParagraphs = convertLegacyRuns(document, readStyleFonts(stylesXml && new TextDecoder().decode(stylesXml)));
          return document;
        },
        convertImage: mammoth.images.imgElement(async (image) => ({ src: pending.add(new Uint8Array(await image.readAsBuffer())) ?? '' }))
      }
    );
    html = result.value;
  } catch {
    throw new AppError(
      ErrorCode.UNSUPPORTED_FILE,
      `Không đọc được tệp Word “${name}”: tệp bị hỏng hoặc không phải định dạng .docx. Hãy mở tệp bằng Word, chọn Lưu thành (.docx) rồi nhập lại.`
    );
  }
  pending.legacyConverted(legacyParagraphs);
  const doc = parseHtml(html);
  const title = takeTitle(doc);
  return { title, body: htmlToBody(doc.body.innerHTML, parseHtml) };
}

function fromHtml(text: string, pending: PendingImages): { title: string; body: Body } {
  const doc = parseHtml(nfc(text));
  pending.legacyConverted(convertLegacyFontsInHtml(doc));
  let title = cleanTitleText(doc.title ?? '');
  if (title !== '') removeRepeatedHeading(doc, title);
  else title = takeTitle(doc);
  for (const img of doc.body.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const data = /^data:image\/[a-z]+;base64,([a-z0-9+/=\s]+)$/i.exec(src);
    if (!data) continue;
    const stored = pending.add(new Uint8Array(Buffer.from(data[1]!, 'base64')));
    if (stored) img.setAttribute('src', stored);
    else img.remove();
  }
  return { title, body: htmlToBody(doc.body.innerHTML, parseHtml) };
}

function fromText(text: string): { title: string; body: Body } {
  const lines = nfc(text).split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: '', body: textToBody('') };
  return { title: cleanTitleText(lines[first]!), body: textToBody(lines.slice(first + 1).join('\n')) };
}
