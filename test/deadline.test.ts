import { describe, expect, it } from 'vitest';
import { deadlineSignal } from '../src/discord/deadline.js';
import { UserError } from '../src/errors.js';

describe('deadlineSignal, the end of the work an interaction started', () => {
  it('GIVEN a fresh interaction THEN the signal is live until shutdown, and says why it stopped', () => {
    const shutdown = new AbortController();
    const { signal, dispose } = deadlineSignal(shutdown.signal);
    expect(signal.aborted).toBe(false);
    shutdown.abort(new UserError('Parallax is restarting; try again in a minute.'));
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(UserError);
    dispose();
  });

  it('GIVEN work started almost 15 minutes ago THEN it is stopped before the token expires, with a reason for the user', async () => {
    const { signal, dispose } = deadlineSignal(new AbortController().signal, Date.now() - 14.6 * 60_000);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    expect(signal.reason).toBeInstanceOf(UserError);
    expect((signal.reason as Error).message).toMatch(/15 minutes/);
    dispose();
  });
});
