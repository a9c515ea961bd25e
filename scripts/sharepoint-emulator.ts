// Starts the SharePoint REST emulator: npm run sharepoint-emulator -- [--port N] [--profile 2013|2016]
//   [--digest-timeout SECONDS] [--health 0-10] [--threshold N] [--page-size N]
// Control API while it runs: GET /_emulator/state, POST|GET|DELETE /_emulator/faults, POST /_emulator/health, … (see its README).
import { startSharePointEmulator, SEED_LIST_TITLE } from '../src/main/adapters/portals/sharepoint-emulator/index';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function numberOption(name: string): number | undefined {
  const v = option(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) {
    console.error(`--${name} needs a number, got '${v}'.`);
    process.exit(2);
  }
  return n;
}

const profile = option('profile') ?? '2013';
if (profile !== '2013' && profile !== '2016') {
  console.error(`--profile must be 2013 or 2016, got '${profile}'.`);
  process.exit(2);
}

const emulator = await startSharePointEmulator({
  port: numberOption('port') ?? 0,
  profile,
  digestTimeoutSeconds: numberOption('digest-timeout'),
  healthScore: numberOption('health'),
  listViewThreshold: numberOption('threshold'),
  pageSize: numberOption('page-size')
});

console.log(`SharePoint emulator: ${emulator.webUrl} (list “${SEED_LIST_TITLE}”, profile ${profile})`);
for (const a of emulator.accounts) {
  console.log(`  account ${a.login} / ${a.password ?? '-'} (NTLM, Basic or forms login) · Bearer ${a.token ?? '-'} · permission ${a.permission ?? 'edit'}`);
}
console.log(`  control: ${emulator.url}/_emulator/state · ${emulator.url}/_emulator/faults`);

const stop = () => {
  void emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
