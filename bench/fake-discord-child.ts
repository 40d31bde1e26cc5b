/**
 * The fake Discord of bench:load in a process of its own (forked by bench/remote-discord.ts), as a
 * real Discord does not share the bot's CPU: a burst's interactions are sent, and their callbacks
 * timed, here, so the times are those of the bot and not of the harness that measures it (the
 * article server and the samplers stay in the bench's process). Answers one message per request
 * over the IPC channel; see RemoteDiscord for the protocol.
 */
import { FakeDiscord } from '../test/fakes/fake-discord.js';
import { sendBurst } from './burst.js';
import type { ChildReply, ChildRequest } from './remote-discord.js';

const discord = new FakeDiscord();
await discord.start();
const send = (reply: ChildReply) => process.send!(reply);
send({ op: 'ready', token: discord.token, apiUrl: discord.apiUrl });

process.on('message', (request: ChildRequest) => {
  void handle(request).catch((err: unknown) => send({ op: 'error', message: String(err) }));
});

async function handle(request: ChildRequest): Promise<void> {
  if (request.op === 'burst') send({ op: 'burst', result: await sendBurst(discord, request.n, request.sources, request.waitMs) });
  if (request.op === 'stats') send({ op: 'stats', identifies: discord.identifies.length, resumes: discord.resumes });
  if (request.op === 'stop') {
    await discord.stop();
    // Nothing else keeps this process alive: it ends, and the bench waits for that.
    process.disconnect();
  }
}
