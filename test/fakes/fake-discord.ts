/**
 * A fake Discord for end-to-end tests: REST under /api/v10 and a gateway on 127.0.0.1, enough for
 * the real discord.js client to log in, register commands, receive interactions, defer, edit, follow
 * up, open threads and receive thread messages. It records what the bot did so tests can assert on it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  embeds: Array<{ title?: string; description?: string; footer?: { text: string }; fields?: unknown[] }>;
  attachments: Array<{ filename: string; content: string }>;
  /** Action rows of buttons and select menus, as the bot sent them. */
  components: FakeRow[];
  /** Every text the message had before its latest edit, oldest first (progress lines, for instance). */
  history?: string[];
  flags: number;
  author: { id: string; bot?: boolean };
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
  deleted?: boolean;
}

export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submission. */
  type: number;
  callbacks: Array<{ type: number; data?: Record<string, unknown> }>;
  originalId?: string;
  followUps: string[];
  /** Where the interaction happened: its replies are posted there. */
  channelId: string;
  /** For a component or a modal opened from one: the message it was on (what UPDATE_MESSAGE edits). */
  sourceMessageId?: string;
  /** When the first callback arrived, for click-to-answer times. */
  sentAt: number;
  answeredAt?: number;
  /** When the acknowledgement arrived, and when the reply first got embeds (the report): for bench:load. */
  ackedAt?: number;
  reportedAt?: number;
  /** How many edits of the reply carried a report (embeds): a comparison finished twice would show 2. */
  reportEdits?: number;
  /** For a component interaction: the message whose button was clicked (as sourceMessageId). */
  messageId?: string;
}

export interface FakeComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  url?: string;
  options?: Array<{ label: string; value: string; description?: string }>;
  required?: boolean;
  components?: FakeComponent[];
  /** A label's one component (type 18, in modals). */
  component?: FakeComponent;
}
/** An action row of a message: its buttons or its select menu. */
export interface FakeRow {
  type: number;
  components: FakeComponent[];
}

/** Who does something: alice has every permission, bob is a member without Manage Server. */
export interface Actor {
  id: string;
  username: string;
  permissions: string;
}

/** Where and how an interaction is sent. */
export interface InteractionOptions {
  channel?: { id: string; type: number; parent_id?: string };
  attachments?: Record<string, unknown>;
  as?: Actor;
  locale?: string;
  /** In the user's DM with the bot (a user-installed app): no guild, no member. */
  dm?: boolean;
}

const GUILD = '1573552104683995137';
const APP = '1573552104683995138';
const USER = '1573552104683995139';
const CHANNEL = '1573552104683995140';
const MESSAGE_CONTENT = 1 << 15;
const ALL_PERMISSIONS = '2251799813685247';
/** @everyone's permissions in the fake guild: no Manage Server (1 << 5). */
const MEMBER_PERMISSIONS = '1071698660929';
const DM_CHANNEL = '1573552104683995150';
/** Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding). */
const HEARTBEAT_MS = 41_250;
const CALLBACK = { reply: 4, defer: 5, deferUpdate: 6, update: 7, autocomplete: 8, modal: 9 } as const;

export class FakeDiscord {
  readonly guildId = GUILD;
  readonly appId = APP;
  readonly userId = USER;
  readonly channelId = CHANNEL;
  readonly dmChannelId = DM_CHANNEL;
  readonly alice: Actor = { id: USER, username: 'alice', permissions: ALL_PERMISSIONS };
  readonly bob: Actor = { id: '1573552104683995141', username: 'bob', permissions: MEMBER_PERMISSIONS };
  readonly token = 'fake-token.for-tests';
  readonly messages = new Map<string, FakeMessage>();
  readonly threads = new Map<string, { id: string; name: string; parent_id: string }>();
  readonly interactions = new Map<string, FakeInteraction>();
  readonly commandPuts: Array<{ route: string; names: string[]; definitions: Array<Record<string, unknown>> }> = [];
  readonly identifies: Array<{ intents: number; shard?: [number, number] }> = [];
  /** Sessions resumed (op 6) after a dropped connection. */
  resumes = 0;
  /** REST requests by method and route shape (ids and tokens replaced by *), for bench:load. */
  readonly requestCounts = new Map<string, number>();
  /** When true, requests to open a thread are left unanswered (to stop the bot between report and thread). */
  holdThreads = false;
  /** When true, IDENTIFY with the Message Content intent is closed with 4014, as Discord does. */
  disallowMessageContent = false;
  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  /** The [id, count] each gateway connection identified as: events of a guild go to its shard only, as on Discord. */
  private readonly shards = new Map<WebSocket, [number, number]>();
  /**
   * Gateway sessions, as Discord keeps them: the events sent to each (the last 20,000), so a client
   * that reconnects and RESUMEs (after a missed heartbeat ack in a burst) gets what it missed.
   */
  private readonly sessions = new Map<string, { shard: [number, number]; ws?: WebSocket; events: Array<{ s: number; t: string; d: unknown }> }>();
  private seq = 0;
  private snowflake = 1573552200000000000n;
  private waiters: Array<() => void> = [];

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.route(req, res).catch((err) => this.json(res, 500, { message: String(err) })));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.onGateway(ws));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  /** Resolves when `check` returns a value, re-checked on every request or gateway message. */
  async waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  /** Closes every gateway connection with `code`, as Discord does when it revokes a session (4004, 4010–4014). */
  closeGateway(code: number, reason = 'Closed by the fake'): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  /** Someone deletes a thread: THREAD_DELETE, as Discord sends it. */
  deleteThread(id: string): void {
    const thread = this.threads.get(id);
    this.threads.delete(id);
    this.dispatch('THREAD_DELETE', { id, guild_id: GUILD, parent_id: thread?.parent_id ?? CHANNEL, type: 11 });
  }

  /** The server removes the bot: GUILD_DELETE without `unavailable` (with it, it would be an outage). */
  removeBotFromGuild(): void {
    this.dispatch('GUILD_DELETE', { id: GUILD });
  }

  get connected(): boolean {
    return this.sockets.size > 0;
  }

  /** Sends a slash command as a user would; returns the interaction's record. */
  runCommand(name: string, options: Array<{ name: string; type: number; value: string | number | boolean; focused?: boolean }>, extra: InteractionOptions = {}): FakeInteraction {
    // Discord resolves channel options (type 7) for the bot, as it does attachments.
    const flat = (list: Array<{ type: number; value?: unknown; options?: unknown[] }>): Array<{ type: number; value?: unknown }> => list.flatMap((o) => [o, ...flat((o.options ?? []) as never)]);
    const channels = Object.fromEntries(flat(options as never).filter((o) => o.type === 7).map((o) => [String(o.value), { id: String(o.value), type: 0, name: `channel-${String(o.value).slice(-4)}`, permissions: ALL_PERMISSIONS }]));
    const resolved = { ...(extra.attachments ? { attachments: extra.attachments } : {}), ...(Object.keys(channels).length ? { channels } : {}) };
    const data = { id: this.commandId(name), name, type: 1, guild_id: GUILD, options, ...(Object.keys(resolved).length ? { resolved } : {}) };
    return this.interact(2, data, extra);
  }

  /** Types into a command option: Discord asks the bot for suggestions (an autocomplete interaction). */
  autocomplete(name: string, options: Array<{ name: string; type: number; value?: string | number; focused?: boolean; options?: unknown[] }>, extra: InteractionOptions = {}): FakeInteraction {
    return this.interact(4, { id: this.commandId(name), name, type: 1, guild_id: GUILD, options }, extra);
  }

  /** Apps › <name> on a message: a message context-menu command, the message itself in `resolved`. */
  runMessageCommand(name: string, target: FakeMessage, extra: InteractionOptions = {}): FakeInteraction {
    const data = { id: this.commandId(name), name, type: 3, guild_id: GUILD, target_id: target.id, resolved: { messages: { [target.id]: this.wire(target) } } };
    return this.interact(2, data, { channel: { id: target.channel_id, type: this.threads.has(target.channel_id) ? 11 : 0 }, ...extra });
  }

  /** A user clicks a button on one of the bot's messages, known by its id. */
  clickButton(messageId: string, customId: string): FakeInteraction {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`no message ${messageId}`);
    return this.click(message, customId);
  }

  /** Clicks a button of a message; fails the test when the message has no such button. */
  click(message: FakeMessage, customId: string, extra: InteractionOptions = {}): FakeInteraction {
    const button = findComponent(message.components, customId);
    if (!button || button.type !== 2) throw new Error(`No button ${customId} on message ${message.id}: ${JSON.stringify(message.components)}`);
    if (button.disabled) throw new Error(`Button ${customId} is disabled`);
    return this.interact(3, { custom_id: customId, component_type: 2 }, { channel: { id: message.channel_id, type: 0 }, ...extra }, message);
  }

  /** Picks options of a string select menu of a message; fails when the menu or a value does not exist. */
  choose(message: FakeMessage, customId: string, values: string[], extra: InteractionOptions = {}): FakeInteraction {
    const menu = findComponent(message.components, customId);
    if (!menu || menu.type !== 3) throw new Error(`No select menu ${customId} on message ${message.id}`);
    const known = new Set(menu.options?.map((o) => o.value));
    for (const v of values) if (!known.has(v)) throw new Error(`Select menu ${customId} has no option ${v}`);
    return this.interact(3, { custom_id: customId, component_type: 3, values }, { channel: { id: message.channel_id, type: 0 }, ...extra }, message);
  }

  /** Fills in and submits the modal the bot opened in answer to `opened`; only fields the modal has. */
  submitModal(opened: FakeInteraction, values: Record<string, string>, extra: InteractionOptions = {}): FakeInteraction {
    const modal = opened.callbacks.find((c) => c.type === CALLBACK.modal)?.data as { custom_id: string; components: FakeComponent[] } | undefined;
    if (!modal) throw new Error('The bot opened no modal');
    // Discord answers in the modal's own shape: a label around each input, or the legacy action rows.
    type Field = { input: FakeComponent; wrap: (c: object) => object };
    const fields = modal.components.flatMap((row): Field[] =>
      row.type === 18 && row.component
        ? [{ input: row.component, wrap: (c) => ({ type: 18, component: c }) }]
        : (row.components ?? []).map((input) => ({ input, wrap: (c) => ({ type: 1, components: [c] }) })),
    ).filter((f) => f.input.type === 4);
    for (const key of Object.keys(values)) if (!fields.some((f) => f.input.custom_id === key)) throw new Error(`The modal has no field ${key}`);
    for (const f of fields) if (f.input.required !== false && !values[f.input.custom_id!]) throw new Error(`The modal's field ${f.input.custom_id} is required`);
    const components = fields.map((f) => f.wrap({ type: 4, custom_id: f.input.custom_id, value: values[f.input.custom_id!] ?? '' }));
    const source = opened.sourceMessageId ? this.messages.get(opened.sourceMessageId) : undefined;
    return this.interact(5, { custom_id: modal.custom_id, components }, { channel: { id: opened.channelId, type: this.threads.has(opened.channelId) ? 11 : 0 }, ...extra }, source);
  }

  /** A thread a user opened (or a forum post), announced to the bot as Discord does. */
  userThread(name: string): string {
    const thread = { id: this.nextId(), name, parent_id: CHANNEL };
    this.threads.set(thread.id, thread);
    this.dispatch('THREAD_CREATE', { ...threadPayload(thread), owner_id: USER, newly_created: true });
    return thread.id;
  }

  /** A message posted by a user (not the bot), kept so it can be the target of an Apps › command. */
  userPost(channelId: string, content: string, attachments: Array<{ filename: string; url: string; size: number; content_type?: string }> = []): FakeMessage {
    const msg: FakeMessage = { id: this.nextId(), channel_id: channelId, content, embeds: [], components: [], attachments: [], flags: 0, author: { id: USER } };
    (msg as FakeMessage & { uploads?: unknown }).uploads = attachments;
    this.messages.set(msg.id, msg);
    return msg;
  }

  /** The message an interaction answered with, once it satisfies `check` (the first callback's message, or an edit). */
  answer(run: FakeInteraction, what: string, check: (m: FakeMessage) => boolean = () => true, timeoutMs = 30_000): Promise<FakeMessage> {
    return this.waitFor(() => {
      const m = this.messages.get(run.originalId ?? '');
      return m && !(m.flags & 128) && check(m) ? m : undefined;
    }, what, timeoutMs);
  }

  /** Milliseconds from sending an interaction to its first callback (Discord's 3-second rule). */
  ackMs(run: FakeInteraction): number | undefined {
    return run.answeredAt === undefined ? undefined : run.answeredAt - run.sentAt;
  }

  private commandId(name: string): string {
    // Stable per name, so the bot can tell commands apart by id as well as by name.
    let h = 0n;
    for (const ch of name) h = (h * 31n + BigInt(ch.codePointAt(0)!)) % 1000000n;
    return (1573552104700000000n + h).toString();
  }

  private interact(type: number, data: Record<string, unknown>, extra: InteractionOptions, message?: FakeMessage): FakeInteraction {
    const id = this.nextId();
    const token = `tok:${id}`;
    const actor = extra.as ?? this.alice;
    const channel = extra.dm ? { id: DM_CHANNEL, type: 1 } : (extra.channel ?? { id: CHANNEL, type: 0 });
    const record: FakeInteraction = { id, token, type, callbacks: [], followUps: [], channelId: channel.id, sentAt: Date.now(), ...(message ? { sourceMessageId: message.id, messageId: message.id } : {}) };
    this.interactions.set(token, record);
    const user = { id: actor.id, username: actor.username, discriminator: '0', global_name: actor.username, avatar: null };
    const where = extra.dm
      ? { channel: { id: DM_CHANNEL, type: 1, recipients: [user], last_message_id: null, flags: 0 }, user, context: 1, authorizing_integration_owners: { '1': actor.id } }
      : {
          guild_id: GUILD, guild: { id: GUILD, locale: 'en-US', features: [] }, guild_locale: 'en-US', context: 0, authorizing_integration_owners: { '0': GUILD },
          channel: { ...channel, guild_id: GUILD, name: 'general', position: 0, permission_overwrites: [], nsfw: false, flags: 0, ...(channel.type === 11 ? { thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now(), locked: false } } : { parent_id: null }) },
          member: { user, roles: [], joined_at: now(), deaf: false, mute: false, flags: 0, pending: false, permissions: actor.permissions },
        };
    if (extra.dm) delete (data as { guild_id?: string }).guild_id;
    this.dispatch('INTERACTION_CREATE', {
      id, application_id: APP, type, token, version: 1, data, channel_id: channel.id, ...where,
      ...(message ? { message: this.wire(message) } : {}),
      app_permissions: ALL_PERMISSIONS, locale: extra.locale ?? 'en-US', entitlements: [], attachment_size_limit: 10485760,
    });
    return record;
  }

  /** A user posts a message in a channel or thread. */
  userMessage(channelId: string, content: string): string {
    const id = this.nextId();
    // Like Discord: `<@bot>` in the text is a mention, and without the Message Content intent a
    // guild message reaches the bot with its text only when it mentions the bot.
    const mentionsBot = content.includes(`<@${APP}>`) || content.includes(`<@!${APP}>`);
    const readable = mentionsBot || Boolean((this.identifies.at(-1)?.intents ?? MESSAGE_CONTENT) & MESSAGE_CONTENT);
    this.dispatch('MESSAGE_CREATE', {
      id, channel_id: channelId, guild_id: GUILD, channel_type: this.threads.has(channelId) ? 11 : 0, author: alice(),
      member: { roles: [], joined_at: now(), deaf: false, mute: false, flags: 0, pending: false },
      content: readable ? content : '', timestamp: now(), edited_timestamp: null, tts: false, mention_everyone: false,
      mentions: mentionsBot ? [{ id: APP, username: 'Parallax', discriminator: '0', global_name: null, avatar: null, bot: true }] : [], mention_roles: [],
      attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0,
    });
    return id;
  }

  /** The interaction's reply once the bot has put embeds in it (a report or a summary). */
  replyWithEmbeds(run: FakeInteraction, what: string): Promise<FakeMessage> {
    return this.waitFor(() => {
      const m = this.messages.get(run.originalId ?? '');
      return m && m.embeds.length > 0 ? m : undefined;
    }, what, 30_000);
  }

  /** Messages the bot posted in a channel, oldest first. */
  botMessagesIn(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && m.author.id === APP && !m.deleted);
  }

  private nextId(): string {
    this.snowflake += 1000n;
    return this.snowflake.toString();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private dispatch(t: string, d: unknown): void {
    const guildId = (d as { guild_id?: string; id?: string })?.guild_id ?? (t.startsWith('GUILD_') ? (d as { id?: string }).id : undefined);
    for (const session of this.sessions.values()) {
      if (guildId && !ownsGuild(session.shard, guildId)) continue;
      const event = { s: ++this.seq, t, d };
      session.events.push(event);
      if (session.events.length > 20_000) session.events.shift();
      session.ws?.send(JSON.stringify({ op: 0, ...event }));
    }
    this.notify();
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', (code) => {
      this.sockets.delete(ws);
      this.shards.delete(ws);
      // A clean close (the client logging out) ends the session; any other may be resumed.
      for (const [id, session] of this.sessions) if (session.ws === ws) (code === 1000 || code === 1001 ? this.sessions.delete(id) : delete session.ws);
      this.notify();
    });
    // Discord's own interval (41.25 s). A shorter one made a bot busy with a burst of thousands look
    // like a zombie connection (its heartbeat ack queued behind the burst's events) and reconnect
    // mid-burst, so bench:load measured the fake's interval instead of the bot.
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: HEARTBEAT_MS }, s: null, t: null }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: any };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 6) {
        const session = msg.d.token === this.token ? this.sessions.get(msg.d.session_id) : undefined;
        // An unknown session: "invalid session, not resumable", and the client identifies again.
        if (!session) return ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        session.ws = ws;
        this.shards.set(ws, session.shard);
        for (const event of session.events) if (event.s > Number(msg.d.seq)) ws.send(JSON.stringify({ op: 0, ...event }));
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
        this.resumes += 1;
        return this.notify();
      }
      if (msg.op === 2) {
        const shard = (msg.d.shard as [number, number] | undefined) ?? [0, 1];
        this.identifies.push({ intents: msg.d.intents, shard });
        if (msg.d.token !== this.token) return ws.close(4004, 'Authentication failed');
        if (this.disallowMessageContent && msg.d.intents & MESSAGE_CONTENT) return ws.close(4014, 'Disallowed intent(s)');
        if (shard[0] >= shard[1]) return ws.close(4010, 'Invalid shard');
        this.shards.set(ws, shard);
        const owned = ownsGuild(shard, GUILD);
        const sessionId = `session-${this.seq}-${this.identifies.length}`;
        this.sessions.set(sessionId, { shard, ws, events: [] });
        const send = (t: string, d: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
        send('READY', {
          v: 10, user: { id: APP, username: 'Parallax', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
          guilds: owned ? [{ id: GUILD, unavailable: true }] : [], session_id: sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`, shard, application: { id: APP, flags: 0 },
        });
        if (owned) send('GUILD_CREATE', guildPayload([...this.threads.values()]));
        this.notify();
      }
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    this.notify();
    if (parts[0] !== 'api' || parts[1] !== 'v10') return this.json(res, 404, { message: 'Not found' });
    const p = parts.slice(2);
    const shape = p.map((s, i) => (/^\d{17,20}$|^tok:/.test(s) || (p[0] === 'webhooks' && i === 2) ? '*' : s)).join('/');
    this.requestCounts.set(`${method} ${shape}`, (this.requestCounts.get(`${method} ${shape}`) ?? 0) + 1);
    const is = (m: string, ...shape: string[]) => m === method && p.length === shape.length && shape.every((s, i) => s === '*' || s === p[i]);

    if (is('GET', 'gateway', 'bot')) {
      if (req.headers.authorization !== `Bot ${this.token}`) return this.json(res, 401, { code: 0, message: '401: Unauthorized' });
      return this.json(res, 200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 16 } });
    }
    if (is('GET', 'applications', '@me')) return this.json(res, 200, { id: APP, name: 'Parallax', flags: 0 });
    if (is('PUT', 'applications', '*', 'commands') || is('PUT', 'applications', '*', 'guilds', '*', 'commands')) {
      const defs = body.json as Array<{ name: string }>;
      this.commandPuts.push({ route: p.join('/'), names: defs.map((d) => d.name), definitions: defs });
      return this.json(res, 200, defs.map((d) => ({ ...d, id: this.nextId(), application_id: APP, version: this.nextId(), ...(p[2] === 'guilds' ? { guild_id: GUILD } : {}) })));
    }
    if (is('POST', 'interactions', '*', '*', 'callback')) {
      const record = this.interactions.get(p[2]!);
      if (!record) return this.json(res, 404, { code: 10062, message: 'Unknown interaction' });
      if (record.callbacks.length) return this.json(res, 400, { code: 40060, message: 'Interaction has already been acknowledged.' });
      const cb = body.json as { type: number; data?: Record<string, unknown> };
      const invalid = this.invalidCallback(record, cb);
      if (invalid) return this.json(res, 400, { code: 50035, message: invalid });
      record.callbacks.push(cb);
      record.answeredAt = Date.now();
      record.ackedAt = record.answeredAt;
      if (cb.type === CALLBACK.reply || cb.type === CALLBACK.defer) {
        const msg = this.createMessage(record.channelId, { ...(cb.data ?? {}), flags: Number(cb.data?.flags ?? 0) | (cb.type === CALLBACK.defer ? 128 : 0) }, body.files, false);
        record.originalId = msg.id;
      } else if (cb.type === CALLBACK.update || cb.type === CALLBACK.deferUpdate) {
        // A component's @original is the message it is on; UPDATE_MESSAGE edits it at once.
        record.originalId = record.sourceMessageId;
        const source = this.messages.get(record.sourceMessageId ?? '');
        if (cb.type === CALLBACK.update && source) this.editMessage(source, cb.data ?? {}, body.files);
      }
      this.notify();
      res.writeHead(204).end();
      return;
    }
    if (p[0] === 'webhooks' && p[1] === APP) {
      const record = this.interactions.get(p[2]!);
      if (!record) return this.json(res, 404, { code: 10015, message: 'Unknown webhook' });
      if (p[3] === 'messages' && p[4] === '@original') {
        const original = this.messages.get(record.originalId ?? '');
        if (!original) return this.json(res, 404, { code: 10008, message: 'Unknown message' });
        if (method === 'DELETE') {
          original.deleted = true;
          res.writeHead(204).end();
          return this.notify();
        }
        if (method === 'PATCH') {
          if ((body.json as Partial<FakeMessage>).embeds?.length) {
            record.reportedAt ??= Date.now();
            record.reportEdits = (record.reportEdits ?? 0) + 1;
          }
          this.editMessage(original, body.json as Record<string, unknown>, body.files);
        }
        return this.json(res, 200, this.wire(original));
      }
      if (method === 'POST' && p.length === 3) {
        const msg = this.createMessage(record.channelId, body.json as Record<string, unknown>, body.files, true);
        record.followUps.push(msg.id);
        return this.json(res, 200, this.wire(msg));
      }
    }
    if (is('POST', 'channels', '*', 'messages', '*', 'threads')) {
      if (this.holdThreads) return;
      const thread = { id: p[3]!, name: String((body.json as { name: string }).name), parent_id: p[1]! };
      this.threads.set(thread.id, thread);
      const payload = threadPayload(thread);
      this.dispatch('THREAD_CREATE', { ...payload, newly_created: true });
      return this.json(res, 201, payload);
    }
    if (is('POST', 'channels', '*', 'messages')) {
      const msg = this.createMessage(p[1]!, body.json as Record<string, unknown>, body.files, true);
      return this.json(res, 200, this.wire(msg));
    }
    if (is('POST', 'channels', '*', 'typing')) return void res.writeHead(204).end();
    // What a process without the gateway (a queue worker) reads through REST instead of a cache.
    if (is('GET', 'guilds', '*')) {
      if (p[1] !== GUILD) return this.json(res, 404, { code: 10004, message: 'Unknown Guild' });
      const { channels: _c, threads: _t, members: _m, presences: _p, voice_states: _v, ...guild } = guildPayload([]);
      return this.json(res, 200, guild);
    }
    if (is('GET', 'channels', '*')) {
      const thread = this.threads.get(p[1]!);
      if (thread) return this.json(res, 200, threadPayload(thread));
      if (p[1] !== CHANNEL) return this.json(res, 404, { code: 10003, message: 'Unknown Channel' });
      return this.json(res, 200, { ...guildPayload([]).channels[0], guild_id: GUILD });
    }
    if (is('PATCH', 'channels', '*', 'messages', '*')) {
      const message = this.messages.get(p[3]!);
      // An ephemeral message exists only for its interaction: the channel does not know it.
      if (!message || message.channel_id !== p[1] || message.flags & 64) return this.json(res, 404, { code: 10008, message: 'Unknown Message' });
      if (message.author.id !== APP) return this.json(res, 403, { code: 50005, message: 'Cannot edit a message authored by another user' });
      this.editMessage(message, body.json as Record<string, unknown>, body.files);
      return this.json(res, 200, this.wire(message));
    }
    return this.json(res, 404, { code: 0, message: `No fake route for ${method} ${url.pathname}` });
  }

  private createMessage(channelId: string, data: Record<string, unknown>, files: FakeMessage['attachments'], echo: boolean): FakeMessage {
    const msg: FakeMessage = {
      id: this.nextId(), channel_id: channelId, content: String(data.content ?? ''), embeds: (data.embeds as FakeMessage['embeds']) ?? [],
      attachments: files, components: (data.components as FakeRow[]) ?? [], flags: Number(data.flags ?? 0), author: { id: APP, bot: true }, allowed_mentions: data.allowed_mentions,
      ...(data.message_reference ? { message_reference: data.message_reference as { message_id: string } } : {}),
    };
    this.messages.set(msg.id, msg);
    if (echo && !(msg.flags & 64)) this.dispatch('MESSAGE_CREATE', { ...this.wire(msg), guild_id: GUILD });
    this.notify();
    return msg;
  }

  private editMessage(message: FakeMessage, data: Record<string, unknown>, files: FakeMessage['attachments']): void {
    if (data.content !== undefined) {
      (message.history ??= []).push(message.content);
      message.content = String(data.content ?? '');
    }
    if (data.embeds !== undefined) message.embeds = data.embeds as FakeMessage['embeds'];
    if (data.components !== undefined) message.components = data.components as FakeRow[];
    if (files.length || data.attachments) message.attachments = files;
    message.allowed_mentions = data.allowed_mentions;
    message.flags &= ~128;
    this.notify();
  }

  /** What Discord refuses: a modal or autocomplete answer where it makes no sense, an update with nothing to update. */
  private invalidCallback(record: FakeInteraction, cb: { type: number; data?: Record<string, unknown> }): string | undefined {
    const sent = record.type;
    if (cb.type === CALLBACK.autocomplete && sent !== 4) return 'Autocomplete results answer autocomplete interactions only';
    if (sent === 4 && cb.type !== CALLBACK.autocomplete) return 'An autocomplete interaction takes autocomplete results only';
    if (cb.type === CALLBACK.modal) {
      if (sent === 5) return 'A modal cannot answer a modal submission';
      const rows = (cb.data?.components as unknown[] | undefined) ?? [];
      if (!cb.data?.custom_id || !cb.data?.title || rows.length === 0 || rows.length > 5) return 'A modal needs a custom_id, a title and 1–5 components';
    }
    if ((cb.type === CALLBACK.update || cb.type === CALLBACK.deferUpdate) && !record.sourceMessageId) return 'Only component interactions can update their message';
    return undefined;
  }

  private wire(m: FakeMessage): Record<string, unknown> {
    return {
      id: m.id, channel_id: m.channel_id, content: m.content, embeds: m.embeds, flags: m.flags,
      author: m.author.id === APP ? { id: APP, username: 'Parallax', discriminator: '0', global_name: null, avatar: null, bot: true } : alice(),
      attachments: (m as FakeMessage & { uploads?: Array<{ filename: string; url: string; size: number }> }).uploads?.map((a, i) => ({ id: `${m.id.slice(0, 17)}${i}0`, proxy_url: a.url, ...a })) ??
        m.attachments.map((a, i) => ({ id: `${m.id}${i}`.slice(0, 19), filename: a.filename, size: a.content.length, url: `http://127.0.0.1:${this.port}/files/${a.filename}`, proxy_url: '' })),
      timestamp: now(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], components: m.components, pinned: false,
      type: m.message_reference ? 19 : 0, webhook_id: undefined,
    };
  }

  private json(res: ServerResponse, status: number, data: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
  }
}

/** Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count. */
export function ownsGuild(shard: [number, number] | undefined, guildId: string): boolean {
  return !shard || Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];
}

function findComponent(rows: FakeRow[], customId: string): FakeComponent | undefined {
  for (const row of rows) for (const c of row.components) if (c.custom_id === customId) return c;
  return undefined;
}

function now(): string {
  return new Date().toISOString();
}

function alice() {
  return { id: USER, username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };
}

function threadPayload(t: { id: string; name: string; parent_id: string }) {
  return {
    id: t.id, type: 11, guild_id: GUILD, parent_id: t.parent_id, owner_id: APP, name: t.name, last_message_id: null, rate_limit_per_user: 0, flags: 0,
    message_count: 0, member_count: 1, total_message_sent: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now(), locked: false, create_timestamp: now() },
    member: { id: t.id, user_id: APP, join_timestamp: now(), flags: 0 }, applied_tags: [],
  };
}

function guildPayload(threads: Array<{ id: string; name: string; parent_id: string }>) {
  const member = (user: object) => ({ user, nick: null, avatar: null, roles: [], joined_at: now(), premium_since: null, deaf: false, mute: false, flags: 0, pending: false });
  return {
    id: GUILD, name: 'Test Guild', icon: null, owner_id: USER, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
    explicit_content_filter: 0, mfa_level: 0, application_id: null, system_channel_id: null, system_channel_flags: 0, rules_channel_id: null,
    public_updates_channel_id: null, preferred_locale: 'en-US', premium_tier: 0, nsfw_level: 0, features: [], emojis: [], stickers: [],
    roles: [{ id: GUILD, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1071698660929', managed: false, mentionable: false, flags: 0 }],
    joined_at: now(), large: false, unavailable: false, member_count: 2,
    members: [member({ id: APP, username: 'Parallax', discriminator: '0', global_name: null, avatar: null, bot: true }), member(alice())],
    channels: [{ id: CHANNEL, type: 0, name: 'general', position: 0, parent_id: null, permission_overwrites: [], topic: null, nsfw: false, last_message_id: null, rate_limit_per_user: 0, flags: 0 }],
    // Like Discord, active threads are part of GUILD_CREATE: after a restart the bot knows them again.
    threads: threads.map(threadPayload), presences: [], voice_states: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
}

async function readBody(req: IncomingMessage): Promise<{ json: unknown; files: FakeMessage['attachments'] }> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, /boundary=(?:"([^"]+)"|([^;]+))/.exec(type)!.slice(1).find(Boolean)!);
  return { json: raw.length ? JSON.parse(raw.toString('utf8')) : {}, files: [] };
}

/** Just enough multipart/form-data for discord.js uploads: `payload_json` plus `files[n]` parts. */
function parseMultipart(raw: Buffer, boundary: string): { json: unknown; files: FakeMessage['attachments'] } {
  const text = raw.toString('latin1');
  let json: unknown = {};
  const files: FakeMessage['attachments'] = [];
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
    const name = /name="([^"]+)"/.exec(head)?.[1];
    const filename = /filename="([^"]+)"/.exec(head)?.[1];
    if (name === 'payload_json') json = JSON.parse(content);
    else if (filename) files.push({ filename, content });
  }
  return { json, files };
}
