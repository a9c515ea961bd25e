// "Nhập từ Word": pick a .docx/.html/.txt file, import it as a new article and open it.
import { useCallback, useRef, useState } from 'react';
import { call, errorMessage, fileToBase64 } from '../api';
import { useApp } from '../app-context';
import { navigate } from '../router';

export const IMPORT_ACCEPT = '.docx,.html,.htm,.txt';

export function useImportFile() {
  const { notify } = useApp();
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(() => inputRef.current?.click(), []);

  const onFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      setBusy(true);
      try {
        const { article, warnings } = await call('article.import', { fileName: file.name, dataBase64: await fileToBase64(file) });
        notify(`Đã nhập “${file.name}” thành bài viết mới.`);
        for (const w of warnings) notify(w);
        navigate({ page: 'article', id: article.id });
      } catch (err) {
        notify(errorMessage(err), 'error');
      } finally {
        setBusy(false);
        if (inputRef.current) inputRef.current.value = '';
      }
    },
    [notify]
  );

  return { inputRef, open, onFile, busy };
}
