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

/** Too much expensive work is already waiting: the caller should retry shortly. */
export class ServiceBusyError extends Error {
  /** About how long the offload queue takes to drain (jobs of a second or two; one over 10 s is stopped). */
  readonly retryAfterSeconds = 5;

  constructor() {
    super('The service is busy with expensive requests; retry in a few seconds');
    this.name = 'ServiceBusyError';
  }
}

/** A piece of pure work (parsing, gap analysis) ran past its time limit and was stopped. */
export class WorkTooLongError extends Error {
  constructor(
    readonly work: string,
    readonly limitMs: number,
    /** The input that made it long, e.g. `text`. */
    readonly field: string,
  ) {
    super(`${work} took longer than ${limitMs} ms and was stopped; send less input (${field})`);
    this.name = 'WorkTooLongError';
  }
}
