import type { Keyv } from 'keyv';
import { english } from '../errors.js';
import type { Said } from '../report/types.js';
import { type Counters, KeyvCounters } from '../store/counters.js';

/** A model call was refused because its tokens would pass a budget: the offline engine answers. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(message: string, /** The message by key, for a reader in another language. */ readonly said?: Said) {
    super(message);
  }
}

/** A server's own daily limit, when its managers set one (tokens; 0 = no limit). */
export interface DailyLimits {
  of(owner: string, fallback: number): Promise<number>;
}

/**
 * Per-server daily token budgets and per-user cooldowns for model use. Tokens are reserved before each
 * call (its worst case) and the reservation settled with what it really cost afterwards, so calls in
 * flight count against the budget and no comparison can pass it. Each reservation is one atomic step
 * of the store's counters (src/store/counters.ts), so on Redis no process can pass it either.
 * Past it, the offline engine answers and the report says why; nothing is refused outright. Outside a
 * server (a DM, a group DM where the app is installed by a user) the person has a daily budget of their
 * own: `owner` is budgetOwner().
 */
export class ModelBudget {
  private readonly counters: Counters;

  constructor(
    /** The store's atomic counters (Stores.counters), or a Keyv, counted in this process alone. */
    store: Counters | Keyv<number>,
    private readonly dailyTokensPerGuild: number,
    private readonly cooldownMs: number,
    private readonly limits?: DailyLimits,
  ) {
    this.counters = 'claim' in store ? store : new KeyvCounters(store);
  }

  /** The owner's daily limit: the server's setting where there is one, else the bot's. */
  private limitOf(owner: string): Promise<number> {
    return this.limits ? this.limits.of(owner, this.dailyTokensPerGuild) : Promise.resolve(this.dailyTokensPerGuild);
  }

  /**
   * Why the model may not be used now, or undefined when it may. With a user named, "it may" also
   * starts their cooldown, in the same atomic step as its check: of two comparisons asked at once (in
   * any two processes on one Redis), only one passes.
   */
  async refusal(guildId: string | null | undefined, userId: string | undefined): Promise<string | undefined> {
    return (await this.refusalSaid(guildId, userId))?.text;
  }

  /** `refusal`, with its message key beside the English. */
  async refusalSaid(guildId: string | null | undefined, userId: string | undefined): Promise<{ text: string; said: Said } | undefined> {
    const owner = budgetOwner(guildId, userId);
    const limit = owner ? await this.limitOf(owner) : 0;
    if (owner && limit > 0) {
      const used = (await this.counters.get(dayKey(owner))) ?? 0;
      if (used >= limit) {
        return saidWithText({ key: isPersonal(owner) ? 'budgetUsedPersonal' : 'budgetUsedServer', params: { limit } });
      }
    }
    if (userId && this.cooldownMs > 0 && !(await this.counters.claim(cooldownKey(userId), Date.now() + this.cooldownMs, this.cooldownMs))) {
      return saidWithText({ key: 'modelCooldown', params: { s: Math.round(this.cooldownMs / 1000) } });
    }
    return undefined;
  }

  /** Sets aside `tokens` of the owner's day, or throws BudgetExceededError when they do not fit. */
  async reserve(owner: string | null | undefined, tokens: number): Promise<void> {
    if (!owner) return;
    const limit = await this.limitOf(owner);
    if (limit <= 0) return;
    if (!(await this.counters.add(dayKey(owner), tokens, limit, 2 * 86_400_000))) {
      const said: Said = { key: isPersonal(owner) ? 'budgetPassedPersonal' : 'budgetPassedServer', params: { limit } };
      throw new BudgetExceededError(english(said.key, said.params), said);
    }
  }

  /** Replaces a reservation by what the call really cost. */
  async settle(owner: string | null | undefined, reserved: number, used: number): Promise<void> {
    if (!owner || reserved === used) return;
    if ((await this.limitOf(owner)) <= 0) return;
    // Settling never refuses: the tokens were spent (limit 0 here means "no check").
    await this.counters.add(dayKey(owner), used - reserved, 0, 2 * 86_400_000);
  }

  /** Restarts the user's cooldown from now: the model work it guarded is over. */
  async startCooldown(userId: string | undefined): Promise<void> {
    if (userId && this.cooldownMs > 0) await this.counters.put(cooldownKey(userId), Date.now() + this.cooldownMs, this.cooldownMs);
  }
}

function cooldownKey(userId: string): string {
  return `cooldown:${userId}`;
}

/** Whose budget a use counts against: the server's, or outside servers the person's own. */
export function budgetOwner(guildId: string | null | undefined, userId: string | undefined): string | undefined {
  return guildId ?? (userId ? `user:${userId}` : undefined);
}

/** Whether a budget is a person's own (outside servers) rather than a server's. */
export function isPersonal(owner: string): boolean {
  return owner.startsWith('user:');
}

/** A refusal by key, with its English text (what `refusal` returns, the logs and the CLI see). */
function saidWithText(said: Said): { text: string; said: Said } {
  return { text: english(said.key, said.params), said };
}

/** The budget key of one server (or one person, outside servers) for today, UTC. */
export function dayKey(guildId: string): string {
  return `tokens:${guildId}:${new Date().toISOString().slice(0, 10)}`;
}
