/** Exit codes of the command line. */
export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
/** The run finished, but some input lines were skipped (each reported with its line number). */
export const EXIT_SKIPPED = 3;
/** Stopped by Ctrl-C (128 + SIGINT) or SIGTERM (128 + SIGTERM), as shells report signals. */
export const EXIT_SIGNAL: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/** A signal-driven stop of a long command. */
export interface Interrupts {
  readonly signal: AbortSignal;
  /** The signal that stopped the run, if one did. */
  readonly received: () => 'SIGINT' | 'SIGTERM' | null;
  dispose(): void;
}

/**
 * Turns Ctrl-C and SIGTERM into an AbortSignal for the duration of a command, so it can stop at
 * the next batch, remove its temporary output and exit with 130/143 instead of dying mid-write.
 */
export function catchInterrupts(): Interrupts {
  const controller = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((name) => {
    const handler = (): void => {
      if (received === null) received = name;
      controller.abort();
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    received: () => received,
    dispose: () => handlers.forEach(([name, handler]) => process.off(name, handler)),
  };
}

/** How long a stopped command may take to wind down before the process is ended anyway. */
const WIND_DOWN_MS = 1000;

/**
 * After a signal stop has cleaned up: exit once the event loop drains, or after WIND_DOWN_MS if
 * something the stop cannot cancel (a read blocked on a FIFO in the thread pool) still holds it.
 */
export function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), WIND_DOWN_MS).unref();
}
