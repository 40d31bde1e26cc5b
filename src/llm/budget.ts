import type { Keyv } from 'keyv';

/** A model call was refused because its tokens would pass a budget: the offline engine answers. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
}

/**
 * Per-server daily token budgets and per-user cooldowns for model use. Tokens are reserved before each
 * call (its worst case) and the reservation settled with what it really cost afterwards, so calls in
 * flight count against the budget and no comparison can pass it. Past it, the offline engine answers
 * and the report says why; nothing is refused outright.
 */
export class ModelBudget {
  /** Reservations are read-modify-write on the store: one at a time in this process. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Keyv<number>,
    private readonly dailyTokensPerGuild: number,
    private readonly cooldownMs: number,
  ) {}

  /** Why the model may not be used now, or undefined when it may. */
  async refusal(guildId: string | null | undefined, userId: string | undefined): Promise<string | undefined> {
    if (guildId && this.dailyTokensPerGuild > 0) {
      const used = (await this.store.get(dayKey(guildId))) ?? 0;
      if (used >= this.dailyTokensPerGuild) return `this server's daily model budget (${this.dailyTokensPerGuild} tokens) is used up until midnight UTC`;
    }
    if (userId && this.cooldownMs > 0) {
      const until = await this.store.get(`cooldown:${userId}`);
      if (until && until > Date.now()) return `model comparisons are limited to one every ${Math.round(this.cooldownMs / 1000)} s per person`;
    }
    return undefined;
  }

  /** Sets aside `tokens` of the server's day, or throws BudgetExceededError when they do not fit. */
  reserve(guildId: string | null | undefined, tokens: number): Promise<void> {
    if (!guildId || this.dailyTokensPerGuild <= 0) return Promise.resolve();
    return this.inTurn(async () => {
      const key = dayKey(guildId);
      const used = (await this.store.get(key)) ?? 0;
      if (used + tokens > this.dailyTokensPerGuild) {
        throw new BudgetExceededError(`this server's daily model budget (${this.dailyTokensPerGuild} tokens) would be passed by this comparison`);
      }
      await this.store.set(key, used + tokens, 2 * 86_400_000);
    });
  }

  /** Replaces a reservation by what the call really cost. */
  settle(guildId: string | null | undefined, reserved: number, used: number): Promise<void> {
    if (!guildId || this.dailyTokensPerGuild <= 0 || reserved === used) return Promise.resolve();
    return this.inTurn(async () => {
      const key = dayKey(guildId);
      await this.store.set(key, Math.max(0, ((await this.store.get(key)) ?? 0) - reserved + used), 2 * 86_400_000);
    });
  }

  async startCooldown(userId: string | undefined): Promise<void> {
    if (userId && this.cooldownMs > 0) await this.store.set(`cooldown:${userId}`, Date.now() + this.cooldownMs, this.cooldownMs);
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work, work);
    this.turn = next.catch(() => undefined);
    return next;
  }
}

function dayKey(guildId: string): string {
  return `tokens:${guildId}:${new Date().toISOString().slice(0, 10)}`;
}
