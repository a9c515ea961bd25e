// `npm run cli -- <verb> …`: init, import, list, search over the same core as the app.
// runCli is exported for tests; the file runs it when executed directly.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { AppError } from '../shared/errors';
import { CliUsageError, parseCli } from './cli/args';
import { runVerb, type CliIo } from './cli/commands';
import { USAGE } from './cli/usage';

export type { CliIo } from './cli/commands';

/** Runs one command; returns the exit code (0 success, 1 failure or bad input). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const cli = parseCli(argv, io.env, io.cwd);
    if (cli.verb === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    const password = cli.passwordStdin ? await passwordFromStdin(io) : cli.password;
    return await runVerb({ ...cli, password, workspace: cli.workspace! }, io);
  } catch (err) {
    if (err instanceof CliUsageError) {
      io.stderr(`Lỗi: ${err.message}\n\n${USAGE}`);
      return 1;
    }
    if (err instanceof AppError) {
      io.stderr(`Lỗi: ${err.message}`);
      return 1;
    }
    io.stderr(`Lỗi không mong muốn: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return 1;
  }
}

async function passwordFromStdin(io: CliIo): Promise<string> {
  const line = io.readLine ? await io.readLine() : null;
  if (!line) throw new CliUsageError('--password-stdin: không đọc được mật khẩu từ đầu vào chuẩn (dòng đầu tiên trống).');
  return line;
}

/** The first line of standard input (without its line break), or null at once-empty input. */
function readStdinLine(): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const input = createInterface({ input: process.stdin, terminal: false });
    let done = false;
    input.once('line', (line) => {
      done = true;
      input.close();
      process.stdin.pause();
      resolve(line);
    });
    input.once('close', () => {
      if (!done) resolve(null);
    });
    input.once('error', reject);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text + '\n'),
    stderr: (text) => void process.stderr.write(text + '\n'),
    env: process.env,
    cwd: process.cwd(),
    readLine: readStdinLine
  });
}
