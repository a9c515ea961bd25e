// Where a publication can be seen. A portal's page is a web link. A folder target's copy is a file on the PC that
// wrote it: in Electron the main process opens it (or shows it in the file manager) after checking it lies inside the
// target's folder; in browser mode the server cannot open a file for this page (the browser may be on another
// machine), so the path is shown with a copy button and the reason.
import { useRef, useState } from 'react';
import { call, errorMessage } from '../api';
import { useApp } from '../app-context';
import { isWebUrl } from './labels';

interface Props {
  url: string | null;
  articleId: string;
  targetId: string;
  articleTitle: string;
}

export function RemoteLink({ url, articleId, targetId, articleTitle }: Props) {
  const { info, notify } = useApp();
  const pathRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  if (isWebUrl(url)) {
    return (
      <a href={url} target="_blank" rel="noopener noreferrer">
        Xem trên cổng
      </a>
    );
  }
  if (!url) return null;

  const open = async (reveal: boolean) => {
    try {
      await call('publish.openCopy', { articleId, targetId, reveal });
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard permission: leave the path selected for Ctrl+C.
      pathRef.current?.select();
      notify('Không chép tự động được; đường dẫn đã được chọn, hãy nhấn Ctrl+C.');
    }
  };

  if (info.mode === 'electron') {
    return (
      <span className="local-copy">
        <span className="publication-path">
          Đã ghi vào: <code>{url}</code>
        </span>
        <button type="button" className="link-button" onClick={() => void open(false)} aria-label={`Mở bài đã ghi: ${articleTitle}`}>
          Mở bài đã ghi
        </button>
        <button type="button" className="link-button" onClick={() => void open(true)} aria-label={`Mở thư mục chứa bài: ${articleTitle}`}>
          Mở thư mục
        </button>
      </span>
    );
  }
  return (
    <span className="local-copy">
      <input ref={pathRef} className="local-copy-path" readOnly value={url} aria-label={`Đường dẫn bài đã ghi: ${articleTitle}`} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy()} aria-label={`Sao chép đường dẫn: ${articleTitle}`}>
        {copied ? 'Đã sao chép' : 'Sao chép đường dẫn'}
      </button>
      <span className="hint">
        Bài được ghi thành tệp trên máy chạy ứng dụng. Trang web không mở được tệp trên máy, nên hãy dán đường dẫn vào trình quản lý tệp (hoặc thanh địa
        chỉ của trình duyệt trên máy đó).
      </span>
    </span>
  );
}
