// Electron fuses of the packaged app (docs/security.md, checklist item 19). They are bits in the Electron binary,
// flipped by electron-builder's afterPack hook before the binary is signed, so the signature then protects them.
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';

export type FuseName = keyof typeof FuseV1Options;
export type Fuses = Record<FuseName, boolean>;

/** One decision per fuse of Electron 45's wire, as the security checklist recommends. */
export const RELEASE_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js that runs any script.
  RunAsNode: false,
  // Chromium's cookie store encrypted with the OS key, as in Chrome (the app sets no cookies today).
  EnableCookieEncryption: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS would let any environment inject code or trust another CA.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / SIGUSR1 would let another program attach a debugger to the main process (and its secrets).
  EnableNodeCliInspectArguments: false,
  // app.asar checked against the header hash electron-builder embeds in the executable (Windows; Electron
  // does not support the check on Linux, where the fuse has no effect).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, never an app/ folder dropped beside it (which would bypass the integrity check).
  OnlyLoadAppFromAsar: true,
  // We ship no separate browser-process V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // file:// gets no more than in Chrome: the app is served from bbt://, the print page needs no privileges.
  GrantFileProtocolExtraPrivileges: false
} as const satisfies Fuses;

/**
 * `BBT_TEST_BUILD=1`: a build Playwright can drive. Its `_electron.launch` starts the app with `--inspect=0` and
 * talks to the Node inspector, so the inspect fuse stays on; every other fuse is as in a release.
 */
export function isTestBuild(env: NodeJS.ProcessEnv): boolean {
  return env.BBT_TEST_BUILD === '1';
}

export function fusesFor(testBuild: boolean): Fuses {
  return { ...RELEASE_FUSES, EnableNodeCliInspectArguments: testBuild };
}

/**
 * The wire for @electron/fuses. strictlyRequireAllFuses: packaging fails when a newer Electron has a fuse
 * this list does not decide, instead of silently keeping Electron's default for it.
 */
export function fuseWire(fuses: Fuses): FuseV1Config {
  const wire: Partial<Record<FuseV1Options, boolean>> = {};
  for (const name of Object.keys(fuses) as FuseName[]) wire[FuseV1Options[name]] = fuses[name];
  return { version: FuseVersion.V1, strictlyRequireAllFuses: true, ...wire } as FuseV1Config;
}

/** electron-builder's afterPack hook; its packager knows where the packed Electron executable is on each platform. */
export function fuseHook(testBuild: boolean): (context: AfterPackContext) => Promise<void> {
  return async (context) => {
    await context.packager.addElectronFuses(context, fuseWire(fusesFor(testBuild)));
  };
}
