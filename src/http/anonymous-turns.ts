/**
 * Anonymous requests take turns on the event loop: each one's synchronous work (JSON, parsing,
 * validation, the cost estimate, and execution up to its first real I/O) starts in an event-loop
 * turn of its own, one per turn. Between two such turns the loop polls for I/O, so a keyed
 * caller's request, or the next step of one already running, waits behind at most one anonymous
 * request instead of behind every anonymous request that arrived at the same moment (16
 * attackers' bodies arriving together used to run back to back for up to 50 ms). Keyed callers
 * never wait here. The cost is one loop turn of latency per anonymous request when the service
 * is idle (microseconds).
 */
export class AnonymousTurns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** Resolves when it is this request's turn. */
  take(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /** Requests waiting for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate scheduled from inside an immediate callback runs in the next loop iteration,
    // after that iteration's poll phase: exactly one anonymous start per turn.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()!();
      this.schedule();
    });
  }
}
