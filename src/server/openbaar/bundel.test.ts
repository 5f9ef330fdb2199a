import { describe, expect, it } from 'vitest';
import { Bundel } from './bundel.ts';

describe('gebundeld lezen', () => {
  it('deelt een lezing alleen met wie aankwam voordat zij begon, en leest daarna opnieuw', async () => {
    let stand = 0;
    let lezingen = 0;
    const wachtend: (() => void)[] = [];
    const b = new Bundel(async () => {
      lezingen++;
      const gelezen = stand; // what the database holds when the read starts
      await new Promise<void>((r) => wachtend.push(r));
      return gelezen;
    });
    const eerste = b.haal();
    // A write completes while the first read runs; requests after it must see it.
    stand = 1;
    const tweede = b.haal();
    const derde = b.haal();
    expect(lezingen).toBe(1);
    wachtend.shift()!();
    expect(await eerste).toBe(0);
    await new Promise((r) => setTimeout(r, 0));
    expect(lezingen).toBe(2);
    wachtend.shift()!();
    expect(await tweede).toBe(1);
    expect(await derde).toBe(1);
    // Nothing running: a new request starts its own read.
    const vierde = b.haal();
    expect(lezingen).toBe(3);
    wachtend.shift()!();
    expect(await vierde).toBe(1);
  });

  it('geeft een fout door aan wie op die lezing wachtte, en leest daarna gewoon weer', async () => {
    let keer = 0;
    const b = new Bundel(async () => {
      if (++keer === 1) throw new Error('weg');
      return keer;
    });
    await expect(b.haal()).rejects.toThrow('weg');
    expect(await b.haal()).toBe(2);
  });
});
