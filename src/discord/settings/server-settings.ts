import type { Keyv } from 'keyv';
import { type DailyLimits, isPersonal } from '../../llm/budget.js';

/** What a server's managers decide with /parallax settings. */
export interface ServerSettings {
  /** Whether the model may be used here at all; off, every comparison is offline. */
  model: boolean;
  /** The engine used when a command does not say: the model (when configured) or the offline engine. */
  engine: 'llm' | 'offline';
  /** Channels where the bot answers; empty means everywhere. */
  channels: string[];
  /** Reports only the person who asked can see, without a thread. */
  privateReports: boolean;
  /** Model tokens this server may spend per UTC day, within the bot's own limit; unset: the bot's. */
  dailyTokens?: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { model: true, engine: 'llm', channels: [], privateReports: false };

/** Settings per server, kept until changed; a server never configured has the defaults. */
export class SettingsStore {
  constructor(private readonly store: Keyv<ServerSettings>) {}

  /** A store that cannot answer gives the defaults: the bot keeps answering (the outage is logged by the store). */
  async get(guildId: string | null): Promise<ServerSettings> {
    if (!guildId) return DEFAULT_SETTINGS;
    return { ...DEFAULT_SETTINGS, ...((await this.store.get(guildId).catch(() => undefined)) ?? {}) };
  }

  async update(guildId: string, change: Partial<ServerSettings>): Promise<ServerSettings> {
    const next = { ...(await this.get(guildId)), ...change };
    await this.store.set(guildId, next);
    return next;
  }
}

/**
 * A server's daily model limit: its managers' figure, never above the bot operator's (0 = none);
 * a person outside servers has the operator's.
 */
export function dailyLimitsFrom(settings: SettingsStore): DailyLimits {
  return {
    async of(owner, operator) {
      if (isPersonal(owner)) return operator;
      const own = (await settings.get(owner)).dailyTokens;
      if (own === undefined) return operator;
      return operator > 0 ? Math.min(own, operator) : own;
    },
  };
}

/**
 * The engine a comparison here uses: what the person asked for, within what the server allows;
 * undefined leaves it to the bot (the model when one is configured).
 */
export function engineFor(settings: ServerSettings, asked: 'llm' | 'offline' | undefined): 'llm' | 'offline' | undefined {
  if (!settings.model) return 'offline';
  return asked ?? (settings.engine === 'offline' ? 'offline' : undefined);
}

/** Whether the bot answers in a channel (a thread counts as its parent channel). */
export function answersIn(settings: ServerSettings, channelId: string | null, parentId: string | null): boolean {
  if (settings.channels.length === 0) return true;
  return [channelId, parentId].some((id) => id !== null && settings.channels.includes(id));
}
