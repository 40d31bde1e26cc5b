/**
 * At most `perHost` requests at a time to one host, whoever asks: politeness toward the sites we
 * read, and no way for one user to make the bot hammer a site. Idle hosts are forgotten.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { running: number; waiting: Array<() => void> }>();

  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let state = this.hosts.get(host);
    if (!state) {
      state = { running: 0, waiting: [] };
      this.hosts.set(host, state);
    }
    if (state.running >= this.perHost) await new Promise<void>((resolve) => state!.waiting.push(resolve));
    state.running++;
    try {
      return await task();
    } finally {
      state.running--;
      const next = state.waiting.shift();
      if (next) next();
      else if (state.running === 0) this.hosts.delete(host);
    }
  }
}
