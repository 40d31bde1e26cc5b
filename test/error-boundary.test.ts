import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { toUserMessage } from '../src/discord/error-boundary.js';
import { BusyError, SourceError, UserError } from '../src/errors.js';

describe('toUserMessage, the one place an error becomes what the user sees', () => {
  const logged: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) });

  it('GIVEN a full queue THEN the user is told to try again in a minute, whatever the error says', () => {
    expect(toUserMessage(new BusyError('queue of 64 tasks full'), log, {})).toBe('Parallax is busy right now; try again in a minute.');
  });

  it('GIVEN a UserError or a SourceError THEN its text is shown as is, within a message', () => {
    expect(toUserMessage(new UserError('Give at least 2 sources.'), log, {})).toBe('Give at least 2 sources.');
    expect(toUserMessage(new SourceError('example.org did not answer in time.'), log, {})).toBe('example.org did not answer in time.');
    expect(toUserMessage(new UserError('word '.repeat(1000)), log, {}).length).toBeLessThanOrEqual(2000);
  });

  it('GIVEN a bug THEN the user gets a short apology and the log gets the error with its context', () => {
    logged.length = 0;
    const text = toUserMessage(new TypeError("Cannot read properties of undefined (reading 'x')"), log, { command: 'compare', userId: 'u1' });
    expect(text).toMatch(/^Something went wrong on our side/);
    expect(text).not.toContain('undefined');
    expect(logged[0]).toMatchObject({ command: 'compare', userId: 'u1', err: { type: 'TypeError', stack: expect.stringMatching(/\n\s+at /) } });
  });

  it('GIVEN a service error raised by key THEN it is said in the reader’s language, and stays English for the CLI and the library', () => {
    const tooFew = UserError.of('tooFewSources', { min: 2, n: 1 });
    expect(tooFew.message).toBe('Give at least 2 sources to compare: links, pasted text or files (you gave 1).');
    expect(toUserMessage(tooFew, log, {}, 'de')).toBe('Gib mindestens 2 Quellen zum Vergleichen an: Links, eingefügten Text oder Dateien (du hast 1 angegeben).');
    expect(toUserMessage(tooFew, log, {}, 'es-ES')).toMatch(/^Da al menos 2 fuentes/);
    expect(toUserMessage(tooFew, log, {}, 'ja')).toBe(tooFew.message);
    expect(toUserMessage(new BusyError('queue full'), log, {}, 'fr')).toBe('Parallax est occupé en ce moment ; réessayez dans une minute.');
    expect(toUserMessage(new TypeError('x'), log, {}, 'de')).toMatch(/^Bei uns ist dabei etwas schiefgegangen/);
  });
});
