// "Xem trước": the printed PDF's own pages, drawn with pdf.js (the same file that will be saved, not an
// imitation of it). Pages are drawn one after another so the first appear at once on long bulletins.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';

GlobalWorkerOptions.workerSrc = workerUrl;

/** CSS pixels per PDF point on screen; the canvas gets the device pixel ratio on top. */
const SCALE = 0.62;

export function PdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{ drawn: number; total: number } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let doc: PDFDocumentProxy | null = null;
    const target = host.current;
    if (!target) return;
    target.replaceChildren();
    setPages(null);
    setFailed(false);
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: false });
    void (async () => {
      try {
        doc = await task.promise;
        if (cancelled) return;
        setPages({ drawn: 0, total: doc.numPages });
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: SCALE * (window.devicePixelRatio || 1) });
          const figure = document.createElement('figure');
          figure.className = 'preview-page';
          const canvas = document.createElement('canvas');
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          canvas.style.width = `${Math.floor(viewport.width / (window.devicePixelRatio || 1))}px`;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `Trang ${n}`);
          const caption = document.createElement('figcaption');
          caption.textContent = `Trang ${n}/${doc.numPages}`;
          figure.append(canvas, caption);
          target.append(figure);
          await page.render({ canvas, viewport }).promise;
          if (!cancelled) setPages({ drawn: n, total: doc.numPages });
        }
      } catch {
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
      void doc?.destroy();
    };
  }, [bytes]);

  return (
    <section className="pdf-preview" aria-label={`Xem trước ${title}`}>
      <p className="muted" role="status">
        {failed
          ? 'Không hiển thị được bản xem trước; hãy tải tệp PDF để xem.'
          : pages === null || pages.drawn < pages.total
            ? `Đang hiển thị các trang…${pages ? ` (${pages.drawn}/${pages.total})` : ''}`
            : `${pages.total} trang`}
      </p>
      <div className="preview-pages" ref={host} />
    </section>
  );
}
