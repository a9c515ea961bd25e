// "The file is saved where the user chooses": a download from the app window (a printed PDF, which the
// renderer hands over as an <a download> blob) opens the Save dialog in the Documents folder.
import type { Session } from 'electron';
import { saveDialogOptionsFor } from './print-policy';

export function askWhereToSave(target: Session, documentsDir: () => string | null): void {
  target.on('will-download', (_event, item) => {
    // No setSavePath: Electron then shows the Save dialog with these options.
    item.setSaveDialogOptions(saveDialogOptionsFor(item.getFilename(), documentsDir()));
  });
}
