// The writer is spawned hundreds of times: through tsx each start transpiles the app again (seconds on a
// loaded machine), so it is bundled once per run with esbuild (already here as vite's) into a temp folder
// and started with plain node. Packages stay outside the bundle, imported by absolute path: they are
// loaded as node loads them in the app (native better-sqlite3, jsdom's own files) and need no
// node_modules beside the temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const BUILTINS = new Set(builtinModules);
const OUTSIDE = ['better-sqlite3', 'playwright-core', 'jsdom'];

const packagesByAbsolutePath: Plugin = {
  name: 'packages-by-absolute-path',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || BUILTINS.has(args.path)) return { path: args.path, external: true };
      if (!OUTSIDE.some((p) => args.path === p || args.path.startsWith(p + '/'))) return undefined;
      return { path: createRequire(join(args.resolveDir, 'noop.js')).resolve(args.path), external: true };
    });
  }
};

export interface WriterBundle {
  file: string;
  /** For spawning it: what the app loads on first use with require() (jsdom) is found through NODE_PATH. */
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

export async function bundleWriter(): Promise<WriterBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'bbt-kill-writer-'));
  const file = join(dir, 'writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'writer.fixture.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    plugins: [packagesByAbsolutePath],
    // CommonJS packages inside an ES module bundle still call require() for node's own modules.
    banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
    logLevel: 'error'
  });
  const env = { ...process.env, NODE_PATH: resolve(import.meta.dirname, '../../../node_modules') };
  return { file, env, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
