import { createHash } from 'node:crypto';
import type { Client, RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Keyv } from 'keyv';
import type { Logger } from '../logger.js';

type Definitions = readonly RESTPostAPIApplicationCommandsJSONBody[];

export function definitionsHash(definitions: Definitions): string {
  return createHash('sha256').update(JSON.stringify(definitions)).digest('hex');
}

/**
 * Registers the slash commands only when their definitions changed since the last registration
 * (a hash kept in the store), in one guild when `guildId` is set, else globally.
 */
export async function registerCommandsIfChanged(client: Client<true>, definitions: Definitions, meta: Keyv<string>, log: Logger, guildId?: string): Promise<boolean> {
  const scope = guildId ? `guild:${guildId}` : 'global';
  const key = `commands:${client.application.id}:${scope}`;
  const hash = definitionsHash(definitions);
  if ((await meta.get(key)) === hash) {
    log.info({ scope }, 'slash commands unchanged; not registering');
    return false;
  }
  const body = [...definitions];
  if (guildId) await client.application.commands.set(body, guildId);
  else await client.application.commands.set(body);
  await meta.set(key, hash);
  log.info({ scope, commands: body.map((c) => c.name) }, 'slash commands registered');
  return true;
}
