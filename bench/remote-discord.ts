/**
 * bench:load's handle on the fake Discord running in its own process (bench/fake-discord-child.ts):
 * one request at a time over the IPC channel, each answered by one message.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BurstResult } from './burst.js';

export type ChildRequest = { op: 'burst'; n: number; sources: string; waitMs: number } | { op: 'stats' } | { op: 'stop' };
export type ChildReply =
  | { op: 'ready'; token: string; apiUrl: string }
  | { op: 'burst'; result: BurstResult }
  | { op: 'stats'; identifies: number; resumes: number }
  | { op: 'error'; message: string };

export class RemoteDiscord {
  token = '';
  apiUrl = '';
  private child!: ChildProcess;

  async start(): Promise<void> {
    // The same loader as this process (tsx), so the child runs from the TypeScript source too.
    this.child = fork(fileURLToPath(new URL('./fake-discord-child.ts', import.meta.url)), { execArgv: process.execArgv, stdio: 'inherit' });
    const ready = await this.next('ready');
    this.token = ready.token;
    this.apiUrl = ready.apiUrl;
  }

  async burst(n: number, sources: string, waitMs: number): Promise<BurstResult> {
    this.child.send({ op: 'burst', n, sources, waitMs } satisfies ChildRequest);
    return (await this.next('burst')).result;
  }

  async stats(): Promise<{ identifies: number; resumes: number }> {
    this.child.send({ op: 'stats' } satisfies ChildRequest);
    return this.next('stats');
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ op: 'stop' } satisfies ChildRequest);
    await exited;
  }

  private next<Op extends ChildReply['op']>(op: Op): Promise<Extract<ChildReply, { op: Op }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the fake Discord's process exited (${code}) before '${op}'`));
      this.child.once('exit', onExit);
      const onMessage = (reply: ChildReply) => {
        if (reply.op !== op && reply.op !== 'error') return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (reply.op === 'error') reject(new Error(reply.message));
        else resolve(reply as Extract<ChildReply, { op: Op }>);
      };
      this.child.on('message', onMessage);
    });
  }
}
