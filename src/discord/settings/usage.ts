import { type DailyLimits, dayKey } from '../../llm/budget.js';

/** Today's model use of a server, as the budget counts it, and the limit it counts against. */
export class UsageReader {
  constructor(
    /** The budget's counters (Stores.counters), or its Keyv. */
    private readonly budget: { get(key: string): Promise<number | undefined> },
    private readonly limits: DailyLimits,
    /** The bot operator's tokens per server and UTC day; 0 means no limit. */
    private readonly operatorLimit: number,
    /** The configured model's name, if any. */
    readonly model: string | undefined,
  ) {}

  async tokensToday(owner: string): Promise<number> {
    return (await this.budget.get(dayKey(owner))) ?? 0;
  }

  /** The owner's daily limit in force (0: none). */
  limitOf(owner: string): Promise<number> {
    return this.limits.of(owner, this.operatorLimit);
  }
}
