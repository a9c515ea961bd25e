// Error codes crossing the IPC boundary. Messages are Vietnamese (shown to users); logs use the code.
import type { Refusal } from './workflow';

export const ErrorCode = {
  INVALID_INPUT: 'INVALID_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The session exists but the screen is locked: only unlock/logout are allowed. */
  LOCKED: 'LOCKED',
  /** Too many failed logins: wait before trying again. */
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UNSUPPORTED_FILE: 'UNSUPPORTED_FILE',
  WORKSPACE_TOO_NEW: 'WORKSPACE_TOO_NEW',
  WORKSPACE_DAMAGED: 'WORKSPACE_DAMAGED',
  WORKSPACE_LOCKED: 'WORKSPACE_LOCKED',
  DISK_FULL: 'DISK_FULL',
  /** A web image could not be downloaded (offline, 404, not an image): the placeholder stays. */
  REMOTE_IMAGE_FAILED: 'REMOTE_IMAGE_FAILED',
  INTERNAL: 'INTERNAL'
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level problems (field name → Vietnamese message), for forms. */
  fields?: Record<string, string>;
  /** For a refused workflow action: the stable refusal code (ROLE, STATE, SEPARATION_OF_DUTIES…). */
  refusal?: Refusal;
}

/** An expected failure with a Vietnamese message safe to show to the user. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
