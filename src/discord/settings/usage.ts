import type { Keyv } from 'keyv';
import { dayKey } from '../../llm/budget.js';

/** Today's model use of a server, as the budget counts it. */
export class UsageReader {
  constructor(
    private readonly budget: Keyv<number>,
    /** Tokens a server may spend per UTC day; 0 means no limit. */
    readonly dailyTokens: number,
    /** The configured model's name, if any. */
    readonly model: string | undefined,
  ) {}

  async tokensToday(owner: string): Promise<number> {
    return (await this.budget.get(dayKey(owner))) ?? 0;
  }
}
