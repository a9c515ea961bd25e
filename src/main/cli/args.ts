// Command-line parsing for the CLI: verb, --workspace (or BBT_WORKSPACE), flags and positionals.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_ENV } from '../workspace-location';

export const VERBS = ['init', 'import', 'list', 'search', 'act', 'verify', 'history', 'target-add', 'publish', 'publish-queue', 'take-down', 'portal-test', 'print', 'bulletin', 'slip', 'seal', 'backup', 'restore', 'royalties'] as const;
export type Verb = (typeof VERBS)[number];

export interface ParsedCli {
  verb: Verb | 'help';
  workspace: string | null;
  sample: boolean;
  json: boolean;
  /** `--password`, or BBT_PASSWORD: a user's password (act, publish…) or the sample accounts' (init --sample). */
  password: string | null;
  /** `--password-stdin`: the password is the first line of standard input (read by runCli). */
  passwordStdin: boolean;
  /** `act`: --article ID --action ACTION --user LOGIN [--reason TEXT] [--comment THREAD_ID]… (with --password). */
  act: { article: string | null; action: string | null; user: string | null; reason: string | null; comments: string[]; revision: string | null };
  /** Publishing verbs: target-add's description of the target; publish/take-down/portal-test/verify's --target. */
  publish: {
    name: string | null;
    type: string | null;
    url: string | null;
    folder: string | null;
    list: string | null;
    token: string | null;
    target: string | null;
    yes: boolean;
    once: boolean;
    correction: string | null;
  };
  /** `print`/`slip`/`bulletin --out FILE.pdf`: where the PDF goes (resolved against the working directory). */
  out: string | null;
  /** `bulletin`: --issue N (an existing issue) or --articles ID,ID,… (a new issue of those articles). */
  bulletin: { issue: string | null; articles: string[] | null };
  /** `verify --slip "QR TEXT"`: an approval slip's QR text to check against the workspace. */
  slip: string | null;
  /** `verify --seal FILE`: a seal of the audit chain to check (resolved against the working directory). */
  seal: string | null;
  /** `restore --from FILE`: the backup to restore (resolved against the working directory). */
  from: string | null;
  /** `restore --force`: over an existing workspace (which is kept aside first). */
  force: boolean;
  /** `royalties --period 2026-11|2026-Q4`: the month or quarter of the report. */
  period: string | null;
  positionals: string[];
}

const NO_ACT = { article: null, action: null, user: null, reason: null, comments: [], revision: null };
const NO_PUBLISH = { name: null, type: null, url: null, folder: null, list: null, token: null, target: null, yes: false, once: false, correction: null };

export class CliUsageError extends Error {}

/** The environment variable that may carry the password instead of --password. */
export const PASSWORD_ENV = 'BBT_PASSWORD';

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
        'password-stdin': { type: 'boolean' },
        article: { type: 'string' },
        action: { type: 'string' },
        user: { type: 'string' },
        reason: { type: 'string' },
        comment: { type: 'string', multiple: true },
        revision: { type: 'string' },
        name: { type: 'string' },
        type: { type: 'string' },
        url: { type: 'string' },
        folder: { type: 'string' },
        list: { type: 'string' },
        token: { type: 'string' },
        target: { type: 'string' },
        yes: { type: 'boolean' },
        once: { type: 'boolean' },
        correction: { type: 'string' },
        out: { type: 'string' },
        issue: { type: 'string' },
        articles: { type: 'string' },
        slip: { type: 'string' },
        seal: { type: 'string' },
        from: { type: 'string' },
        force: { type: 'boolean' },
        period: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (err) {
    const m = /'([^']+)'/.exec((err as Error).message);
    throw new CliUsageError(m ? `Tuỳ chọn không hợp lệ hoặc thiếu giá trị: ${m[1]}.` : 'Tham số dòng lệnh không hợp lệ.');
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (values.help || first === 'help') return { verb: 'help', workspace: null, sample: false, json: false, password: null, passwordStdin: false, act: NO_ACT, publish: NO_PUBLISH, out: null, bulletin: { issue: null, articles: null }, slip: null, seal: null, from: null, force: false, period: null, positionals: [] };
  if (first === undefined) throw new CliUsageError(`Thiếu lệnh (${VERBS.join(', ')}).`);
  if (!(VERBS as readonly string[]).includes(first)) throw new CliUsageError(`Lệnh không hợp lệ: “${first}”. Các lệnh có: ${VERBS.join(', ')}.`);
  const passwordStdin = values['password-stdin'] ?? false;
  if (passwordStdin && values.password !== undefined) throw new CliUsageError('Chỉ dùng một trong hai: --password hoặc --password-stdin.');
  const dir = values.workspace ?? env[WORKSPACE_ENV];
  if (!dir) throw new CliUsageError(`Thiếu thư mục làm việc: thêm --workspace THƯ_MỤC (hoặc đặt biến môi trường ${WORKSPACE_ENV}).`);
  return {
    verb: first as Verb,
    workspace: resolve(cwd, dir),
    sample: values.sample ?? false,
    json: values.json ?? false,
    // Preferred: --password-stdin or BBT_PASSWORD (another user's `ps` shows command lines, not those).
    password: values.password ?? (passwordStdin ? null : (env[PASSWORD_ENV] ?? null)),
    passwordStdin,
    act: {
      article: values.article ?? null,
      action: values.action ?? null,
      user: values.user ?? null,
      reason: values.reason ?? null,
      comments: values.comment ?? [],
      revision: values.revision ?? null
    },
    publish: {
      name: values.name ?? null,
      type: values.type ?? null,
      url: values.url ?? null,
      folder: values.folder ?? null,
      list: values.list ?? null,
      token: values.token ?? null,
      target: values.target ?? null,
      yes: values.yes ?? false,
      once: values.once ?? false,
      correction: values.correction ?? null
    },
    out: values.out ? resolve(cwd, values.out) : null,
    bulletin: {
      issue: values.issue ?? null,
      articles: values.articles === undefined ? null : values.articles.split(',').map((a) => a.trim()).filter(Boolean)
    },
    slip: values.slip ?? null,
    seal: values.seal ? resolve(cwd, values.seal) : null,
    from: values.from ? resolve(cwd, values.from) : null,
    force: values.force ?? false,
    period: values.period ?? null,
    positionals: rest
  };
}
