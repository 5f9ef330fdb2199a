/**
 * De opslag van een import in stukken (opslag.ts): wat nog niet is vastgelegd, ziet niemand; vastleggen
 * maakt alles tegelijk zichtbaar; overzetten uit de buffer verandert niets aan wat zichtbaar is; en
 * wat een gestopt proces achterliet, ruimt de volgende import op.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { AANTAL_SOORTEN } from '../../domain/politie/inlezen.ts';
import { codeer, copyBinair, type Opslagrij } from '../../domain/politie/opslagrij.ts';
import { laadRijen } from './cijfers.ts';
import { kopieer, legImportVast, markeerLopend, ruimOp, verplaats } from './opslag.ts';

/** Een rij van één gemeente in 2023 met `waarde` bij de eerste soort misdrijf. */
function rij(gemeente: string, waarde: number): Opslagrij {
  const getallen = new Int32Array(AANTAL_SOORTEN).fill(-1);
  getallen[0] = waarde;
  return { gemeente, niveau: 'gemeente', jaar: 2023, maand: 0, regios: [gemeente], aantallen: codeer(getallen) };
}

const vastlegging = (importId: string) => ({
  importId,
  bestandsnaam: 'proef.csv',
  sha256: 'proef',
  formaat: 'cbs',
  werkruimteId: null,
  gebruikerId: null,
  gestartOp: new Date(),
  samenvatting: {},
  nieuweRegios: [],
});

describe.each(dbKinds)('opslag van een import in stukken (%s)', (kind) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(kind);
  });
  afterAll(() => t.drop());

  const waarde = async (gemeente: string) => (await laadRijen(t.db, { regios: [gemeente] }))[0]?.aantallen[0] ?? null;
  const tel = async (tabel: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${tabel}`)).rows[0]!.n;
  const legVast = (id: string) => t.db.transaction((tx) => legImportVast(tx, vastlegging(id), false));

  it('toont nieuwe rijen pas als de import is vastgelegd, en dan allemaal tegelijk', async () => {
    const id = randomUUID();
    await markeerLopend(t.db, id);
    await kopieer(t.db, 'politie_cijfers', copyBinair([rij('GM0014', 10)], id));
    await kopieer(t.db, 'politie_cijfers', copyBinair([rij('GM0034', 11)], id));
    expect([await waarde('GM0014'), await waarde('GM0034')]).toEqual([null, null]);
    await legVast(id);
    expect([await waarde('GM0014'), await waarde('GM0034')]).toEqual([10, 11]);
    expect(await tel('politie_import_buffer')).toBe(0);
  });

  it('vervangt een bestaande rij via de buffer: eerst onzichtbaar, na vastleggen zichtbaar, en overzetten verandert dat niet', async () => {
    const id = randomUUID();
    await markeerLopend(t.db, id);
    await kopieer(t.db, 'politie_import_buffer', copyBinair([rij('GM0014', 20)], id));
    expect(await waarde('GM0014')).toBe(10);
    await legVast(id);
    expect(await waarde('GM0014')).toBe(20);
    // De rij in politie_cijfers is nog de oude; de bufferrij gaat voor.
    expect((await t.db.query<{ n: number }>(`select count(*)::int as n from politie_cijfers where import_id = $1`, [id])).rows[0]!.n).toBe(0);
    await verplaats(t.db, id, 1);
    expect(await waarde('GM0014')).toBe(20);
    expect(await tel('politie_import_buffer')).toBe(0);
    expect((await t.db.query<{ import_id: string }>(`select import_id from politie_cijfers where gemeente = 'GM0014'`)).rows).toEqual([{ import_id: id }]);
  });

  it('ruimt op wat een gestopt proces achterliet: niet vastgelegd gaat weg, vastgelegd gaat alsnog over', async () => {
    // Een import die stopte voor hij vastlegde: een nieuwe rij, een vervangende rij en een tussenstand.
    const gestopt = randomUUID();
    await markeerLopend(t.db, gestopt);
    await kopieer(t.db, 'politie_cijfers', copyBinair([rij('GM0037', 30)], gestopt));
    await kopieer(t.db, 'politie_import_buffer', copyBinair([rij('GM0014', 31)], gestopt));
    await kopieer(t.db, 'politie_import_buffer', copyBinair([rij('GM0014', 32)], randomUUID()));
    // Een import die wel vastlegde, maar stopte voor alle bufferrijen over waren.
    const half = randomUUID();
    await markeerLopend(t.db, half);
    await kopieer(t.db, 'politie_import_buffer', copyBinair([rij('GM0034', 40)], half));
    await legVast(half);
    expect([await waarde('GM0037'), await waarde('GM0014'), await waarde('GM0034')]).toEqual([null, 20, 40]);

    const cijfers = await tel('politie_cijfers');
    await ruimOp(t.db, 1);
    expect([await waarde('GM0037'), await waarde('GM0014'), await waarde('GM0034')]).toEqual([null, 20, 40]);
    expect(await tel('politie_import_buffer')).toBe(0);
    expect(await tel('politie_cijfers')).toBe(cijfers - 1);
  });
});
