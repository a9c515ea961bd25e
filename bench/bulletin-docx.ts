// The bulletin benchmark's comparison: the same content as a .docx (built with the `docx` library: page
// 19 × 27 cm with the profile's margins, masthead, contents, section and article titles, summaries, the same
// images at the size the app prints them, tables, subheadings, bylines, imprint, page numbers), converted to
// PDF by LibreOffice (`soffice --headless --convert-to pdf`) when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip
} from 'docx';
import type { BulletinProfileFields } from '../src/shared/bulletin';
import type { BenchImage, Block, BulletinSpec } from './bulletin-content';

const PAGE = { width: 190, height: 270 };
const PX_PER_MM = 96 / 25.4;

export async function bulletinDocx(spec: BulletinSpec, profile: BulletinProfileFields, number: number, dateText: string): Promise<Buffer> {
  const m = profile.margins;
  const columnPx = (PAGE.width - m.left - m.right) * PX_PER_MM;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'BẢN TIN', bold: true, size: 28 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: profile.name.toLocaleUpperCase('vi'), bold: true, size: 52 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: profile.agency.toLocaleUpperCase('vi'), bold: true })] }),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } }, children: [new TextRun(`Số ${number}\t${dateText}`)] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: 'TRONG SỐ NÀY', bold: true, size: 24 })] })
  ];
  for (const section of spec.sections) {
    children.push(new Paragraph({ children: [new TextRun({ text: section.title, bold: true, size: 20 })] }));
    for (const a of section.articles) children.push(new Paragraph({ children: [new TextRun({ text: a.title, size: 21 })] }));
  }
  children.push(new Paragraph({ children: [new PageBreak()] }));
  for (const section of spec.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: section.title, font: 'Noto Sans', size: 21 })] }));
    for (const a of section.articles) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: a.title, font: 'Noto Sans', size: 30, bold: true })] }),
        new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: a.summary, bold: true })] }),
        ...figure(a.main, columnPx),
        ...a.blocks.flatMap((b) => block(b, columnPx)),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: a.author, bold: true })] })
      );
    }
  }
  children.push(
    ...[
      `BẢN TIN ${profile.name.toLocaleUpperCase('vi')}`,
      `Cơ quan xuất bản: ${profile.agency}`,
      `Người chịu trách nhiệm xuất bản: ${profile.responsibleName}`,
      `Giấy phép xuất bản số ${profile.licenceNumber} cấp ngày ${profile.licenceDate}`,
      `In tại: ${profile.printingPlace}`,
      `Số lượng in: ${profile.printRun} bản · Kỳ hạn xuất bản: ${profile.frequency}`
    ].map((text, i) => new Paragraph({ children: [new TextRun({ text, size: i === 0 ? 19 : 17, bold: i === 0, font: 'Noto Sans' })] }))
  );
  const small = { size: 16, font: 'Noto Sans' };
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Noto Serif', size: 22 }, paragraph: { spacing: { after: 120, line: 340, lineRule: LineRuleType.AUTO } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(PAGE.width), height: convertMillimetersToTwip(PAGE.height) },
            margin: { top: convertMillimetersToTwip(m.top), right: convertMillimetersToTwip(m.right), bottom: convertMillimetersToTwip(m.bottom), left: convertMillimetersToTwip(m.left) }
          }
        },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `BẢN TIN ${profile.name.toLocaleUpperCase('vi')}\tSố ${number}`, ...small })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], ...small })] })] }) },
        children
      }
    ]
  });
  return Packer.toBuffer(doc);
}

function block(b: Block, columnPx: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(b.text)] })];
    case 'h2':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: b.text, font: 'Noto Sans', size: 25, bold: true })] })];
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (row, r) =>
              new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: r === 0, size: 21 })] })] })) })
          )
        })
      ];
    case 'image':
      return figure(b.image, columnPx);
  }
}

/** The image at the size the app prints it: its pixels at 96 dpi, scaled down to the column's width. */
function figure(image: BenchImage, columnPx: number): Paragraph[] {
  const width = Math.min(image.width, Math.floor(columnPx));
  const height = Math.round((image.height * width) / image.width);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height } })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: image.caption, italics: true, size: 20 })] })
  ];
}

/** `soffice` or `libreoffice` on the PATH, or null. */
export function findLibreOffice(path = process.env['PATH'] ?? ''): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of path.split(delimiter).filter(Boolean)) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** One `soffice --headless --convert-to pdf` of `docx` into `outDir`, with its own user profile; the PDF's bytes. */
export function convertWithLibreOffice(bin: string, profileDir: string, docx: string, outDir: string): Uint8Array {
  mkdirSync(outDir, { recursive: true });
  const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
  rmSync(pdf, { force: true });
  const r = spawnSync(bin, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    encoding: 'utf8',
    timeout: 300_000
  });
  if (r.status !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice failed (status ${String(r.status)}): ${r.stderr || r.stdout}`);
  return readFileSync(pdf);
}
