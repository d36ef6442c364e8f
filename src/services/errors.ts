/**
 * Errors the use cases raise. They carry no transport detail; the GraphQL layer maps them to
 * error codes (BAD_USER_INPUT, NOT_FOUND) in one place.
 */
export class UserInputError extends Error {
  constructor(
    message: string,
    /** Path of the offending input, e.g. `input.skills[2].name`. */
    readonly field: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'UserInputError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}
