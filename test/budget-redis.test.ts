import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BudgetExceededError, dayKey, ModelBudget } from '../src/llm/budget.js';
import { createLogger } from '../src/logger.js';
import { createStores, type Stores } from '../src/store/stores.js';
import { freePort, hasRedis, LocalRedis } from './helpers/redis-server.js';

const log = createLogger('silent');
const LIMIT = 10_000;
const CALL = 700;

/** Reserves CALL tokens `n` times at once on each budget; how many each got. */
async function reserveAtOnce(budgets: ModelBudget[], owner: string, n: number): Promise<number[]> {
  return Promise.all(
    budgets.map(async (b) => {
      const outcomes = await Promise.allSettled(Array.from({ length: n }, () => b.reserve(owner, CALL)));
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(BudgetExceededError);
      return outcomes.filter((o) => o.status === 'fulfilled').length;
    }),
  );
}

describe('GIVEN model budgets and cooldowns in one process (SQLite or memory store)', () => {
  it('WHEN reservations arrive at once THEN the limit is never passed', async () => {
    const stores = await createStores('memory:', log);
    const budget = new ModelBudget(stores.counters, LIMIT, 0);
    const granted = await reserveAtOnce([budget], 'g-mem', 30);
    expect(granted[0]).toBe(Math.floor(LIMIT / CALL));
    expect(await stores.counters.get(dayKey('g-mem'))).toBe(Math.floor(LIMIT / CALL) * CALL);
    await stores.close();
  });
});

// Redis runs when the machine has redis-server (.ci/run installs it).
describe.runIf(hasRedis)('GIVEN two processes’ budgets on one Redis (separate connections)', () => {
  let redis: LocalRedis;
  let a: Stores;
  let b: Stores;

  beforeAll(async () => {
    redis = new LocalRedis(await freePort());
    await redis.start();
    [a, b] = await Promise.all([createStores(redis.url, log), createStores(redis.url, log)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await redis?.stop();
  });

  it('WHEN both reserve against one server’s limit at once THEN together they never pass it, and settling gives back', async () => {
    const budgets = [new ModelBudget(a.counters, LIMIT, 0), new ModelBudget(b.counters, LIMIT, 0)];
    const granted = await reserveAtOnce(budgets, 'g1', 20);
    // 40 asked for 28,000 tokens of 10,000: exactly as many as fit were granted, between both.
    expect(granted[0]! + granted[1]!).toBe(Math.floor(LIMIT / CALL));
    expect(await a.counters.get(dayKey('g1'))).toBe(Math.floor(LIMIT / CALL) * CALL);
    // A call that cost less than reserved gives the rest back, seen by the other process at once.
    await budgets[0]!.settle('g1', CALL, 200);
    expect(await b.counters.get(dayKey('g1'))).toBe(Math.floor(LIMIT / CALL) * CALL - 500);
    // 9,300 used: the other process may take the 700 left, and then nobody a single token more.
    await budgets[1]!.reserve('g1', LIMIT - (Math.floor(LIMIT / CALL) * CALL - 500));
    await expect(budgets[0]!.reserve('g1', 1)).rejects.toBeInstanceOf(BudgetExceededError);
    expect(await budgets[1]!.refusal('g1', undefined)).toMatch(/daily model budget \(10000 tokens\) is used up/);
  });

  it('WHEN one person asks both processes for model comparisons at once THEN the cooldown lets exactly one through', async () => {
    const budgets = [new ModelBudget(a.counters, 0, 60_000), new ModelBudget(b.counters, 0, 60_000)];
    const answers = await Promise.all(budgets.flatMap((budget) => Array.from({ length: 5 }, () => budget.refusal('g2', 'u1'))));
    expect(answers.filter((r) => r === undefined)).toHaveLength(1);
    expect(answers.filter((r) => r?.includes('one every 60 s per person'))).toHaveLength(9);
    // Someone else is not held by u1's cooldown.
    expect(await budgets[1]!.refusal('g2', 'u2')).toBeUndefined();
  });

  it('WHEN a server’s budget is used up in one process THEN a person’s own budget (outside servers) is still theirs', async () => {
    const budget = new ModelBudget(b.counters, 1_000, 0);
    await budget.reserve('g3', 1_000);
    await expect(budget.reserve('g3', 1)).rejects.toBeInstanceOf(BudgetExceededError);
    await expect(new ModelBudget(a.counters, 1_000, 0).reserve('user:u9', 1_000)).resolves.toBeUndefined();
  });
});
