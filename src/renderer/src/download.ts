// A file made in the main process (PDF, XLSX), handed to the user as a download (Electron asks where to save it).
export function downloadFile(fileName: string, dataBase64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64Bytes(dataBase64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadPdf(fileName: string, dataBase64: string): void {
  downloadFile(fileName, dataBase64, 'application/pdf');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function base64Bytes(dataBase64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
}
