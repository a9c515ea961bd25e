// Command-line options of the Electron app. Electron's argv also holds Chromium switches and the app
// path, so unknown arguments are ignored here (unlike browser mode, which is strict).

export interface ShellArgs {
  workspace?: string;
  sample: boolean;
}

export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const args: ShellArgs = { sample: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--sample') args.sample = true;
    else if (arg === '--workspace' && argv[i + 1] !== undefined) args.workspace = argv[++i];
    else if (arg.startsWith('--workspace=')) args.workspace = arg.slice('--workspace='.length);
  }
  return args;
}
