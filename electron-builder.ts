// electron-builder's configuration (`npm run dist`, found by its file name): the Windows installer (NSIS) and the
// Linux AppImage and .deb, built from electron-vite's out/. productName and version come from package.json.
import type { Configuration } from 'electron-builder';
import { fuseHook, isTestBuild } from './scripts/packaging/fuses';

/**
 * Reverse-DNS id: Windows' AppUserModelID (taskbar grouping) and the seed of the installer's GUID, so an update
 * replaces the installed app. Never change it after the first release: a new id installs a second copy.
 */
export const APP_ID = 'vn.gov.banbientap';

export function builderConfig(env: NodeJS.ProcessEnv): Configuration {
  const testBuild = isTestBuild(env);
  return {
    appId: APP_ID,
    directories: { output: testBuild ? 'dist/test-build' : 'dist' },
    // The bundles, plus what they read beside them at run time: the window icon and the print fonts.
    // Production dependencies (node_modules) are added by electron-builder itself.
    files: ['out/**/*', 'resources/icon.png', 'resources/fonts/**/*'],
    asar: true,
    // A native module cannot be loaded from inside app.asar; Electron redirects the path to app.asar.unpacked.
    asarUnpack: ['**/node_modules/better-sqlite3/build/Release/*.node'],
    // better-sqlite3 rebuilt for Electron's ABI (a prebuilt Electron binary when one is published, else compiled).
    npmRebuild: true,
    buildDependenciesFromSource: false,
    // ASCII file names: "Ban Biên Tập" survives neither every web server nor every USB stick's file system.
    artifactName: '${name}-${version}-${os}-${arch}.${ext}',
    afterPack: fuseHook(testBuild),
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'resources/icon.png'
    },
    nsis: {
      // Assisted installer: the user chooses "only for me" (default, no administrator rights) or "for everyone".
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      // A single language: the installer's own pages in Vietnamese (LCID 1066), no language picker.
      installerLanguages: ['vi_VN'],
      language: '1066',
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      shortcutName: 'Ban Biên Tập',
      // The pages electron-builder has no Vietnamese for (the "for whom" page among them), in Vietnamese.
      include: 'resources/installer/vi.nsh',
      // The workspace (the board's only copy of its drafts) lives in %APPDATA%: uninstalling never deletes it.
      deleteAppDataOnUninstall: false
    },
    ...linuxPackaging(env)
  };
}

/**
 * A .deb must name a homepage and a maintainer "Name <e-mail>" (Debian policy; electron-builder refuses without).
 * Both belong to whoever distributes the app, not to the source, so they come from the environment; without them
 * only the AppImage is built and `npm run dist` says why.
 */
export function linuxPackaging(env: NodeJS.ProcessEnv): Pick<Configuration, 'linux' | 'extraMetadata'> {
  const homepage = env.BBT_HOMEPAGE?.trim() ?? '';
  const maintainer = env.BBT_DEB_MAINTAINER?.trim() ?? '';
  const deb = /^https?:\/\/\S+$/.test(homepage) && /^[^<>]+ <[^\s<>@]+@[^\s<>@]+>$/.test(maintainer);
  if (!deb && env.npm_lifecycle_event === 'dist' && process.platform === 'linux') {
    console.warn('Linux: no .deb built; set BBT_HOMEPAGE=https://… and BBT_DEB_MAINTAINER="Name <e-mail>" (both valid) to build one.');
  }
  const linux: Configuration['linux'] = { target: deb ? ['AppImage', 'deb'] : ['AppImage'], category: 'Office', icon: 'resources/icon.png' };
  return deb ? { linux: { ...linux, maintainer }, extraMetadata: { homepage } } : { linux };
}

export default builderConfig(process.env);
