// The browser-mode counterpart of the Electron preload: defines the same `window.bridge` (see
// src/shared/bridge.ts) over HTTP. Served as /bridge.js (script-src 'self' allows it; no inline script).

export const BRIDGE_SCRIPT_PATH = '/bridge.js';

/** Header the bridge adds to API calls; a cross-origin page cannot send it without a CORS preflight we never grant. */
export const REQUEST_HEADER = 'x-bbt-request';
/** The method, named again in a header so that its size limit applies before the body is read. */
export const METHOD_HEADER = 'x-bbt-method';

export const BRIDGE_SCRIPT = `(() => {
  'use strict';
  const failure = (code, message) => ({ ok: false, error: { code, message } });
  async function invoke(method, input, options) {
    let response;
    const background = Boolean(options && options.background);
    try {
      response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', '${REQUEST_HEADER}': '1', '${METHOD_HEADER}': String(method) },
        body: JSON.stringify({ method, input: input === undefined ? {} : input, background }),
        credentials: 'same-origin',
        cache: 'no-store'
      });
    } catch {
      return failure('INTERNAL', 'Không kết nối được tới ứng dụng. Hãy kiểm tra cửa sổ dòng lệnh đang chạy ứng dụng rồi tải lại trang.');
    }
    if (response.status === 401 || response.status === 403) {
      return failure('UNAUTHENTICATED', 'Phiên làm việc không hợp lệ. Hãy mở lại ứng dụng bằng đường dẫn in trong cửa sổ dòng lệnh.');
    }
    try {
      return await response.json();
    } catch {
      return failure('INTERNAL', 'Ứng dụng trả về dữ liệu không đọc được. Hãy tải lại trang.');
    }
  }
  const listeners = new Set();
  let source = null;
  function onEvent(listener) {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/api/events');
      source.onmessage = (message) => {
        let event;
        try { event = JSON.parse(message.data); } catch { return; }
        for (const l of Array.from(listeners)) {
          try { l(event); } catch (err) { console.error(err); }
        }
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) { source.close(); source = null; }
    };
  }
  function mediaUrl(hash) {
    return /^[0-9a-f]{64}$/.test(hash) ? '/media/' + hash : '';
  }
  Object.defineProperty(window, 'bridge', {
    value: Object.freeze({ invoke, onEvent, mediaUrl }),
    writable: false,
    configurable: false
  });
})();
`;

/** index.html with the bridge script loaded before the app's (deferred) module scripts. */
export function injectBridgeScript(html: string): string {
  const tag = `<script src="${BRIDGE_SCRIPT_PATH}"></script>`;
  const at = html.search(/<script\b/i);
  if (at >= 0) return html.slice(0, at) + tag + '\n    ' + html.slice(at);
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error('index.html has no <head>: cannot inject the bridge script');
  return html.slice(0, headEnd) + tag + html.slice(headEnd);
}
