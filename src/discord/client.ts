import { Client, Events, GatewayIntentBits, Partials, REST } from 'discord.js';
import type { Logger } from '../logger.js';
import { NO_MENTIONS } from './command.js';

const DISALLOWED_INTENTS = 4014;

/** Gateway closes after which discord.js stops reconnecting: the bot would stay offline and silent. */
const FATAL_CLOSES: Record<number, string> = {
  4004: 'Discord rejected the token (gateway close 4004, authentication failed): it was reset or revoked. Put the current token from the Developer Portal in DISCORD_TOKEN.',
  4010: 'Discord refused the shard settings (gateway close 4010, invalid shard): check SHARD_COUNT and SHARD_IDS.',
  4011: 'Discord requires sharding for this bot (gateway close 4011): set SHARD_COUNT.',
  4012: 'Discord refused the gateway API version (gateway close 4012): update discord.js.',
  4013: 'Discord refused the intents (gateway close 4013, invalid intents).',
  4014: 'Discord refused a privileged intent (gateway close 4014, disallowed intents): enable it in the Developer Portal (Bot page).',
};

/** The one line an operator needs when Discord closed the gateway for good. */
export function fatalCloseMessage(code: number): string {
  return FATAL_CLOSES[code] ?? `Discord closed the gateway with code ${code} and the bot will not reconnect.`;
}

export interface ClientOptions {
  /** Base of a Discord-compatible REST API; discord.js discovers the gateway through it. */
  apiUrl?: string | undefined;
  messageContent: boolean;
  /** Gateway shards run by this process (discord.js's own sharding); unset = one shard. */
  shards?: { ids: number[]; count: number } | undefined;
}

export function createClient(options: ClientOptions): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  // Message Content is privileged: without it, plain thread messages arrive empty and /ask is the way.
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // Threads can be unknown to the cache after a restart; their messages must still arrive.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
  });
  separateInteractionRequests(client);
  return client;
}

/**
 * Discord does not count interaction endpoints (the callback, and the interaction's webhook: editing
 * the reply, follow-ups) against a bot's global 50 requests per second; discord.js's one REST manager
 * does, so in a burst every report waited behind every thread and message for that budget. Those
 * requests go through a manager of their own; each route's limits, from Discord's headers, still hold.
 */
function separateInteractionRequests(client: Client): void {
  const interactions = new REST({ ...client.options.rest, globalRequestsPerSecond: 100_000 });
  const queue = client.rest.queueRequest.bind(client.rest);
  client.rest.queueRequest = (request) => {
    const route = String(request.fullRoute);
    const own = client.user && (route.startsWith('/interactions/') || route.startsWith(`/webhooks/${client.user.id}/`));
    return own && request.auth === false ? interactions.queueRequest(request) : queue(request);
  };
}

/** Logs in; resolves once the client is ready, rejects with the reason when Discord refuses. */
export function login(client: Client, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDisconnect = (event: { code: number }) => {
      cleanup();
      reject(Object.assign(new Error(fatalCloseMessage(event.code)), { closeCode: event.code }));
    };
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      client.off(Events.ShardDisconnect, onDisconnect);
      client.off(Events.ClientReady, onReady);
    };
    client.on(Events.ShardDisconnect, onDisconnect);
    client.once(Events.ClientReady, onReady);
    client.login(token).catch((err: unknown) => {
      cleanup();
      reject(err);
    });
  });
}

/**
 * Logs in with the Message Content intent, and without it when Discord says the bot was not granted
 * it: the bot then works through /ask, and says so once in the log.
 */
export async function connect(token: string, apiUrl: string | undefined, log: Logger, shards?: ClientOptions['shards']): Promise<{ client: Client; messageContent: boolean }> {
  const client = createClient({ apiUrl, messageContent: true, shards });
  try {
    await login(client, token);
    return { client, messageContent: true };
  } catch (err) {
    await client.destroy();
    if (!isDisallowedIntents(err)) throw err;
    log.warn(
      'The Message Content intent is not enabled for this bot, so questions typed in threads cannot be read. ' +
        'Parallax works through /ask instead. Enable "Message Content Intent" in the Discord Developer Portal (Bot page) to answer plain messages.',
    );
    const fallback = createClient({ apiUrl, messageContent: false, shards });
    await login(fallback, token);
    return { client: fallback, messageContent: false };
  }
}

/**
 * After login, a close discord.js will not recover from (a token revoked while running, a shard
 * refused) is logged in one line and handed to `stop`, which exits non-zero so a supervisor restarts
 * the bot or tells the operator, instead of a process that stays alive offline.
 */
export function onFatalClose(client: Client, log: Logger, stop: (code: number) => void): void {
  client.on(Events.ShardDisconnect, (event: { code: number }, shardId: number) => {
    log.fatal({ closeCode: event.code, shardId }, fatalCloseMessage(event.code));
    stop(event.code);
  });
}

function isDisallowedIntents(err: unknown): boolean {
  return (err as { closeCode?: number })?.closeCode === DISALLOWED_INTENTS || /disallowed intents/i.test(String((err as Error)?.message));
}
