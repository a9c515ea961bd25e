// For tests: what a PDF says about its accessibility tags, read with pdf-lib (the catalog's StructTreeRoot,
// MarkInfo, Lang and Outlines, and the roles and alt texts of the structure elements).
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfTags {
  structTree: boolean;
  marked: boolean;
  lang: string | null;
  outline: boolean;
  /** Structure roles in document order (H1, P, Table, TH, Figure…). */
  roles: string[];
  alts: string[];
}

export async function pdfTags(bytes: Uint8Array): Promise<PdfTags> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { catalog, context } = doc;
  const deref = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? context.lookup(o) : o);
  const text = (o: PDFObject | undefined): string | null => {
    const v = deref(o);
    return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : null;
  };
  const markInfo = deref(catalog.get(PDFName.of('MarkInfo')));
  const marked = markInfo instanceof PDFDict && deref(markInfo.get(PDFName.of('Marked'))) === PDFBool.True;
  const root = deref(catalog.get(PDFName.of('StructTreeRoot')));
  const roles: string[] = [];
  const alts: string[] = [];
  const seen = new Set<PDFObject>();
  const walk = (o: PDFObject | undefined): void => {
    const node = deref(o);
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node instanceof PDFArray) {
      node.asArray().forEach(walk);
      return;
    }
    if (!(node instanceof PDFDict)) return;
    const role = deref(node.get(PDFName.of('S')));
    if (role instanceof PDFName) roles.push(role.decodeText());
    const alt = text(node.get(PDFName.of('Alt')));
    if (alt !== null) alts.push(alt);
    walk(node.get(PDFName.of('K')));
  };
  if (root instanceof PDFDict) walk(root.get(PDFName.of('K')));
  return {
    structTree: root instanceof PDFDict,
    marked,
    lang: text(catalog.get(PDFName.of('Lang'))),
    outline: deref(catalog.get(PDFName.of('Outlines'))) instanceof PDFDict,
    roles,
    alts
  };
}
