// PdfInspector over pdf-lib: Chromium writes every link target of a printed page as a named
// destination (/Dests in the catalog: [pageRef /XYZ left top zoom]), so the pages where a bulletin's
// articles really start can be read back from the PDF itself instead of being guessed.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import type { AnchorPlace, PdfInspector, PdfLayout } from '../../../core/printing/ports';

const PT_PER_MM = 72 / 25.4;

export class PdfLibInspector implements PdfInspector {
  async inspect(bytes: Uint8Array): Promise<PdfLayout> {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = doc.getPages();
    const pageIndex = new Map<PDFRef, number>(pages.map((p, i) => [p.ref, i]));
    const anchors: Record<string, AnchorPlace> = {};
    const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    for (const [key] of dests?.entries() ?? []) {
      const dest = dests!.lookupMaybe(key, PDFArray);
      const ref = dest?.get(0);
      const index = ref instanceof PDFRef ? pageIndex.get(ref) : undefined;
      if (dest === undefined || index === undefined) continue;
      const top = dest.lookupMaybe(3, PDFNumber)?.asNumber();
      const height = pages[index]!.getHeight();
      // Chromium measures /XYZ top from the page's top edge as if the content box started there.
      anchors[decodeName(key.asString())] = { page: index + 1, topMm: top === undefined ? 0 : (height - top) / PT_PER_MM };
    }
    return { pageCount: pages.length, anchors };
  }
}

/** "/bbt-bai-1" → "bbt-bai-1" (names are written with #xx escapes for bytes outside the printable range). */
function decodeName(name: string): string {
  return decodeURIComponent(name.replace(/^\//, '').replace(/#([0-9a-fA-F]{2})/g, '%$1'));
}
