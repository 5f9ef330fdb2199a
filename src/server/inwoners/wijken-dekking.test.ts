/**
 * Issue 16, point 2, on the neighbourhood pages of the residents' area (through the API, on PGlite and
 * with DATABASE_URL on PostgreSQL): every police figure per wijk carries its coverage (dekking.ts), a
 * theme whose crime types are not all in the figures of every wijk is "onvolledig" with the count and the
 * missing codes, and the wijken are not ranked on an incomplete figure, with the reason.
 * Wijk Haarlemmerbuurt (WK0363AA) has all 59 crime types for 2024, Jordaan (WK0363AB) only 1.2.3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../tests/support/session-client.ts';
import { createTestDb, dbKinds, type TestDb } from '../../../tests/support/test-db.ts';
import { groepen } from '../../domain/politie/cijfers.ts';
import type { Dekking } from '../../domain/politie/dekking.ts';
import { misdrijfsoorten } from '../../domain/politie/misdrijfsoorten.ts';
import { createApp, type KernplanApp } from '../app.ts';
import { seedDemo } from '../demo/demo.ts';

const thema13 = groepen('thema').get('1.3')!;
const ALLE = groepen('thema');
const codesMetThema = [...ALLE.values()].flat();

function bestand(): Uint8Array {
  const regels = ['"ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"'];
  let id = 0;
  for (const m of misdrijfsoorten) regels.push(`"${id++}";"WK0363AA";"${m.code}";"2024JJ00";"${id % 5}"`);
  regels.push(`"${id}";"WK0363AB";"1.2.3";"2024JJ00";"40"`);
  return new TextEncoder().encode(regels.join('\n'));
}

type WijkRij = { code: string; naam: string; politie: { jaar: number; aantal: number; volledig: boolean; dekking: string } | null };
type ThemaDekking = { themaId: string; wijken: number; volledig: boolean; kort: string; dekking: Dekking };

describe.each(dbKinds)('dekking van de politiecijfers per wijk (%s)', (kind) => {
  let t: TestDb;
  let app: KernplanApp;
  let coordinator: Client;
  let w: string;

  beforeAll(async () => {
    t = await createTestDb(kind);
    await seedDemo(t.db);
    app = createApp({ db: t.db });
    coordinator = await Client.signIn(app, 'coordinator@demo.kernplan.nl');
    w = (await coordinator.call('POST', '/werkruimtes', { naam: 'IVP Amsterdam', gemeentecode: 'GM0363', periodeStart: 2027, periodeEinde: 2030 })).body.id as string;
    const res = await app.request(`/api/v1/werkruimtes/${w}/politiecijfers/imports?bestandsnaam=wijken.csv`, {
      method: 'POST',
      headers: { Cookie: coordinator.cookie!, 'X-CSRF-Token': coordinator.csrf!, 'Content-Type': 'text/csv' },
      body: bestand() as Uint8Array<ArrayBuffer>,
    });
    expect(res.status).toBe(200);
  });
  afterAll(() => t.drop());

  it('geeft per wijk de dekking van de som over de thema\'s, per thema de dekking over de wijken, en rangschikt niet', async () => {
    const r = await coordinator.get(`/werkruimtes/${w}/wijken`);
    expect(r.status).toBe(200);
    const wijken = r.body.wijken as WijkRij[];
    const aa = wijken.find((x) => x.code === 'WK0363AA')!;
    const ab = wijken.find((x) => x.code === 'WK0363AB')!;
    expect(aa.politie).toMatchObject({ jaar: 2024, volledig: true, dekking: `volledig (${codesMetThema.length} van ${codesMetThema.length} soorten)` });
    expect(ab.politie).toEqual({ jaar: 2024, aantal: 40, volledig: false, dekking: `onvolledig (1 van ${codesMetThema.length} soorten)` });
    // Theme 1.3 over both wijken: only 1.2.3 is in each; a theme with figures only for Haarlemmerbuurt is complete there.
    const themas = r.body.themas as ThemaDekking[];
    const t13 = themas.find((x) => x.themaId === '1.3')!;
    expect(t13).toMatchObject({ wijken: 2, volledig: false, kort: `onvolledig (1 van ${thema13.length} soorten)` });
    expect(t13.dekking).toEqual({ codes: thema13, aanwezig: ['1.2.3'], ontbrekend: thema13.filter((c) => c !== '1.2.3'), volledig: false });
    expect(themas.filter((x) => x.themaId !== '1.3').every((x) => x.volledig && x.wijken === 1)).toBe(true);
    expect(r.body.dekking).toBe(
      `Politiecijfers per wijk van 2024 voor 2 van de ${wijken.length} wijken: ${themas.length - 1} van de ${themas.length} thema's volledig, 1 onvolledig (1.3: onvolledig (1 van ${thema13.length} soorten)).`,
    );
    expect(r.body.rangorde).toMatch(/^De wijken staan in de volgorde van de CBS-indeling, niet gerangschikt op het aantal misdrijven: bij 1 van de 2 wijken met cijfers is dat aantal onvolledig/);
    // Not ordered on the figures: the CBS order (AA before AB).
    expect(wijken.findIndex((x) => x.code === 'WK0363AA')).toBeLessThan(wijken.findIndex((x) => x.code === 'WK0363AB'));
  });

  it('geeft op de pagina van een wijk per thema en jaar de dekking, en zegt welke thema-cijfers onvolledig zijn', async () => {
    const ab = await coordinator.get(`/werkruimtes/${w}/wijken/WK0363AB`);
    expect(ab.status).toBe(200);
    const themas = ab.body.themas as { themaId: string; politie: { jaar: number; aantal: number | null; dekking: Dekking | null }[] }[];
    const p = themas.find((x) => x.themaId === '1.3')!.politie;
    expect(p).toEqual([{ jaar: 2024, aantal: 40, dekking: { codes: thema13, aanwezig: ['1.2.3'], ontbrekend: thema13.filter((c) => c !== '1.2.3'), volledig: false } }]);
    expect(ab.body.dekking).toBe(
      `Politiecijfers voor deze wijk van 2024. In 2024 is 1 thema-cijfer van de 1 onvolledig: 1.3 onvolledig (1 van ${thema13.length} soorten). Een onvolledig cijfer is een som over een deel van de soorten misdrijf en wordt niet vergeleken.`,
    );
    const aa = await coordinator.get(`/werkruimtes/${w}/wijken/WK0363AA`);
    expect(aa.body.dekking).toMatch(/^Politiecijfers voor deze wijk van 2024\. In 2024 zijn alle \d+ thema-cijfers volledig\.$/);
  });

  it('noemt op de themapagina het cijfer per wijk onvolledig, met de ontbrekende soorten, en vergelijkt de wijken er niet op', async () => {
    const r = await coordinator.get(`/werkruimtes/${w}/inwoners/themas/1.3`);
    expect(r.status).toBe(200);
    expect(r.body.dekking).toMatch(
      new RegExp(`^Politiecijfers per wijk van 2024: 2 van de \\d+ wijken\\. Onvolledig: 1 van de ${thema13.length} soorten misdrijf zit in de ingelezen cijfers \\(1\\.2\\.3\\); het echte aantal kan hoger zijn\\. Ontbrekend: 1\\.1\\.1, .* De wijken worden per wijk daarom niet op dit cijfer vergeleken of gerangschikt\\.$`),
    );
    const perWijk = r.body.perWijk as { code: string; politie: number | null; politieVolledig: boolean | null; politieDekking: string | null }[];
    expect(perWijk.find((x) => x.code === 'WK0363AA')).toMatchObject({ politieVolledig: true, politieDekking: `volledig (${thema13.length} van ${thema13.length} soorten)` });
    expect(perWijk.find((x) => x.code === 'WK0363AB')).toMatchObject({ politie: 40, politieVolledig: false, politieDekking: `onvolledig (1 van ${thema13.length} soorten)` });
  });
});
