import type { ModelBudget } from './budget.js';

/**
 * What every model call of one comparison (or one answer) passes through: at most `concurrent` calls
 * at a time, and each call's worst-case tokens reserved in the server's budget before it is sent and
 * settled after. A refused reservation throws the budget's BudgetExceededError.
 */
export class CallGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly budget: ModelBudget,
    private readonly guildId: string | null | undefined,
    private readonly concurrent: number,
  ) {}

  async reserve(tokens: number): Promise<void> {
    if (this.running >= this.concurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
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

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
