import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectronBinary, isAbiMismatch } from './electron-binary.mjs';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function fakeElectronPackage(withBinary: boolean, executable: boolean): string {
  dir = mkdtempSync(join(tmpdir(), 'bbt-electron-pkg-'));
  if (withBinary) {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '#!/bin/sh\n');
    chmodSync(join(dir, 'dist', 'electron'), executable ? 0o755 : 0o644);
  }
  return dir;
}

describe('Electron binary detection (used by npm start and the electron e2e project)', () => {
  it('finds an installed, executable binary', () => {
    const pkg = fakeElectronPackage(true, true);
    expect(findElectronBinary(pkg)).toBe(join(pkg, 'dist', 'electron'));
  });

  it('reports none when the lazy download never happened', () => {
    expect(findElectronBinary(fakeElectronPackage(false, false))).toBeNull();
  });

  it.skipIf(process.platform === 'win32')('reports none when the file is not executable', () => {
    expect(findElectronBinary(fakeElectronPackage(true, false))).toBeNull();
  });

  it('recognises a native-module ABI mismatch in Electron output', () => {
    const message =
      "Error: The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 139.";
    expect(isAbiMismatch(message)).toBe(true);
    expect(isAbiMismatch('[electron] window opened')).toBe(false);
  });
});
