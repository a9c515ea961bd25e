import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, flipFuses, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { RELEASE_FUSES, fuseHook, fusesFor, isTestBuild, type FuseName } from './fuses';

// @electron/fuses' wire format: sentinel, version byte, wire length, then one byte per fuse ('1' on, '0' off).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = 0x31;
const OFF = 0x30;

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A stand-in for the Electron executable: Electron's default wire (fuses.json5) inside some other bytes. */
function fakeElectron(wire: number[]): string {
  dir = mkdtempSync(join(tmpdir(), 'bbt-fuses-'));
  const file = join(dir, 'ban-bien-tap');
  writeFileSync(file, Buffer.concat([Buffer.from('ELF…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…end')]));
  return file;
}
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON];

/** Runs the hook the way electron-builder does, with a packager that flips the given file. */
async function pack(file: string, testBuild: boolean): Promise<void> {
  const packager = { addElectronFuses: (_context: AfterPackContext, fuses: FuseConfig) => flipFuses(file, fuses) };
  await fuseHook(testBuild)({ packager } as unknown as AfterPackContext);
}

async function wireByName(file: string): Promise<Record<string, boolean>> {
  const wire = (await getCurrentFuseWire(file)) as unknown as Record<number, number>;
  const names = Object.keys(RELEASE_FUSES) as FuseName[];
  return Object.fromEntries(names.map((name) => [name, wire[FuseV1Options[name]] === ON]));
}

describe('Electron fuses (docs/security.md, checklist item 19)', () => {
  it('follows the security checklist, fuse by fuse', () => {
    expect(RELEASE_FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false
    });
  });

  it('decides every fuse @electron/fuses knows (a new one after an upgrade must be decided here)', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(RELEASE_FUSES).sort()).toEqual(known.sort());
  });

  it('a test build differs from a release only in the inspect fuse Playwright needs', () => {
    const release = fusesFor(false);
    const test = fusesFor(true);
    const differing = (Object.keys(release) as FuseName[]).filter((name) => release[name] !== test[name]);
    expect(differing).toEqual(['EnableNodeCliInspectArguments']);
    expect(test.EnableNodeCliInspectArguments).toBe(true);
    expect(release).toEqual(RELEASE_FUSES);
  });

  it('makes a test build only when BBT_TEST_BUILD is 1', () => {
    expect(isTestBuild({ BBT_TEST_BUILD: '1' })).toBe(true);
    expect(isTestBuild({})).toBe(false);
    expect(isTestBuild({ BBT_TEST_BUILD: '0' })).toBe(false);
  });

  it('the afterPack hook flips each fuse in the packed binary to its checklist value', async () => {
    const file = fakeElectron(ELECTRON_DEFAULTS);
    await pack(file, false);
    expect(await wireByName(file)).toEqual(RELEASE_FUSES);
  });

  it('the test build keeps inspect on in the binary and nothing else', async () => {
    const file = fakeElectron(ELECTRON_DEFAULTS);
    await pack(file, true);
    expect(await wireByName(file)).toEqual({ ...RELEASE_FUSES, EnableNodeCliInspectArguments: true });
  });

  it('refuses to pack an Electron whose wire has a fuse the list does not decide', async () => {
    const file = fakeElectron([...ELECTRON_DEFAULTS, ON]);
    await expect(pack(file, false)).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});
