// QrEncoder over the `qrcode` package (pure JS): the core draws the SVG from the modules itself.
import QRCode from 'qrcode';
import type { QrEncoder } from '../../../core/printing/ports';

export const qrEncoder: QrEncoder = {
  encode(text) {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const rows: boolean[][] = [];
    for (let y = 0; y < modules.size; y++) {
      const row: boolean[] = [];
      for (let x = 0; x < modules.size; x++) row.push(modules.data[y * modules.size + x] === 1);
      rows.push(row);
    }
    return rows;
  }
};
