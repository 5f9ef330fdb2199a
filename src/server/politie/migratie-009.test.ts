import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { AANTAL_SOORTEN } from '../../domain/politie/inlezen.ts';
import { loadMigrations, migrate } from '../db/migrate.ts';
import { pgliteDb } from '../db/pglite-db.ts';
import { laadRijen } from './cijfers.ts';

describe('migratie 009: politiecijfers per gemeente, niveau en periode', () => {
  it('zet de rijen van de oude vorm (regio x periode met integer[]) om zonder iets te verliezen', async () => {
    const db = pgliteDb(await PGlite.create());
    try {
      await migrate(
        db,
        loadMigrations().filter((m) => m.version <= 8),
      );
      const rij = (start: number) => Array.from({ length: AANTAL_SOORTEN }, (_, i) => (i % 7 === 0 ? null : start + i));
      const oud = [
        { regio: 'NL00', gemeente: null, jaar: 2023, maand: 0, aantallen: rij(100000) },
        { regio: 'GM0363', gemeente: 'GM0363', jaar: 2023, maand: 0, aantallen: rij(5000) },
        { regio: 'GM0363', gemeente: 'GM0363', jaar: 2023, maand: 4, aantallen: rij(400) },
        { regio: 'WK036300', gemeente: 'GM0363', jaar: 2023, maand: 0, aantallen: rij(300) },
        { regio: 'BU03630001', gemeente: 'GM0363', jaar: 2023, maand: 0, aantallen: rij(20) },
        { regio: 'BU03630000', gemeente: 'GM0363', jaar: 2023, maand: 0, aantallen: rij(10) },
        { regio: 'GM0014', gemeente: 'GM0014', jaar: 2022, maand: 0, aantallen: rij(1200) },
      ];
      for (const r of oud) {
        await db.query('insert into politie_cijfers (regio, gemeente, jaar, maand, aantallen, import_id) values ($1, $2, $3, $4, $5, gen_random_uuid())', [
          r.regio,
          r.gemeente,
          r.jaar,
          r.maand,
          r.aantallen,
        ]);
      }
      await migrate(db);
      const verwacht = oud.map(({ regio, jaar, maand, aantallen }) => ({ regio, jaar, maand, aantallen }));
      const alles = [...(await laadRijen(db)), ...(await laadRijen(db, { periode: 'maand' }))];
      const volgorde = (a: { regio: string; jaar: number; maand: number }, b: typeof a) => a.regio.localeCompare(b.regio) || a.jaar - b.jaar || a.maand - b.maand;
      expect(alles.sort(volgorde)).toEqual(verwacht.sort(volgorde));
      const { rows } = await db.query<{ gemeente: string; niveau: string; regios: string[] }>('select gemeente, niveau, regios from politie_cijfers order by gemeente, niveau, jaar, maand');
      expect(rows).toEqual([
        { gemeente: '', niveau: 'land', regios: ['NL00'] },
        { gemeente: 'GM0014', niveau: 'gemeente', regios: ['GM0014'] },
        { gemeente: 'GM0363', niveau: 'buurt', regios: ['BU03630000', 'BU03630001'] },
        { gemeente: 'GM0363', niveau: 'gemeente', regios: ['GM0363'] },
        { gemeente: 'GM0363', niveau: 'gemeente', regios: ['GM0363'] },
        { gemeente: 'GM0363', niveau: 'wijk', regios: ['WK036300'] },
      ]);
    } finally {
      await db.close();
    }
  });
});
