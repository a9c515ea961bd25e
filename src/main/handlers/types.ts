// Handler map types: one async function per contract method, typed from the contract.
import type { SessionUser } from '../../shared/accounts';
import type { Method, Output, ParsedInput } from '../../shared/contract';

/** Who is calling: the session's user, established by dispatch from the connection — never from renderer input. */
export interface HandlerContext {
  user: SessionUser;
  /** The transport's connection (Electron webContents, browser cookie, CLI run): the session's key. */
  connectionId: string;
}

/** Methods callable before login (same as PUBLIC_METHODS in the contract; a test keeps them equal). */
export const PUBLIC_METHOD_NAMES = ['app.info', 'auth.status', 'auth.setup', 'auth.login'] as const satisfies readonly Method[];
export type PublicMethod = (typeof PUBLIC_METHOD_NAMES)[number];

/** Public handlers may run without a session: their user may be null. */
export interface PublicContext {
  user: SessionUser | null;
  connectionId: string;
}

export type ContextFor<M extends Method> = M extends PublicMethod ? PublicContext : HandlerContext;

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: ContextFor<M>) => Promise<Output<M>>;

export type Handlers = { [M in Method]: Handler<M> };
