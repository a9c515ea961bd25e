// A workflow refusal: an AppError whose shape also carries the stable refusal code (REFUSALS).
import { AppError, ErrorCode, type AppErrorShape } from '../../shared/errors';
import type { Refusal } from '../../shared/workflow';

const CODE_OF: Record<Refusal, ErrorCode> = {
  NOT_LOGGED_IN: ErrorCode.UNAUTHENTICATED,
  ROLE: ErrorCode.FORBIDDEN,
  STATE: ErrorCode.FORBIDDEN,
  SEPARATION_OF_DUTIES: ErrorCode.FORBIDDEN,
  REASON_REQUIRED: ErrorCode.INVALID_INPUT,
  BAD_PASSWORD: ErrorCode.FORBIDDEN,
  KEY_PENDING: ErrorCode.FORBIDDEN,
  LOCKED_BY_OTHER: ErrorCode.CONFLICT,
  CHANGED_SINCE_SEEN: ErrorCode.CONFLICT
};

export class WorkflowRefusal extends AppError {
  constructor(
    readonly refusal: Refusal,
    message: string
  ) {
    super(CODE_OF[refusal], message);
    this.name = 'WorkflowRefusal';
  }

  override toShape(): AppErrorShape & { refusal: Refusal } {
    return { ...super.toShape(), refusal: this.refusal };
  }
}
