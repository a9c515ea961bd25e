// Bringing text in from Word: importing a .docx file and pasting Word-style HTML.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { test, expect } from './fixtures/app';
import { ArticleListPage } from './pages/ArticleListPage';
import { ArticleEditorPage } from './pages/ArticleEditorPage';
import { screenshot } from './support/screens';

test.use({ sample: true });

test('"Nhập từ Word" turns a .docx into a new article', async ({ app, workspace }) => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Kế hoạch phòng chống bão số 9', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Ủy ban nhân dân thị xã yêu cầu các phường, xã '), new TextRun({ text: 'chủ động', bold: true }), new TextRun(' ứng phó.')] }),
          new Paragraph({ text: 'Nhiệm vụ trọng tâm', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Gia cố nhà cửa', bullet: { level: 0 } }),
          new Paragraph({ text: 'Di dời dân vùng trũng', bullet: { level: 0 } })
        ]
      }
    ]
  });
  const file = join(workspace, 'ke-hoach.docx');
  writeFileSync(file, await Packer.toBuffer(doc));

  const list = new ArticleListPage(app);
  await list.importFile(file);
  const editor = new ArticleEditorPage(app);
  await expect(editor.field('Tiêu đề')).toHaveValue('Kế hoạch phòng chống bão số 9');
  await expect(editor.body.locator('strong, b').filter({ hasText: 'chủ động' })).toHaveCount(1);
  await expect(editor.body.getByRole('heading', { name: 'Nhiệm vụ trọng tâm' })).toBeVisible();
  await expect(editor.body.locator('ul > li')).toHaveText(['Gia cố nhà cửa', 'Di dời dân vùng trũng']);
  await screenshot(app, 'imported-docx');

  await list.search('ke hoach phong chong bao');
  await expect(list.resultLink(/Kế hoạch phòng chống bão số 9/)).toBeVisible();
});

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<p class=MsoNormal style='mso-margin-top-alt:auto;font-family:"Times New Roman"'><b style='mso-bidi-font-weight:normal'>Thông báo</b> về việc tiếp công dân<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>Thứ Hai hằng tuần<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;</span></span><![endif]>Tại trụ sở Ủy ban<o:p></o:p></p>
</body></html>`;

test('pasting from Word gives clean structure: real lists, no mso styles', async ({ app }) => {
  await new ArticleListPage(app).newArticle();
  const editor = new ArticleEditorPage(app);
  await editor.pasteHtml(WORD_HTML, 'Thông báo về việc tiếp công dân');

  await expect(editor.body.locator('strong, b').filter({ hasText: 'Thông báo' })).toHaveCount(1);
  await expect(editor.body.locator('ul > li')).toHaveText(['Thứ Hai hằng tuần', 'Tại trụ sở Ủy ban']);
  const html = await editor.body.innerHTML();
  expect(html).not.toMatch(/mso-|MsoNormal|o:p|Symbol/);
  expect(await editor.body.innerText()).not.toContain('·');
  await editor.waitSaved();
  await screenshot(app, 'pasted-word');
});
