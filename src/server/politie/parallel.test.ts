import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { laadRijen } from './cijfers.ts';
import { importeerPolitiecijfers, type ImportSamenvatting, type ImportUitslag } from './import.ts';
import { stopLeesWerker } from './parallel.ts';
import { meegeleverdeRegios } from './regiolijst.ts';

const kop = '"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"';

/** 300 regio's x 59 soorten x 2 jaar (35.400 regels, ±1,8 MB), met een paar foute en dubbele regels. */
function bestand(): Uint8Array {
  const regels = [kop];
  const regios = meegeleverdeRegios()
    .filter((r) => r.soort !== 'overig')
    .slice(0, 300);
  let id = 0;
  for (const jaar of [2022, 2023]) {
    for (const r of regios) {
      for (const m of misdrijfsoorten) {
        const n = id % 89 === 0 ? '.' : String((id * 13) % 500);
        regels.push(`"${id++}";"${r.code.padEnd(10)}";"${m.code.padEnd(7)}";"${jaar}JJ00";"${n.padStart(8)}"`);
      }
    }
  }
  regels.splice(5000, 0, '"x";"GM0363";"1.1.1";"2023JJ00";"-3"');
  regels.push(regels[100]!.replace(/^"\d+"/, '"dubbel"'));
  return new TextEncoder().encode(`${regels.join('\r\n')}\r\n`);
}

function* stukken(bytes: Uint8Array, grootte = 16384) {
  for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, Math.min(bytes.length, i + grootte));
}

/** De samenvatting zonder wat per import verschilt. */
function kern(s: ImportSamenvatting) {
  const { importId, duurMs, eerderIngelezen, ...rest } = s;
  void importId;
  void duurMs;
  void eerderIngelezen;
  return rest;
}

function ingelezen(u: ImportUitslag): ImportSamenvatting {
  if (u.status !== 'ingelezen') throw new Error(`verwacht ingelezen, kreeg ${u.status}: ${JSON.stringify(u).slice(0, 400)}`);
  return u.samenvatting;
}

const inEenKeer = { vanafBytes: Number.POSITIVE_INFINITY };
const parallel = { vanafBytes: 64 * 1024, segmentBytes: 32 * 1024 };

describe.each(dbKinds)('parallel inlezen met de leesthread (%s)', (kind) => {
  let een: TestDb;
  let twee: TestDb;
  const bytes = bestand();
  beforeAll(async () => {
    [een, twee] = await Promise.all([createTestDb(kind), createTestDb(kind)]);
  });
  afterAll(async () => {
    await Promise.all([een.drop(), twee.drop()]);
    await stopLeesWerker();
  });

  it('geeft dezelfde samenvatting en dezelfde cijfers als in één keer lezen, ook bij tussentijds wegschrijven', async () => {
    const a = ingelezen(await importeerPolitiecijfers(een.db, { bron: stukken(bytes), bestandsnaam: 'land.csv', parallel: inEenKeer }));
    expect(a.geweigerdTotaal).toBe(2);
    expect(a.geweigerdeRegels.map((f) => f.reden)).toEqual([expect.stringContaining('negatief aantal'), expect.stringMatching(/dubbele regel: .* ook op regel 101/)]);
    const b = ingelezen(await importeerPolitiecijfers(twee.db, { bron: stukken(bytes), bestandsnaam: 'land.csv', parallel }));
    expect(kern(b)).toEqual(kern(a));
    const rijen = await laadRijen(een.db);
    expect(rijen).toHaveLength(600);
    expect(await laadRijen(twee.db)).toEqual(rijen);

    // Stukken met een eigen buffer (zoals van een bestandsstroom) gaan zonder kopiëren naar de leesthread.
    await twee.db.query('delete from politie_cijfers');
    const eigen = function* () {
      for (const s of stukken(bytes, 48 * 1024)) yield s.slice();
    };
    const d = ingelezen(await importeerPolitiecijfers(twee.db, { bron: eigen(), bestandsnaam: 'land.csv', bytesTotaal: bytes.length, parallel: { vanafBytes: 64 * 1024, segmentBytes: 64 * 1024 } }));
    expect(kern(d)).toEqual(kern(a));
    expect(await laadRijen(twee.db)).toEqual(rijen);

    // Weinig cellen in het geheugen: de leesthread geeft tussendoor zijn cellen af, de import schrijft naar de buffer.
    await twee.db.query('delete from politie_cijfers');
    // (Dubbele regels tussen twee keer legen zijn dan niet meer te zien; dat geldt ook zonder leesthread.)
    const c = ingelezen(await importeerPolitiecijfers(twee.db, { bron: stukken(bytes), bestandsnaam: 'land.csv', parallel, maxCellen: 100 }));
    expect(c.regelsGelezen).toBe(a.regelsGelezen);
    expect(c.regios).toEqual(a.regios);
    expect(await laadRijen(twee.db)).toEqual(rijen);
    expect((await twee.db.query<{ n: number }>('select count(*)::int as n from politie_import_buffer')).rows[0]!.n).toBe(0);
  });

  it('weigert een bestand met te veel foute regels ook als de leesthread ze vindt, en schrijft niets', async () => {
    const regels = [kop];
    for (let i = 0; i < 3000; i++) regels.push(`"${i}";"GM0363";"1.1.1";"${2000 + (i % 20)}JJ00";"${i < 1500 ? i : `-${i}`}"`);
    const voor = (await twee.db.query<{ n: number }>('select count(*)::int as n from politie_imports')).rows[0]!.n;
    const u = await importeerPolitiecijfers(twee.db, { bron: stukken(new TextEncoder().encode(regels.join('\n')), 4096), bestandsnaam: 'fout.csv', parallel: { vanafBytes: 8192, segmentBytes: 4096 } });
    expect(u.status).toBe('geweigerd');
    if (u.status === 'geweigerd') expect(u.reden).toMatch(/Meer dan 1\.000 foute regels/);
    expect((await twee.db.query<{ n: number }>('select count(*)::int as n from politie_imports')).rows[0]!.n).toBe(voor);
  });

  it('kan halverwege worden geannuleerd; de leesthread is daarna weer bruikbaar', async () => {
    const stop = new AbortController();
    async function* afgebroken() {
      let i = 0;
      for (const s of stukken(bytes)) {
        if (i++ === 20) stop.abort();
        yield s;
      }
    }
    await twee.db.query('delete from politie_cijfers');
    const u = await importeerPolitiecijfers(twee.db, { bron: afgebroken(), bestandsnaam: 'land.csv', parallel, signal: stop.signal });
    expect(u.status).toBe('geannuleerd');
    expect(await laadRijen(twee.db)).toEqual([]);
    const weer = ingelezen(await importeerPolitiecijfers(twee.db, { bron: stukken(bytes), bestandsnaam: 'land.csv', parallel }));
    expect(weer.regelsGelezen).toBe(35_402);
    expect(await laadRijen(twee.db)).toEqual(await laadRijen(een.db));
  });
});
