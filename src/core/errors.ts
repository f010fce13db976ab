/**
 * A mistake the user can fix (bad input, missing permission). Carries a code for logs and tests, and
 * the friendly text shown to the user. Anything else thrown in a command is a bug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: string,
    readonly friendly: string,
  ) {
    super(`${code}: ${friendly}`);
  }
}
