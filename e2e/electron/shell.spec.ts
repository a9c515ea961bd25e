// The real Electron app. Runs wherever an Electron binary is installed; skipped (with the reason) elsewhere.
import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { REPO_ROOT } from '../fixtures/browser-mode';

const binary = findElectronBinary();
const mainEntry = join(REPO_ROOT, 'out', 'main', 'index.js');

let tempRoot: string;
let electronApp: ElectronApplication;

const SKIP_REASON = 'Electron binary not available on this machine (cannot be downloaded here); run on a machine with Electron installed';

test.beforeAll(() => {
  // Said out loud in the run's output, not only in the report: these tests did not run.
  if (!binary) process.stderr.write(`[electron project] skipped: ${SKIP_REASON}\n`);
});

test.beforeEach(async () => {
  test.skip(!binary, SKIP_REASON);
  // REPO_ROOT as the app path: Electron reads package.json (productName, version) and starts its main, out/main/index.js.
  if (!existsSync(mainEntry)) throw new Error('out/main/index.js is missing: run "npx electron-vite build" first.');
  tempRoot = mkdtempSync(join(tmpdir(), 'bbt-electron-'));
  // Electron's userData (Chromium profile, per-workspace instance folders) goes to the temp folder too (Linux).
  electronApp = await electron.launch({
    executablePath: binary as string,
    args: [REPO_ROOT, '--workspace', join(tempRoot, 'workspace')],
    cwd: REPO_ROOT,
    env: { ...process.env, XDG_CONFIG_HOME: join(tempRoot, 'config') }
  });
});

test.afterEach(async () => {
  await electronApp?.close();
  if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
});

test('opens one locked-down window served from bbt://app', async () => {
  const window = await electronApp.firstWindow();
  await expect(window).toHaveTitle('Ban Biên Tập');
  expect(window.url()).toMatch(/^bbt:\/\/app\//);

  const prefs = await electronApp.evaluate(({ BrowserWindow }) => {
    // Undocumented but long-standing (Spectron relied on it): the preferences the renderer really got.
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> } | undefined;
    return contents?.getLastWebPreferences() ?? null;
  });
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });

  const globals = await window.evaluate('({ require: typeof require, process: typeof process, bridge: typeof bridge, invoke: typeof bridge.invoke })');
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object', invoke: 'function' });
});

test('blocks navigation away from the app and new windows', async () => {
  const window = await electronApp.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  const before = window.url();
  // A navigation or a new window would show up within this bound; absence is the expected outcome.
  const navigated = window.waitForEvent('framenavigated', { predicate: (frame) => !frame.url().startsWith('bbt://app/'), timeout: 3000 }).then(() => true, () => false);
  const opened = electronApp.waitForEvent('window', { timeout: 3000 }).then(() => true, () => false);
  // Non-web URLs: web links would be handed to the system browser, which a test must not open.
  await window.evaluate("location.href = 'file:///etc/passwd'").catch(() => undefined);
  await window.evaluate("location.href = 'data:text/html,<h1>x</h1>'").catch(() => undefined);
  await window.evaluate("window.open('file:///etc/passwd')");
  expect(await navigated).toBe(false);
  expect(await opened).toBe(false);
  expect(window.url()).toBe(before);
  expect(electronApp.windows()).toHaveLength(1);
});

test('refuses permission requests', async () => {
  const window = await electronApp.firstWindow();
  const state = await window.evaluate("navigator.permissions.query({ name: 'notifications' }).then((s) => s.state)");
  expect(state).not.toBe('granted');
});
