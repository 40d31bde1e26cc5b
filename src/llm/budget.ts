import type { Keyv } from 'keyv';

/** A model call was refused because its tokens would pass a budget: the offline engine answers. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
}

/**
 * Per-server daily token budgets and per-user cooldowns for model use. Tokens are reserved before each
 * call (its worst case) and the reservation settled with what it really cost afterwards, so calls in
 * flight count against the budget and no comparison can pass it. Past it, the offline engine answers
 * and the report says why; nothing is refused outright. Outside a server (a DM, a group DM where the
 * app is installed by a user) the person has a daily budget of their own: `owner` is budgetOwner().
 */
/** A server's own daily limit, when its managers set one (tokens; 0 = no limit). */
export interface DailyLimits {
  of(owner: string, fallback: number): Promise<number>;
}

export class ModelBudget {
  /** Reservations are read-modify-write on the store: one at a time in this process. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Keyv<number>,
    private readonly dailyTokensPerGuild: number,
    private readonly cooldownMs: number,
    private readonly limits?: DailyLimits,
  ) {}

  /** The owner's daily limit: the server's setting where there is one, else the bot's. */
  private limitOf(owner: string): Promise<number> {
    return this.limits ? this.limits.of(owner, this.dailyTokensPerGuild) : Promise.resolve(this.dailyTokensPerGuild);
  }

  /** Why the model may not be used now, or undefined when it may. */
  async refusal(guildId: string | null | undefined, userId: string | undefined): Promise<string | undefined> {
    const owner = budgetOwner(guildId, userId);
    const limit = owner ? await this.limitOf(owner) : 0;
    if (owner && limit > 0) {
      const used = (await this.store.get(dayKey(owner))) ?? 0;
      if (used >= limit) return `${whose(owner)} daily model budget (${limit} tokens) is used up until midnight UTC`;
    }
    if (userId && this.cooldownMs > 0) {
      const until = await this.store.get(`cooldown:${userId}`);
      if (until && until > Date.now()) return `model comparisons are limited to one every ${Math.round(this.cooldownMs / 1000)} s per person`;
    }
    return undefined;
  }

  /** Sets aside `tokens` of the owner's day, or throws BudgetExceededError when they do not fit. */
  reserve(owner: string | null | undefined, tokens: number): Promise<void> {
    if (!owner) return Promise.resolve();
    return this.inTurn(async () => {
      const limit = await this.limitOf(owner);
      if (limit <= 0) return;
      const key = dayKey(owner);
      const used = (await this.store.get(key)) ?? 0;
      if (used + tokens > limit) {
        throw new BudgetExceededError(`${whose(owner)} daily model budget (${limit} tokens) would be passed by this comparison`);
      }
      await this.store.set(key, used + tokens, 2 * 86_400_000);
    });
  }

  /** Replaces a reservation by what the call really cost. */
  settle(owner: string | null | undefined, reserved: number, used: number): Promise<void> {
    if (!owner || reserved === used) return Promise.resolve();
    return this.inTurn(async () => {
      if ((await this.limitOf(owner)) <= 0) return;
      const key = dayKey(owner);
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

/** Whose budget a use counts against: the server's, or outside servers the person's own. */
export function budgetOwner(guildId: string | null | undefined, userId: string | undefined): string | undefined {
  return guildId ?? (userId ? `user:${userId}` : undefined);
}

/** Whether a budget is a person's own (outside servers) rather than a server's. */
export function isPersonal(owner: string): boolean {
  return owner.startsWith('user:');
}

function whose(owner: string): string {
  return isPersonal(owner) ? 'your' : "this server's";
}

/** The budget key of one server (or one person, outside servers) for today, UTC. */
export function dayKey(guildId: string): string {
  return `tokens:${guildId}:${new Date().toISOString().slice(0, 10)}`;
}
