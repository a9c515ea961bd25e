#!/usr/bin/env node
// Electron security scan (Doyensec electronegativity) of src/, offline: fails on any HIGH or MEDIUM finding
// that security/electronegativity-allow.json does not explain, and on an explanation nothing needs any more.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion = pkg.devDependencies.electron.replace(/^[^\d]*/, '');
const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const allowFile = join(root, 'security', 'electronegativity-allow.json');
const allow = JSON.parse(readFileSync(allowFile, 'utf8')).allow;
const BLOCKING = new Set(['HIGH', 'MEDIUM']);
// Needs the internet (Electron release list); the Electron version is pinned and reviewed by hand instead.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

const out = mkdtempSync(join(tmpdir(), 'bbt-eneg-'));
const csv = join(out, 'report.csv');
try {
  const run = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(join(root, 'scripts', 'offline-network.mjs')).href, '--import', pathToFileURL(join(root, 'scripts', 'ordered-report-writes.mjs')).href, cli, '-i', 'src', '-r', '-e', electronVersion, '-x', EXCLUDED.join(',').toLowerCase(), '-v', 'false', '-o', csv],
    { cwd: root, encoding: 'utf8', timeout: 120_000 }
  );
  let text;
  try {
    text = readFileSync(csv, 'utf8');
  } catch {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}\nelectronegativity produced no report (exit ${run.status}, ${run.error?.message ?? 'no error'})\n`);
    process.exit(1);
  }
  const findings = parseReport(text);
  const used = new Set();
  const unexplained = [];
  for (const f of findings) {
    const index = allow.findIndex((a) => a.check === f.check && a.file === f.file);
    if (index >= 0) used.add(index);
    else if (BLOCKING.has(f.severity)) unexplained.push(f);
  }
  const stale = allow.filter((_, i) => !used.has(i));
  for (const f of findings) {
    const a = allow.find((x) => x.check === f.check && x.file === f.file);
    console.log(`${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}${a ? `  — explained: ${a.reason.slice(0, 90)}…` : ''}`);
  }
  for (const f of unexplained) console.error(`UNEXPLAINED ${f.severity} ${f.check} at ${f.file}:${f.location}: ${f.description}`);
  for (const a of stale) console.error(`STALE allowlist entry (no such finding any more): ${a.check} ${a.file}`);
  if (unexplained.length > 0 || stale.length > 0) {
    console.error(`electronegativity: ${unexplained.length} unexplained HIGH/MEDIUM finding(s), ${stale.length} stale explanation(s); see ${allowFile}`);
    process.exit(1);
  }
  console.log(`electronegativity: ${findings.length} finding(s), none unexplained (Electron ${electronVersion})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

/** The CSV's first five columns are safe to split on commas; the free-text sample after them is not. */
function parseReport(text) {
  // A record was sometimes broken over two lines in the report (seen in CI: "No CSP has been detec" / "ted in the
  // target application"), from the tool's racing writes (see ordered-report-writes.mjs, which now orders them);
  // kept as a guard: a line that does not start a record ("CHECK_NAME,") continues the one before.
  return text
    .replace(/\r?\n(?![A-Z][A-Z0-9_]*,)/g, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [check, severity, confidence, file, location] = line.split(',', 5).map((c) => c.trim().replace(/^"|"$/g, ''));
      const description = /,"([^"]*)",https?:\/\/\S+$/.exec(line)?.[1] ?? '';
      return { check, severity, confidence, file, location, description };
    });
}
