import { useRef, useState } from 'react';
import type { Article } from '../../../shared/article';
import { call, errorMessage, fileToBase64 } from '../api';
import { useApp } from '../app-context';
import { numberVi } from '../format';

export function Attachments({
  article,
  beforeChange,
  onChanged
}: {
  article: Article;
  beforeChange: () => Promise<void>;
  onChanged: (a: Article) => void;
}) {
  const { notify } = useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  async function run(fn: () => Promise<Article>) {
    setBusy(true);
    try {
      // Save pending edits first so the attachment revision builds on them.
      await beforeChange();
      onChanged(await fn());
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function add(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      const dataBase64 = await fileToBase64(file);
      await run(() => call('attachment.add', { articleId: article.id, fileName: file.name, mime: file.type || 'application/octet-stream', dataBase64 }));
    }
  }

  return (
    <section className="panel">
      <h2>Tệp đính kèm</h2>
      {article.attachments.length > 0 && (
        <ul className="attachments" aria-label="Tệp đính kèm">
          {article.attachments.map((a) => (
            <li key={a.id}>
              <span className="file-name">{a.name}</span> <span className="muted">({numberVi.format(Math.ceil(a.size / 1024))} KB)</span>
              <button
                type="button"
                className="link-button"
                aria-label={`Xóa tệp ${a.name}`}
                disabled={busy}
                onClick={() => void run(() => call('attachment.remove', { articleId: article.id, attachmentId: a.id }))}
              >
                Xóa
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="file-button">
        Thêm tệp đính kèm…
        <input
          ref={input}
          type="file"
          multiple
          aria-label="Thêm tệp đính kèm"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => void add(e.target.files)}
        />
      </label>
      <p className="hint">PDF, Word, Excel, ảnh; tối đa 25 MB mỗi tệp.</p>
    </section>
  );
}
