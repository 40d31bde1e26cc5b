import { createHash } from 'node:crypto';
import type { Client } from 'discord.js';
import type { Keyv } from 'keyv';
import type { Logger } from '../logger.js';
import type { Command } from './command.js';

export function definitionsHash(commands: readonly Command[]): string {
  return createHash('sha256').update(JSON.stringify(commands.map((c) => c.data))).digest('hex');
}

/**
 * Registers the slash commands only when their definitions changed since the last registration
 * (a hash kept in the store), in one guild when `guildId` is set, else globally.
 */
export async function registerCommandsIfChanged(client: Client<true>, commands: readonly Command[], meta: Keyv<string>, log: Logger, guildId?: string): Promise<boolean> {
  const scope = guildId ? `guild:${guildId}` : 'global';
  const key = `commands:${client.application.id}:${scope}`;
  const hash = definitionsHash(commands);
  if ((await meta.get(key)) === hash) {
    log.info({ scope }, 'slash commands unchanged; not registering');
    return false;
  }
  const body = commands.map((c) => c.data);
  if (guildId) await client.application.commands.set(body, guildId);
  else await client.application.commands.set(body);
  await meta.set(key, hash);
  log.info({ scope, commands: body.map((c) => c.name) }, 'slash commands registered');
  return true;
}
