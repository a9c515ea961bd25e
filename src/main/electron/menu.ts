// The Vietnamese application menu. Developer items only in unpackaged builds.
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export function installMenu(getWindow: () => BrowserWindow | null, workspaceDir: string): void {
  const developer = !app.isPackaged;
  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' }
      ]
    },
    {
      label: 'Xem',
      submenu: [
        ...(developer ? ([{ role: 'reload', label: 'Tải lại' }, { role: 'toggleDevTools', label: 'Công cụ phát triển' }, { type: 'separator' }] as const) : []),
        { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
        { role: 'zoomIn', label: 'Phóng to' },
        { role: 'zoomOut', label: 'Thu nhỏ' }
      ]
    },
    {
      label: 'Trợ giúp',
      submenu: [
        {
          label: 'Giới thiệu',
          click: () => {
            const options = {
              type: 'info' as const,
              title: 'Giới thiệu',
              message: 'Ban Biên Tập',
              detail: `Phiên bản ${app.getVersion()}\nỨng dụng Ban biên tập cổng thông tin điện tử.\nThư mục làm việc: ${workspaceDir}`,
              buttons: ['Đóng']
            };
            const win = getWindow();
            void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
          }
        }
      ]
    }
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
