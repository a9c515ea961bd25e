import { describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { AfterPackContext, Configuration } from 'electron-builder';
import config, { APP_ID, builderConfig, linuxPackaging } from '../../electron-builder';
import { RELEASE_FUSES } from './fuses';

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
// electron-builder's own modules, reached through its package so nothing depends on how npm hoisted them.
const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
const minimatch = (libRequire('minimatch') as { minimatch: (path: string, pattern: string, options: object) => boolean }).minimatch;
const matchesAny = (path: string, patterns: readonly string[]) => patterns.some((pattern) => minimatch(path, pattern, { dot: true }));

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What the afterPack hook hands electron-builder's fuse flipper, by fuse name. */
async function fusesFlippedBy(built: Configuration): Promise<Record<string, boolean | undefined>> {
  const addElectronFuses = vi.fn(async () => 1);
  await (built.afterPack as (context: AfterPackContext) => Promise<void>)({ packager: { addElectronFuses } } as unknown as AfterPackContext);
  expect(addElectronFuses).toHaveBeenCalledTimes(1);
  const wire = (addElectronFuses.mock.calls[0] as unknown as [unknown, Record<number, boolean>])[1];
  return Object.fromEntries(Object.keys(RELEASE_FUSES).map((name) => [name, wire[FuseV1Options[name as keyof typeof FuseV1Options]]]));
}

describe('electron-builder configuration (npm run dist)', () => {
  it('has a stable reverse-DNS app id; name and version come from package.json', () => {
    expect(APP_ID).toMatch(/^[a-z]+(\.[a-z0-9]+){2,}$/);
    expect(config.appId).toBe(APP_ID);
    expect(pkg.productName).toBe('Ban Biên Tập');
    // Nothing in the configuration pins a version or renames the product.
    expect(JSON.stringify(config)).not.toContain(`"${String(pkg.version)}"`);
    expect(config).not.toHaveProperty('extraMetadata');
    expect(builderConfig({ BBT_HOMEPAGE: 'https://cong.example.gov.vn', BBT_DEB_MAINTAINER: 'Tổ CNTT <cntt@example.gov.vn>' }).extraMetadata).toEqual({
      homepage: 'https://cong.example.gov.vn'
    });
    expect(config).not.toHaveProperty('productName');
    expect(config).not.toHaveProperty('buildVersion');
  });

  it('packs electron-vite’s out/ and the resources the app reads at run time, nothing else of the source tree', () => {
    const files = config.files as string[];
    expect(files.every((pattern) => pattern.startsWith('out/') || pattern.startsWith('resources/'))).toBe(true);
    for (const needed of [pkg.main as string, 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/icon.png', 'resources/fonts/fonts.json']) {
      expect(matchesAny(needed, files), needed).toBe(true);
    }
    for (const source of ['src/main/index.ts', 'e2e/smoke.spec.ts', 'resources/icon.svg']) expect(matchesAny(source, files), source).toBe(false);
  });

  it('keeps better-sqlite3’s native module out of app.asar and rebuilds it for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    const native = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    // The path the pattern names is where better-sqlite3 really puts its binary.
    expect(existsSync(join(root, native))).toBe(true);
    expect(matchesAny(native, config.asarUnpack as string[])).toBe(true);
  });

  it('builds an assisted NSIS installer for Windows x64: per-user by default, per-machine on request, in Vietnamese', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Ban Biên Tập',
      deleteAppDataOnUninstall: false
    });
  });

  it('builds an AppImage for Linux, and a .deb only with the homepage and maintainer Debian requires', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage'], category: 'Office' });
    const deb = linuxPackaging({ BBT_HOMEPAGE: 'https://cong.example.gov.vn', BBT_DEB_MAINTAINER: 'Tổ CNTT <cntt@example.gov.vn>' });
    expect(deb.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office', maintainer: 'Tổ CNTT <cntt@example.gov.vn>' });
    expect(deb.extraMetadata).toEqual({ homepage: 'https://cong.example.gov.vn' });
    // Half a declaration, or a maintainer without an e-mail, would make electron-builder refuse the .deb.
    for (const env of [
      { BBT_HOMEPAGE: 'https://cong.example.gov.vn' },
      { BBT_DEB_MAINTAINER: 'Tổ CNTT <cntt@example.gov.vn>' },
      { BBT_HOMEPAGE: 'cong.example.gov.vn', BBT_DEB_MAINTAINER: 'Tổ CNTT <cntt@example.gov.vn>' },
      { BBT_HOMEPAGE: 'https://cong.example.gov.vn', BBT_DEB_MAINTAINER: 'Tổ CNTT' }
    ]) {
      expect(linuxPackaging(env).linux?.target, JSON.stringify(env)).toEqual(['AppImage']);
      expect(linuxPackaging(env)).not.toHaveProperty('extraMetadata');
    }
  });

  it('gives every installer page electron-builder writes a Vietnamese text, exactly once', () => {
    const yaml = libRequire('js-yaml') as { load: (text: string) => Record<string, Record<string, string>> };
    const templates = join(dirname(libRequire.resolve('app-builder-lib/package.json')), 'templates', 'nsis');
    const include = readFileSync(join(root, config.nsis?.include as string), 'utf8');
    const ours = [...include.matchAll(/^LangString (\w+) 1066 "(.*)"$/gm)];
    // Every non-comment line is a well-formed string; a stray quote would end it early.
    const lines = include.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';'));
    expect(ours).toHaveLength(lines.length);
    for (const [, , text] of ours) expect(text).not.toMatch(/(^|[^$])"/);
    const defined = new Map(ours.map(([, key, text]) => [key, text]));
    expect(defined.size).toBe(ours.length);
    for (const file of ['messages.yml', 'assistedMessages.yml']) {
      for (const [key, translations] of Object.entries(yaml.load(readFileSync(join(templates, file), 'utf8')))) {
        // electron-builder writes its own 'vi' text where it has one; ours must not define it a second time.
        expect(Boolean(translations.vi) !== defined.has(key), `${file}: ${key}`).toBe(true);
      }
    }
    expect(defined.get('onlyForMe')).toBe('Chỉ cho &tôi');
  });

  it('uses resources/icon.png, square and large enough for the Windows .ico (256 px) and Linux icon sets', () => {
    for (const icon of [config.win?.icon, config.linux?.icon]) {
      expect(icon).toBe('resources/icon.png');
      const { width, height } = pngSize(join(root, icon as string));
      expect(width).toBe(height);
      expect(width).toBeGreaterThanOrEqual(256);
    }
  });

  it('sets the fuses only through the afterPack hook, with asar integrity data kept for the integrity fuse', async () => {
    expect(config).not.toHaveProperty('electronFuses');
    expect(config).not.toHaveProperty('disableAsarIntegrity');
    expect(await fusesFlippedBy(config)).toEqual(RELEASE_FUSES);
  });

  it('BBT_TEST_BUILD=1 builds into its own folder with only the inspect fuse left on', async () => {
    const testBuild = builderConfig({ BBT_TEST_BUILD: '1' });
    expect(testBuild.directories?.output).not.toBe(builderConfig({}).directories?.output);
    expect(await fusesFlippedBy(testBuild)).toEqual({ ...RELEASE_FUSES, EnableNodeCliInspectArguments: true });
  });

  it('is found, loaded and accepted by electron-builder itself (its schema check, offline)', async () => {
    const { getConfig, validateConfiguration } = libRequire('./out/util/config/config') as {
      getConfig: (projectDir: string) => Promise<Configuration>;
      validateConfiguration: (config: Configuration, debugLogger: { isEnabled: boolean; add(): void }) => Promise<void>;
    };
    const loaded = await getConfig(root);
    expect(loaded.appId).toBe(APP_ID);
    expect(loaded.nsis?.installerLanguages).toEqual(['vi_VN']);
    await validateConfiguration(loaded, { isEnabled: false, add: () => undefined });
    // The check is real: an option electron-builder does not know is refused.
    await expect(validateConfiguration({ ...loaded, nsis: { ...loaded.nsis, oneclick: false } as never }, { isEnabled: false, add: () => undefined })).rejects.toThrow(/configuration\.nsis/);
  });
});
