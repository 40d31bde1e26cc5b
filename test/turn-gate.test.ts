import { describe, expect, it } from 'vitest';
import { TurnGate } from '../src/service/turn-gate.js';

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

describe('TurnGate', () => {
  it('lets callers through in the order they asked, `perTurn` per turn of the event loop', async () => {
    const gate = new TurnGate(2);
    const through: number[] = [];
    const all = [1, 2, 3, 4, 5].map((n) => gate.turn().then(() => through.push(n)));
    expect(through).toEqual([]);
    await nextTurn();
    expect(through).toEqual([1, 2]);
    await nextTurn();
    expect(through).toEqual([1, 2, 3, 4]);
    await Promise.all(all);
    expect(through).toEqual([1, 2, 3, 4, 5]);
  });

});
