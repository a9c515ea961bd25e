// The print window's rules without Electron: web preferences, the URL allow-list, printToPDF options,
// the Save dialog of a download.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronPdfOptions, isAllowedPrintUrl, PRINT_WEB_PREFERENCES, saveDialogOptionsFor } from './print-policy';

describe('print window policy', () => {
  it('runs sandboxed with no Node, no script and no preload', () => {
    expect(PRINT_WEB_PREFERENCES).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, webviewTag: false });
    expect(PRINT_WEB_PREFERENCES).not.toHaveProperty('preload');
  });

  it('lets the page load inline data and its own print file, nothing else', () => {
    const file = join('/tmp', 'bbt-print-abc', 'ban in.html');
    const own = pathToFileURL(file).href;
    expect(own).toContain('ban%20in.html');
    expect(isAllowedPrintUrl(own, file)).toBe(true);
    expect(isAllowedPrintUrl('data:font/woff2;base64,AAAA', undefined)).toBe(true);
    expect(isAllowedPrintUrl('data:image/png;base64,iVBOR', file)).toBe(true);
    expect(isAllowedPrintUrl('about:blank', undefined)).toBe(true);
    for (const url of [
      'https://example.com/anh.png',
      'http://127.0.0.1:8080/',
      'ws://127.0.0.1/',
      'bbt://app/index.html',
      'bbt://media/abc',
      'file:///etc/passwd',
      pathToFileURL(join('/tmp', 'bbt-print-abc', 'other.html')).href,
      `${own}?x=1`,
      'file://server/share/ban%20in.html',
      'about:srcdoc',
      'javascript:alert(1)',
      'blob:bbt://app/1234',
      'not a url'
    ]) {
      expect(isAllowedPrintUrl(url, file), url).toBe(false);
    }
    expect(isAllowedPrintUrl(own, undefined)).toBe(false);
  });

  it('compares the print file without case on Windows only', () => {
    const file = '/tmp/BBT-print/Ban.html';
    expect(isAllowedPrintUrl('file:///tmp/bbt-print/ban.html', file, 'win32')).toBe(true);
    expect(isAllowedPrintUrl('file:///tmp/bbt-print/ban.html', file, 'linux')).toBe(false);
  });

  it('maps the page sizes to inches with the print CSS margins', () => {
    const a4 = electronPdfOptions({ pageSize: 'A4' });
    expect(a4).toMatchObject({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false, landscape: false, generateTaggedPDF: true, generateDocumentOutline: true });
    expect(a4.pageSize).toEqual({ width: 8.2677, height: 11.6929 });
    // @page margin: 20mm 18mm 22mm 22mm
    expect(a4.margins).toEqual({ top: 0.7874, right: 0.7087, bottom: 0.8661, left: 0.8661 });
    const small = electronPdfOptions({ pageSize: '19x27', footer: 'Bản tin' });
    expect(small.pageSize).toEqual({ width: 7.4803, height: 10.6299 });
  });

  it('opens the Save dialog for a PDF in Documents under the suggested name', () => {
    expect(saveDialogOptionsFor('thi-xa-kien-tuong.pdf', '/home/an/Documents')).toEqual({
      title: 'Lưu tệp PDF',
      defaultPath: join('/home/an/Documents', 'thi-xa-kien-tuong.pdf'),
      buttonLabel: 'Lưu',
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    });
    expect(saveDialogOptionsFor('../../etc/x.PDF', '/d').defaultPath).toBe(join('/d', 'x.PDF'));
    expect(saveDialogOptionsFor('..\\..\\x.pdf', '/d').defaultPath).toBe(join('/d', 'x.pdf'));
    expect(saveDialogOptionsFor('nhuan-but.xlsx', null)).toMatchObject({ title: 'Lưu tệp', defaultPath: 'nhuan-but.xlsx', filters: [{ name: 'XLSX', extensions: ['xlsx'] }] });
    expect(saveDialogOptionsFor('', null)).toMatchObject({ defaultPath: 'tai-lieu', filters: [] });
  });
});
