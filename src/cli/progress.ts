// Kept over cli-progress 3.12.0 (the one candidate looked at): its bar is started with a total and
// derives percentage and ETA from it, while `score` on standard input has no size and still draws a
// count and a rate; ours is 57 lines with no dependency and draws nothing unless stderr is a TTY.
/** What a progress line shows. */
export interface ProgressState {
  /** 0..1, or null when the total is unknown. */
  readonly done: number | null;
  readonly count: number;
  readonly unit: string;
}

const WIDTH = 24;
const REDRAW_MS = 100;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.round(seconds - m * 60)).padStart(2, '0')}s`;
}

/**
 * A progress bar with rate and ETA, redrawn in place at most ten times a second, on a terminal
 * only: when standard error is a file or a pipe nothing is drawn (the final summary says it all).
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(state: ProgressState): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? state.count / elapsed : 0;
    const parts: string[] = [];
    if (state.done !== null) {
      const filled = Math.round(Math.min(1, state.done) * WIDTH);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(state.done * 100).toFixed(0).padStart(3)}%`);
    }
    parts.push(`${state.count.toLocaleString('en-US')} ${state.unit}`, `${Math.round(rate).toLocaleString('en-US')}/s`);
    if (state.done !== null && state.done > 0) parts.push(`ETA ${duration((elapsed * (1 - state.done)) / state.done)}`);
    this.stream.write(`\r${parts.join('  ')}\x1b[K`);
    this.drawn = true;
  }

  /** Clears the bar so the summary starts on a clean line. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
