/**
 * Lets the starts of slow work through a few per event-loop turn, in the order they asked. In a burst
 * (a thousand comparisons admitted within a second) every comparison would otherwise begin fetching,
 * parsing and editing its progress at once on the main thread, while the interactions still arriving
 * wait behind them for their acknowledgement, which Discord refuses after 3 s. Between two releases
 * the loop reads its sockets (gateway events, REST responses) and runs their callbacks, so the cheap
 * urgent work (an acknowledgement) goes first; the slow work is only delayed, never refused, and
 * with no burst the wait is one turn.
 */
export class TurnGate {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  constructor(private readonly perTurn: number) {}

  /** Resolves when this caller's turn has come. */
  turn(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask or nextTick: it runs after the poll phase, so pending I/O is handled first.
    setImmediate(() => this.release());
  }

  private release(): void {
    this.scheduled = false;
    for (let i = 0; i < this.perTurn && this.waiting.length > 0; i++) this.waiting.shift()!();
    if (this.waiting.length > 0) this.schedule();
  }
}
