// The Electron shell wired with a fake `electron` module (no binary here) over a real workspace:
// window flags, bbt:// loading, IPC sender validation, permission denial, menu, flush-on-close.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    windows: [] as Array<{ options: Record<string, unknown>; loaded: string[]; events: Map<string, Listener>; closed: number; executed: string[]; webContents: Record<string, unknown> }>,
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    menuTemplate: [] as Array<{ label?: string; submenu?: Array<{ label?: string; role?: string }> }>,
    privileged: [] as unknown[],
    userData: '/fake/userData',
    sent: [] as Array<{ channel: string; payload: unknown }>,
    sessionListeners: new Map<string, Listener>(),
    quitCalls: 0
  };
  return state;
});

vi.mock('electron', () => {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getVersion: () => '0.1.0',
    getPath: () => fake.userData,
    getAppPath: () => process.cwd(),
    setPath: (_name: string, value: string) => (fake.userData = value),
    requestSingleInstanceLock: () => true,
    enableSandbox: () => undefined,
    whenReady: () => Promise.resolve(),
    quit: () => fake.quitCalls++,
    exit: () => undefined
  });
  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows() {
      return BrowserWindow.all;
    }
    record: (typeof fake.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.webContents = {
        executeJavaScript: async (code: string) => {
          this.record.executed.push(code);
          return null;
        },
        getURL: () => this.record.loaded.at(-1) ?? '',
        send: (channel: string, payload: unknown) => fake.sent.push({ channel, payload })
      };
      BrowserWindow.all.push(this);
      this.record = { options, loaded: [], events: new Map(), closed: 0, executed: [], webContents: this.webContents };
      fake.windows.push(this.record);
    }
    on(name: string, listener: Listener) {
      this.record.events.set(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    close() {
      this.record.closed++;
      this.record.events.get('close')?.({ preventDefault: () => undefined });
    }
    isDestroyed() {
      return false;
    }
  }
  return {
    app,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes) },
    session: {
      defaultSession: {
        protocol: { handle: (scheme: string, handler: (r: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler) },
        setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (fake.permissionCheck = h),
        on: (name: string, h: Listener) => fake.sessionListeners.set(name, h)
      }
    },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler) },
    Menu: { buildFromTemplate: (t: typeof fake.menuTemplate) => t, setApplicationMenu: (t: typeof fake.menuTemplate) => (fake.menuTemplate = t) },
    dialog: { showErrorBox: () => undefined, showMessageBox: () => Promise.resolve() },
    shell: { openExternal: () => Promise.resolve() },
    net: { fetch: (...args: Parameters<typeof fetch>) => fetch(...args) },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from('os:' + s, 'utf8'),
      decryptString: (b: Buffer) => b.toString('utf8').slice(3)
    }
  };
});

let root: string;
const originalArgv = process.argv;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bbt-shell-'));
  process.argv = ['/opt/electron', '/repo', '--workspace', join(root, 'ws')];
  await import('../index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(async () => {
  const { app } = await import('electron');
  app.emit('will-quit');
  process.argv = originalArgv;
  rmSync(root, { recursive: true, force: true });
});

describe('Electron shell', () => {
  it('gives the window the app icon from the top-level resources folder', () => {
    const icon = fake.windows[0]!.options.icon as string;
    expect(icon).toBe(join(process.cwd(), 'resources', 'icon.png'));
    expect(existsSync(icon)).toBe(true);
  });

  it('registers bbt:// as a privileged standard, secure scheme and uses a per-workspace userData', () => {
    expect(fake.privileged).toEqual([{ scheme: 'bbt', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.userData).toMatch(/[/\\]instances[/\\][0-9a-f]{16}$/);
  });

  it('opens one locked-down window on bbt://app', () => {
    const win = fake.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, nodeIntegrationInSubFrames: false, disableBlinkFeatures: 'Auxclick' });
    const prefs = win.options.webPreferences as Record<string, unknown>;
    for (const key of ['experimentalFeatures', 'enableBlinkFeatures', 'allowpopups']) expect(prefs[key], key).toBeUndefined();
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(win.loaded).toEqual(['bbt://app/index.html']);
  });

  it('answers IPC only from our app origin, with one login session per web contents', async () => {
    const handler = fake.ipcHandlers.get('bbt:invoke')!;
    const destroyed = new Map<number, () => void>();
    const sender = (id: number) => ({ id, once: (name: string, h: () => void) => name === 'destroyed' && destroyed.set(id, h) });
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/' }, sender: sender(1) }, 'app.info', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handler({ senderFrame: null, sender: sender(1) }, 'app.info', {})).toMatchObject({ ok: false });
    const ours = (frame: number, method: string, input: unknown) => handler({ senderFrame: { url: 'bbt://app/index.html#/' }, sender: sender(frame) }, method, input);
    // The workspace path only after login.
    expect(await ours(1, 'app.info', {})).toMatchObject({ ok: true, value: { mode: 'electron', workspaceDir: '', user: null } });
    expect(await ours(1, 'auth.setup', { login: 'quantri', fullName: 'Nguyễn Văn Hùng', position: '', password: 'mat-khau-dai' })).toMatchObject({ ok: true });
    expect(await ours(1, 'app.info', {})).toMatchObject({ ok: true, value: { workspaceDir: join(root, 'ws'), user: { login: 'quantri' } } });
    expect(await ours(2, 'article.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    destroyed.get(1)!();
    expect(await ours(1, 'article.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('sends app events (an article saved) to the app window on the event channel', async () => {
    const handler = fake.ipcHandlers.get('bbt:invoke')!;
    const sender = { id: 7, once: () => undefined };
    const ours = (method: string, input: unknown) => handler({ senderFrame: { url: 'bbt://app/index.html#/' }, sender }, method, input);
    const login = (await ours('auth.login', { login: 'quantri', password: 'mat-khau-dai' })) as { ok: boolean };
    expect(login.ok).toBe(true);
    await ours('users.create', { login: 'bientap', fullName: 'Lê Thị Hà', position: '', roles: ['bien_tap_vien'], password: 'mat-khau-dai' });
    await ours('auth.login', { login: 'bientap', password: 'mat-khau-dai' });
    const created = (await ours('article.create', { fields: { title: 'Tin gửi sự kiện' } })) as { ok: true; value: { id: string } };
    expect(created.ok).toBe(true);
    expect(fake.sent.filter((m) => m.channel === 'bbt:event').map((m) => m.payload)).toContainEqual(
      expect.objectContaining({ type: 'article.changed', payload: expect.objectContaining({ articleId: created.value.id, title: 'Tin gửi sự kiện', action: 'create' }) })
    );
  });

  it('keeps portal passwords sealed by safeStorage, never in clear in the workspace', async () => {
    const handler = fake.ipcHandlers.get('bbt:invoke')!;
    const sender = { id: 9, once: () => undefined };
    const ours = (method: string, input: unknown) => handler({ senderFrame: { url: 'bbt://app/index.html#/' }, sender }, method, input);
    await ours('auth.login', { login: 'quantri', password: 'mat-khau-dai' });
    const saved = (await ours('target.save', { name: 'Cổng thị xã', type: 'wordpress', config: { url: 'https://cong.example', user: 'bbt' }, secret: 'mat-khau-cong' })) as { ok: boolean; value: Record<string, unknown> };
    expect(saved).toMatchObject({ ok: true, value: { hasSecret: true } });
    expect(JSON.stringify(saved.value)).not.toContain('mat-khau-cong');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(root, 'ws', 'workspace.sqlite'), { readonly: true });
    const sealed = (db.prepare('SELECT sealed FROM target_secrets').get() as { sealed: string }).sealed;
    db.close();
    expect(sealed.startsWith('safe:')).toBe(true);
    expect(sealed).not.toContain('mat-khau-cong');
  });

  it('keeps every web contents on the app: navigation and new windows denied, web links go to the system browser', async () => {
    const electron = await import('electron');
    const opened = vi.spyOn(electron.shell, 'openExternal');
    const handlers = new Map<string, Listener>();
    let windowOpen: Listener = () => undefined;
    const contents = { on: (name: string, h: Listener) => handlers.set(name, h), setWindowOpenHandler: (h: Listener) => (windowOpen = h) };
    electron.app.emit('web-contents-created', {}, contents);

    const navigate = (url: string): boolean => {
      let prevented = false;
      handlers.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('http://example.com/')).toBe(true);
    expect(navigate('bbt://app/index.html')).toBe(false);
    expect(windowOpen({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'https://longan.gov.vn/' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'mailto:bbt@longan.gov.vn' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'smb://server/share/tep.exe' })).toEqual({ action: 'deny' });
    expect(windowOpen({ url: 'https://nguoi:mat-khau@longan.gov.vn/' })).toEqual({ action: 'deny' });
    // Only https and mailto reach the system (plain http, file:, smb:, credentials in the URL do not).
    expect(opened.mock.calls.map((c) => c[0])).toEqual(['https://example.com/', 'https://longan.gov.vn/', 'mailto:bbt@longan.gov.vn']);

    // Any frame (main or sub) may only navigate within the app.
    const frameNavigate = (url: string, isMainFrame: boolean): boolean => {
      let prevented = false;
      handlers.get('will-frame-navigate')!({ url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(frameNavigate('https://example.com/', false)).toBe(true);
    expect(frameNavigate('data:text/html,<script>1</script>', false)).toBe(true);
    expect(frameNavigate('about:blank', false)).toBe(true);
    expect(frameNavigate('bbt://media/' + 'a'.repeat(64), true)).toBe(true);
    expect(frameNavigate('bbt://app/index.html#/bai-viet', true)).toBe(false);
    expect(opened).toHaveBeenCalledTimes(3);
    let webviewPrevented = false;
    handlers.get('will-attach-webview')!({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    fake.permissionRequest!({}, 'media', (ok: boolean) => granted.push(ok));
    fake.permissionRequest!({}, 'notifications', (ok: boolean) => granted.push(ok));
    expect(granted).toEqual([false, false]);
    expect(fake.permissionCheck!({}, 'clipboard-read')).toBe(false);
  });

  it('asks where to save a download (a printed PDF), starting in Documents', () => {
    const asked: unknown[] = [];
    const item = { getFilename: () => 'thi-xa-kien-tuong.pdf', setSaveDialogOptions: (o: unknown) => asked.push(o) };
    fake.sessionListeners.get('will-download')!({}, item, {});
    expect(asked).toEqual([
      { title: 'Lưu tệp PDF', defaultPath: join(fake.userData, 'thi-xa-kien-tuong.pdf'), buttonLabel: 'Lưu', filters: [{ name: 'PDF', extensions: ['pdf'] }] }
    ]);
  });

  it('serves the renderer through the protocol handler with the CSP', async () => {
    const response = await fake.protocolHandlers.get('bbt')!(new Request('bbt://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('serves media only while an app window has a logged-in, unlocked session', async () => {
    const handler = fake.ipcHandlers.get('bbt:invoke')!;
    const media = () => fake.protocolHandlers.get('bbt')!(new Request('bbt://media/' + 'e'.repeat(64)));
    // Logged in (earlier tests): the hash is simply unknown.
    expect((await media()).status).toBe(404);
    for (const id of [7, 9]) await handler({ senderFrame: { url: 'bbt://app/index.html#/' }, sender: { id, once: () => undefined } }, 'auth.logout', {});
    expect((await media()).status).toBe(401);
  });

  it('has a Vietnamese menu', () => {
    expect(fake.menuTemplate.map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    expect(fake.menuTemplate[0]!.submenu).toEqual([{ role: 'quit', label: 'Thoát' }]);
    expect(fake.menuTemplate[1]!.submenu!.map((i) => i.label).filter(Boolean)).toEqual(['Hoàn tác', 'Làm lại', 'Cắt', 'Sao chép', 'Dán', 'Chọn tất cả']);
    expect(fake.menuTemplate[3]!.submenu!.map((i) => i.label)).toEqual(['Giới thiệu']);
  });

  it('lets the renderer flush its autosave before the window closes', async () => {
    const win = fake.windows[0]!;
    let prevented = false;
    win.events.get('close')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(win.executed).toEqual(['window.bbtFlush ? window.bbtFlush() : null']);
  });
});
