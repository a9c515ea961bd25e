// Runs the command line in-process for tests, capturing what it prints.
import { runCli } from '../cli';

export async function runCliCaptured(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), env: {}, cwd });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
