import { describe, expect, it } from 'vitest';
import { BusyError } from '../src/errors.js';
import { Admission, ShareUsedError } from '../src/ops/admission.js';

describe('GIVEN admission limits', () => {
  it('THEN a person past their share is told at once, others still get in, and a release frees the place', () => {
    const admission = new Admission({ total: 10, perGuild: 3, perUser: 2 });
    const a1 = admission.admit('g1', 'alice');
    admission.admit('g1', 'alice');
    expect(() => admission.admit('g1', 'alice')).toThrow(ShareUsedError);
    expect(() => admission.admit('g1', 'alice')).toThrow('You already have 2 commands running; try again when one is done.');
    admission.admit('g1', 'bob');
    expect(() => admission.admit('g1', 'carol')).toThrow('This server has many commands running; try again in a minute.');
    admission.admit('g2', 'carol');
    a1();
    a1();
    admission.admit('g1', 'alice');
  });

  it('THEN the whole process is bounded, and DMs count as their person’s own server', () => {
    const admission = new Admission({ total: 2, perGuild: 1, perUser: 5 });
    admission.admit(null, 'alice');
    admission.admit(null, 'bob');
    expect(() => admission.admit('g1', 'carol')).toThrow(BusyError);
  });
});
