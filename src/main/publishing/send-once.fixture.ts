// Child process for the kill test: opens the workspace as the app does and sends the outbox once.
import { openApp } from '../app';

const app = openApp({ workspaceDir: process.argv[2]!, mode: 'cli', log: (l) => void process.stderr.write(l + '\n') });
process.stdout.write('sending\n');
await app.services.outbox.runOnce();
process.stdout.write('done\n');
app.close();
