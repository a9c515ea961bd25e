// Command-line parsing for the CLI: verb, --workspace (or BBT_WORKSPACE), flags and positionals.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_ENV } from '../workspace-location';

export const VERBS = ['init', 'import', 'list', 'search', 'act', 'verify', 'history'] as const;
export type Verb = (typeof VERBS)[number];

export interface ParsedCli {
  verb: Verb | 'help';
  workspace: string | null;
  sample: boolean;
  json: boolean;
  /** `--password`: the sample accounts' password for `init --sample`. */
  password: string | null;
  /** `act`: --article ID --action ACTION --user LOGIN [--reason TEXT] [--comment THREAD_ID]… (with --password). */
  act: { article: string | null; action: string | null; user: string | null; reason: string | null; comments: string[] };
  positionals: string[];
}

const NO_ACT = { article: null, action: null, user: null, reason: null, comments: [] };

export class CliUsageError extends Error {}

export function parseCli(argv: string[], env: Record<string, string | undefined>, cwd: string): ParsedCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        workspace: { type: 'string', short: 'w' },
        sample: { type: 'boolean' },
        json: { type: 'boolean' },
        password: { type: 'string' },
        article: { type: 'string' },
        action: { type: 'string' },
        user: { type: 'string' },
        reason: { type: 'string' },
        comment: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (err) {
    const m = /'([^']+)'/.exec((err as Error).message);
    throw new CliUsageError(m ? `Tuỳ chọn không hợp lệ hoặc thiếu giá trị: ${m[1]}.` : 'Tham số dòng lệnh không hợp lệ.');
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.help || first === 'help') return { verb: 'help', workspace: null, sample: false, json: false, password: null, act: NO_ACT, positionals: [] };
  if (first === undefined) throw new CliUsageError(`Thiếu lệnh (${VERBS.join(', ')}).`);
  if (!(VERBS as readonly string[]).includes(first)) throw new CliUsageError(`Lệnh không hợp lệ: “${first}”. Các lệnh có: ${VERBS.join(', ')}.`);
  const dir = values.workspace ?? env[WORKSPACE_ENV];
  if (!dir) throw new CliUsageError(`Thiếu thư mục làm việc: thêm --workspace THƯ_MỤC (hoặc đặt biến môi trường ${WORKSPACE_ENV}).`);
  return {
    verb: first as Verb,
    workspace: resolve(cwd, dir),
    sample: values.sample ?? false,
    json: values.json ?? false,
    password: values.password ?? null,
    act: { article: values.article ?? null, action: values.action ?? null, user: values.user ?? null, reason: values.reason ?? null, comments: values.comment ?? [] },
    positionals: rest
  };
}
