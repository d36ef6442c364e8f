/** Thrown when the run is stopped through its AbortSignal. */
export class BatchAborted extends Error {
  constructor() {
    super('scoring stopped');
  }
}

/** Stops a run whose signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BatchAborted();
}
