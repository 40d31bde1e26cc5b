import type { Keyv } from 'keyv';

/**
 * Per-server daily token budgets and per-user cooldowns for model use. Past either, the offline
 * engine answers and the report says why; nothing is refused outright. Outside a server (a DM, a
 * group DM where the app is installed by a user) the person has a daily budget of their own.
 */
export class ModelBudget {
  constructor(
    private readonly store: Keyv<number>,
    private readonly dailyTokensPerGuild: number,
    private readonly cooldownMs: number,
  ) {}

  /** Why the model may not be used now, or undefined when it may. */
  async refusal(guildId: string | null | undefined, userId: string | undefined): Promise<string | undefined> {
    const owner = budgetOwner(guildId, userId);
    if (owner && this.dailyTokensPerGuild > 0) {
      const used = (await this.store.get(dayKey(owner))) ?? 0;
      const whose = guildId ? "this server's" : 'your';
      if (used >= this.dailyTokensPerGuild) return `${whose} daily model budget (${this.dailyTokensPerGuild} tokens) is used up until midnight UTC`;
    }
    if (userId && this.cooldownMs > 0) {
      const until = await this.store.get(`cooldown:${userId}`);
      if (until && until > Date.now()) return `model comparisons are limited to one every ${Math.round(this.cooldownMs / 1000)} s per person`;
    }
    return undefined;
  }

  async record(guildId: string | null | undefined, userId: string | undefined, tokens: number): Promise<void> {
    const owner = budgetOwner(guildId, userId);
    if (owner && tokens > 0) {
      const key = dayKey(owner);
      await this.store.set(key, ((await this.store.get(key)) ?? 0) + tokens, 2 * 86_400_000);
    }
    if (userId && this.cooldownMs > 0) await this.store.set(`cooldown:${userId}`, Date.now() + this.cooldownMs, this.cooldownMs);
  }
}

/** Whose budget a use counts against: the server's, or outside servers the person's own. */
export function budgetOwner(guildId: string | null | undefined, userId: string | undefined): string | undefined {
  return guildId ?? (userId ? `user:${userId}` : undefined);
}

/** The budget key of one server (or one person, outside servers) for today, UTC. */
export function dayKey(guildId: string): string {
  return `tokens:${guildId}:${new Date().toISOString().slice(0, 10)}`;
}
