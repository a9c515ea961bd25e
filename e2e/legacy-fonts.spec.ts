// Text from old documents typed in legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times) arrives as Unicode.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

// What Word puts on the clipboard for a document in .VnTime with one paragraph in VNI-Times.
const LEGACY_WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!--
p.MsoNormal {mso-style-parent:""; font-size:14.0pt; font-family:".VnTime",serif;}
--></style></head><body>
<p class=MsoNormal><b><span style='font-family:".VnTimeH",serif'>th«ng b¸o</span></b><o:p></o:p></p>
<p class=MsoNormal>Uû ban nh©n d©n thÞ x· tiÕp c«ng d©n vµo thø Hai h»ng tuÇn.<o:p></o:p></p>
<p class=MsoNormal><span style='font-family:"VNI-Times",serif'>Ñòa ñieåm: truï sôû UÛy ban.</span> <span style='font-family:"Times New Roman"'>Liên hệ: 0272</span><o:p></o:p></p>
</body></html>`;

test('pasting Word text in .VnTime and VNI-Times gives Unicode and says so', async ({ app }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.pasteHtml(LEGACY_WORD_HTML, 'th«ng b¸o');

  const notice = app.getByRole('status').filter({ hasText: 'phông chữ cũ' });
  await expect(notice).toHaveText('Đã chuyển 3 đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.');
  await expect(editor.body.locator('p')).toHaveText([
    'THÔNG BÁO',
    'Uỷ ban nhân dân thị xã tiếp công dân vào thứ Hai hằng tuần.',
    'Địa điểm: trụ sở Ủy ban. Liên hệ: 0272'
  ]);
  await screenshot(app, 'pasted-legacy-fonts');
  await editor.waitSaved();
});

test('"Nhập từ Word" converts .VnTime runs of a .docx and shows the notice', async ({ app, workspace }) => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: 'KÕ ho¹ch phßng chèng b·o', font: '.VnTime' })] }),
          new Paragraph({ children: [new TextRun({ text: 'C¸c ph\u00adêng, x· chñ ®éng øng phã.', font: '.VnTime' })] })
        ]
      }
    ]
  });
  const file = join(workspace, 'ke-hoach-cu.docx');
  writeFileSync(file, await Packer.toBuffer(doc));

  await new ArticleListPage(app).importFile(file);
  const editor = new ArticleEditorPage(app);
  await expect(app.getByRole('status').filter({ hasText: 'phông chữ cũ' })).toHaveText('Đã chuyển 2 đoạn từ phông chữ cũ (TCVN3/VNI) sang Unicode.');
  await expect(editor.field('Tiêu đề')).toHaveValue('Kế hoạch phòng chống bão');
  await expect(editor.body).toHaveText('Các phường, xã chủ động ứng phó.');
});
