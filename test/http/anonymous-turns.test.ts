import { AnonymousTurns } from '../../src/http/anonymous-turns';

describe('AnonymousTurns', () => {
  it('starts one anonymous request per event-loop turn, so other work runs between them', async () => {
    const turns = new AnonymousTurns();
    const order: string[] = [];
    const all = [1, 2, 3].map((n) => turns.take().then(() => order.push(`anonymous ${n}`)));
    // Stands for a keyed request's I/O callback that became ready while the three waited.
    setImmediate(() => order.push('other work'));
    await Promise.all(all);
    expect(order).toEqual(['anonymous 1', 'other work', 'anonymous 2', 'anonymous 3']);
    expect(turns.queued).toBe(0);
  });

  it('lets a lone request through in the next turn', async () => {
    const turns = new AnonymousTurns();
    const order: string[] = [];
    const taken = turns.take().then(() => order.push('anonymous'));
    setImmediate(() => order.push('next turn'));
    await taken;
    expect(order).toEqual(['anonymous']);
  });
});
