#!/usr/bin/env node
/** `npm run deploy-commands`: registers the slash commands now, in DISCORD_GUILD_ID if set, else globally. */
import { REST, Routes } from 'discord.js';
import { definitionsFor } from '../../commands/index.js';
import { ConfigError, loadConfig, loadDotEnv } from '../config/config.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env, true);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  // The same features the bot decides at start (src/main.ts), so the bot does not register them again.
  const body = definitionsFor({ model: Boolean(config.OPENAI_MODEL) });
  const route = config.DISCORD_GUILD_ID ? Routes.applicationGuildCommands(app.id, config.DISCORD_GUILD_ID) : Routes.applicationCommands(app.id);
  await rest.put(route, { body });
  console.log(`Registered ${body.length} commands (${body.map((c) => (c.type === 3 ? `Apps › ${c.name}` : `/${c.name}`)).join(', ')}) ${config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID}` : 'globally'}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Could not register commands: ${(err as Error).message}`);
  process.exit(1);
});
