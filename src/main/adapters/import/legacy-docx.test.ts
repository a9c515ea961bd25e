import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import type { MediaStore } from '../../../core/ports';
import { bodyToPlainText } from '../../../core/editor/body';
import { importFile } from './import-file';

const noMedia: MediaStore = {
  put: () => {
    throw new Error('no images in these files');
  },
  get: () => null,
  has: () => false
};

const NOTICE = /^Đã chuyển (\d+) đoạn từ phông chữ cũ \(TCVN3\/VNI\) sang Unicode\.$/;

describe('importFile: text in legacy Vietnamese fonts', () => {
  it('converts .docx runs whose w:rFonts name .VnTime, .VnTimeH or VNI-Times, leaves Unicode runs, and says so', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'th«ng b¸o', font: '.VnTimeH' })] }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Uû ban nh©n d©n tØnh ', font: '.VnTime' }),
                new TextRun({ text: 'Ñoàng Thaùp', font: 'VNI-Times' }),
                new TextRun({ text: ' – bản Unicode giữ nguyên: µ ¸ Hµ Néi', font: 'Times New Roman' })
              ]
            }),
            new Paragraph({ children: [new TextRun('Đoạn không có phông chữ cũ.')] })
          ]
        }
      ]
    });
    const imported = await importFile(new Uint8Array(await Packer.toBuffer(doc)), 'cu.docx', noMedia);
    expect(imported.title).toBe('THÔNG BÁO');
    const text = bodyToPlainText(imported.body);
    expect(text).toContain('Uỷ ban nhân dân tỉnh Đồng Tháp – bản Unicode giữ nguyên: µ ¸ Hµ Néi');
    expect(text).toContain('Đoạn không có phông chữ cũ.');
    expect(text).toBe(text.normalize('NFC'));
    expect(imported.warnings).toEqual(['Đã chuyển 2 đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.']);
  });

  it('uses the font of the document defaults and of paragraph styles when a run names none', async () => {
    const doc = new Document({
      styles: {
        default: { document: { run: { font: '.VnTime' } } },
        paragraphStyles: [{ id: 'CanCu', name: 'Căn cứ', basedOn: 'Normal', run: { font: '.VnTimeH' } }]
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Tin mới', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Thø Hai, ngµy 07/06/2021 '), new TextRun({ text: 'Hµ Néi vẫn là Unicode', font: 'Arial' })] }),
            new Paragraph({ style: 'CanCu', children: [new TextRun('c¨n cø luËt')] }),
            new Paragraph({ children: [new TextRun('Gõ bằng Unikey: '), new TextRun('Có tên')] })
          ]
        }
      ]
    });
    const imported = await importFile(new Uint8Array(await Packer.toBuffer(doc)), 'mac-dinh.docx', noMedia);
    const text = bodyToPlainText(imported.body);
    expect(text).toContain('Thứ Hai, ngày 07/06/2021 Hµ Néi vẫn là Unicode');
    expect(text).toContain('CĂN CỨ LUẬT');
    expect(text).toContain('Gõ bằng Unikey: Có tên');
    expect(imported.warnings).toEqual(['Đã chuyển 2 đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.']);
  });

  it('adds no notice to a .docx without legacy fonts', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Tin mới', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun({ text: 'Hµ Néi là chữ thường', font: 'Arial' })] })
          ]
        }
      ]
    });
    const imported = await importFile(new Uint8Array(await Packer.toBuffer(doc)), 'moi.docx', noMedia);
    expect(bodyToPlainText(imported.body)).toContain('Hµ Néi là chữ thường');
    expect(imported.warnings.filter((w) => NOTICE.test(w))).toEqual([]);
  });

  it('converts an .html file saved from Word with its Normal style in .VnTime', async () => {
    const html = `<html><head><style>p.MsoNormal {font-family:".VnTime"}</style></head><body><h1>Lịch làm việc</h1><p class=MsoNormal>Thø Hai, ngµy 07/06/2021</p></body></html>`;
    const imported = await importFile(new TextEncoder().encode(html), 'lich.html', noMedia);
    expect(bodyToPlainText(imported.body)).toBe('Thứ Hai, ngày 07/06/2021');
    expect(imported.warnings).toEqual(['Đã chuyển 1 đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.']);
  });
});
