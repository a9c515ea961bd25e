// "In bài viết": the saved article as a PDF (agency header, byline, "Chịu trách nhiệm chính"), made in
// the main process and downloaded here. Unsaved edits are saved first, so the printout is what is on screen.
import { useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { downloadPdf } from '../download';

export function PrintButton({ articleId, beforePrint }: { articleId: string; beforePrint: () => Promise<unknown> }) {
  const { notify } = useApp();
  const [busy, setBusy] = useState(false);

  async function print() {
    setBusy(true);
    try {
      await beforePrint();
      const pdf = await call('print.article', { articleId });
      downloadPdf(pdf.fileName, pdf.dataBase64);
      notify(`Đã tạo tệp ${pdf.fileName}.`);
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" disabled={busy} onClick={() => void print()}>
      {busy ? 'Đang tạo PDF…' : 'In bài viết'}
    </button>
  );
}
