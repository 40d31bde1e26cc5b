import type { ModelBudget } from './budget.js';

/**
 * What every model call of one comparison (or one answer) passes through: at most `concurrent` calls
 * at a time, and each call's worst-case tokens reserved in the server's budget before it is sent and
 * settled after. A refused reservation throws the budget's BudgetExceededError; an aborted signal (the
 * work's deadline, a cancelled comparison) ends the wait for a turn with its reason.
 */
export class CallGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly budget: ModelBudget,
    /** Whose budget the calls count against (budgetOwner: a server, or a person outside servers). */
    private readonly guildId: string | null | undefined,
    private readonly concurrent: number,
  ) {}

  async reserve(tokens: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.running >= this.concurrent) await this.turn(signal);
    this.running++;
    try {
      await this.budget.reserve(this.guildId, tokens);
    } catch (err) {
      this.release();
      throw err;
    }
  }

  async settle(reserved: number, used: number): Promise<void> {
    try {
      await this.budget.settle(this.guildId, reserved, used);
    } finally {
      this.release();
    }
  }

  /** Waits until a running call releases its place, or the signal aborts (the place is then not taken). */
  private turn(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const stop = () => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(signal!.reason);
      };
      const wake = () => {
        signal?.removeEventListener('abort', stop);
        resolve();
      };
      this.waiting.push(wake);
      signal?.addEventListener('abort', stop, { once: true });
    });
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
