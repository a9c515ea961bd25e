// A process that opens a workspace through openApp, for the lock tests: prints READY once loaded, opens
// at the first stdin line, prints OPEN (then holds the workspace until stdin ends) or LOCKED <message>.
import { createInterface } from 'node:readline';
import { openApp, type AppOptions } from './app';

const [workspaceDir, mode] = process.argv.slice(2) as [string, AppOptions['mode']];
const lines = createInterface({ input: process.stdin });
lines.once('line', () => {
  try {
    const app = openApp({ workspaceDir, mode, log: () => {}, overrides: { jobs: false } });
    process.stdout.write('OPEN\n');
    lines.once('close', () => {
      app.close();
      process.exit(0);
    });
  } catch (err) {
    process.stdout.write(`LOCKED ${(err as Error).message}\n`);
    process.exit(3);
  }
});
process.stdout.write('READY\n');
