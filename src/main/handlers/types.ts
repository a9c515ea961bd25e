// Handler map types: one async function per contract method, typed from the contract.
import type { Method, Output, ParsedInput } from '../../shared/contract';
import type { UserRef } from '../../shared/article';

/** Who is calling, established by the transport from the session — never from renderer input. */
export interface HandlerContext {
  user: UserRef;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Promise<Output<M>>;

export type Handlers = { [M in Method]: Handler<M> };
