// The Electron checklist rules in eslint.config.js (no-restricted-syntax): kept from silently going away.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function flagged(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

const prefs = (body: string) => `import { BrowserWindow } from 'electron'; export const w = new BrowserWindow({ webPreferences: { ${body} } });`;

describe('Electron checklist lint rules', () => {
  it.each([
    ['src/main/electron/x.ts', prefs('nodeIntegration: true')],
    ['src/main/electron/x.ts', prefs("'nodeIntegrationInWorker': true")],
    ['src/main/electron/x.ts', prefs('nodeIntegrationInSubFrames: process.env.X === "1"')],
    ['src/main/electron/x.ts', prefs('contextIsolation: false')],
    ['src/main/electron/x.ts', prefs('sandbox: false')],
    ['src/main/x.ts', prefs('webSecurity: false')],
    ['src/main/x.ts', prefs('allowRunningInsecureContent: true')],
    ['src/main/x.ts', prefs('experimentalFeatures: true')],
    ['src/main/x.ts', prefs("enableBlinkFeatures: 'CSSVariables'")],
    ['src/main/x.ts', prefs('webviewTag: true')],
    ['src/renderer/src/x.tsx', "export const V = () => <webview src='https://a.vn' />;"],
    ['src/main/x.ts', "import { shell } from 'electron'; void shell.openExternal('https://a.vn');"],
    ['src/main/electron/window.ts', "import { BrowserWindow } from 'electron'; void new BrowserWindow().loadFile('index.html');"],
    ['src/main/x.ts', "import { ipcMain } from 'electron'; ipcMain.on('x', () => undefined);"],
    ['src/main/x.ts', "import { session } from 'electron'; session.defaultSession.setPermissionRequestHandler((_w, _p, cb) => cb(true));"]
  ])('%s refuses: %s', async (file, code) => {
    expect(await flagged(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/main/electron/x.ts', prefs('contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false')],
    ['src/main/electron/harden.ts', "import { shell } from 'electron'; export const open = (u: string) => shell.openExternal(u);"],
    ['src/main/electron/ipc.ts', "import { ipcMain } from 'electron'; ipcMain.handle('x', () => undefined);"]
  ])('%s allows: %s', async (file, code) => {
    expect(await flagged(file, code)).toEqual([]);
  });
});
