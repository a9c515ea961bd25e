// A command run as a user: logged in through dispatch (the app's own checks and audit), logged out after.
import { CLI_CONNECTION, type App } from '../app';
import type { CliIo } from './commands';

export async function asUser(app: App, login: string, password: string, io: CliIo, run: (conn: { connectionId: string }) => Promise<number>): Promise<number> {
  const conn = { connectionId: CLI_CONNECTION };
  const result = await app.dispatch('auth.login', { login, password }, conn);
  if (!result.ok) {
    io.stderr(`Lỗi đăng nhập: ${result.error.message}`);
    return 1;
  }
  try {
    return await run(conn);
  } finally {
    await app.dispatch('auth.logout', {}, conn);
  }
}
