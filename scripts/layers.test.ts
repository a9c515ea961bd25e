// The layer table is enforced by eslint.config.js; this keeps the rules from silently going away.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/shared/x.ts', "import x from 'react'; export const y = x;"],
    ['src/shared/x.ts', "import { a } from '../core/ports'; export const y = a;"],
    ['src/core/x.ts', "import fs from 'node:fs'; export const y = fs;"],
    ['src/core/x.ts', "import Database from 'better-sqlite3'; export const y = Database;"],
    ['src/core/a/x.ts', "import { createDispatch } from '../../main/dispatch'; export const y = createDispatch;"],
    ['src/main/adapters/x.ts', "import { app } from 'electron'; export const y = app;"],
    ['src/main/x.ts', "import { App } from '../renderer/src/App'; export const y = App;"],
    ['src/preload/x.ts', "import { contract } from '../shared/contract'; export const y = contract;"],
    ['src/renderer/src/x.ts', "import { openApp } from '../../main/app'; export const y = openApp;"],
    ['src/renderer/src/x.ts', "import fs from 'node:fs'; export const y = fs;"]
  ])('%s refuses: %s', async (file, code) => {
    expect(await restricted(file, code)).not.toEqual([]);
  });

  it.each([
    ['src/shared/x.ts', "import { z } from 'zod'; import { nfc } from './text'; export const y = [z, nfc];"],
    ['src/core/a/x.ts', "import { $getRoot } from 'lexical'; import { nfc } from '../../shared/text'; export const y = [$getRoot, nfc];"],
    ['src/preload/x.ts', "import { contextBridge } from 'electron'; import { INVOKE_CHANNEL } from '../shared/channels'; export const y = [contextBridge, INVOKE_CHANNEL];"],
    ['src/renderer/src/x.ts', "import { nfc } from '../../shared/text'; export const y = nfc;"]
  ])('%s allows: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
