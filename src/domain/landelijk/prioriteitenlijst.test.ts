import { describe, expect, it } from 'vitest';
import { leesPrioriteitenlijst, normaliseerGemeentecode } from './prioriteitenlijst.ts';

describe('het inlezen van een prioriteitenlijst', () => {
  it('leest een lijst met ; als scheidingsteken, met BOM, en normaliseert de gemeentecode', () => {
    const r = leesPrioriteitenlijst('\uFEFFgemeentecode;jaar;titel\nGM0363;2023;Ondermijning\n0599;2022;Veilig uitgaan\n344;2024;Jeugdoverlast\n');
    expect(r.fouten).toEqual([]);
    expect(r.scheidingsteken).toBe(';');
    expect(r.rijen).toEqual([
      { regel: 2, gemeentecode: 'GM0363', jaar: 2023, titel: 'Ondermijning' },
      { regel: 3, gemeentecode: 'GM0599', jaar: 2022, titel: 'Veilig uitgaan' },
      { regel: 4, gemeentecode: 'GM0344', jaar: 2024, titel: 'Jeugdoverlast' },
    ]);
  });

  it('leest een lijst met , als scheidingsteken en velden tussen aanhalingstekens (met komma, aanhalingsteken en regeleinde)', () => {
    const tekst = [
      'Titel,Jaar,GemeenteCode,Thema',
      '"Drugs, alcohol en jeugd",2021,gm0518,"3.3,3.1"',
      '"De ""Veilige Buurt""-aanpak",2021,GM0518,',
      '"Zorg en',
      'veiligheid",2022,GM0518,zorg-en-veiligheid',
      'Cybercrime,2023,GM0518,',
    ].join('\r\n');
    const r = leesPrioriteitenlijst(tekst);
    expect(r.fouten).toEqual([]);
    expect(r.scheidingsteken).toBe(',');
    expect(r.rijen).toEqual([
      { regel: 2, gemeentecode: 'GM0518', jaar: 2021, titel: 'Drugs, alcohol en jeugd', themas: ['3.3', '3.1'] },
      { regel: 3, gemeentecode: 'GM0518', jaar: 2021, titel: 'De "Veilige Buurt"-aanpak' },
      { regel: 4, gemeentecode: 'GM0518', jaar: 2022, titel: 'Zorg en veiligheid', themas: ['zorg-en-veiligheid'] },
      { regel: 6, gemeentecode: 'GM0518', jaar: 2023, titel: 'Cybercrime' },
    ]);
  });

  it('meldt fouten per regel en kolom in het Nederlands, en houdt de goede regels', () => {
    const tekst = [
      'gemeentecode;jaar;titel;thema',
      'GM0363;2023;Ondermijning;5.2',
      '',
      'GM9999;2023;Iets;',
      'abc;2023;Iets;',
      'GM0363;twintig;Iets;',
      'GM0363;1850;Iets;',
      'GM0363;2023;;',
      'GM0363;2023;Iets;6.1, 5.2',
      ';;;',
      'GM0363;2024;Jeugd;3.1',
    ].join('\n');
    const r = leesPrioriteitenlijst(tekst);
    expect(r.rijen.map((x) => x.regel)).toEqual([2, 11]);
    expect(r.fouten.map((f) => f.melding)).toEqual([
      "Regel 4, kolom gemeentecode: 'GM9999' is geen gemeente van 2024",
      "Regel 5, kolom gemeentecode: 'abc' is geen gemeentecode (verwacht bv. GM0363, 0363 of 363)",
      "Regel 6, kolom jaar: 'twintig' is geen jaartal tussen 1990 en 2100",
      "Regel 7, kolom jaar: '1850' is geen jaartal tussen 1990 en 2100",
      'Regel 8, kolom titel: ontbreekt',
      "Regel 9, kolom thema: '6.1' is geen thema van Kernbeleid Veiligheid (verwacht bv. 1.3, 5.2 of zorg-en-veiligheid)",
    ]);
    expect(r.fouten[0]).toMatchObject({ regel: 4, kolom: 'gemeentecode' });
  });

  it('meldt een regel met meerdere fouten bij elke kolom', () => {
    const r = leesPrioriteitenlijst('gemeentecode;jaar;titel\n;;\nGM0001;x;\n');
    // Een regel met alleen scheidingstekens is leeg en wordt overgeslagen.
    expect(r.fouten.map((f) => f.melding)).toEqual([
      "Regel 3, kolom gemeentecode: 'GM0001' is geen gemeente van 2024",
      "Regel 3, kolom jaar: 'x' is geen jaartal tussen 1990 en 2100",
      'Regel 3, kolom titel: ontbreekt',
    ]);
  });

  it('weigert een bestand zonder de verplichte kolommen of zonder inhoud', () => {
    expect(leesPrioriteitenlijst('').fouten[0]?.melding).toBe('Regel 1: het bestand is leeg; verwacht een kopregel met gemeentecode, jaar en titel');
    expect(leesPrioriteitenlijst('\uFEFF\n\n').fouten).toHaveLength(1);
    const r = leesPrioriteitenlijst('gemeente;jaar;omschrijving\nAmsterdam;2023;Ondermijning\n');
    expect(r.rijen).toEqual([]);
    expect(r.fouten.map((f) => f.melding)).toEqual([
      "Regel 1: de kopregel mist de kolommen gemeentecode, titel (gevonden: gemeente, jaar, omschrijving; scheidingsteken ';')",
    ]);
  });

  it('meldt een regel met meer velden dan de kopregel (een komma in een veld zonder aanhalingstekens)', () => {
    const r = leesPrioriteitenlijst('gemeentecode,jaar,titel,thema\nGM0363,2023,Ondermijning,5.2,1.3\nGM0363,2023,Jeugd,3.1,\n');
    expect(r.fouten.map((f) => f.melding)).toEqual([
      "Regel 2: de regel heeft 5 velden, de kopregel 4; zet een veld met ',' erin tussen dubbele aanhalingstekens",
    ]);
    expect(r.rijen.map((x) => x.titel)).toEqual(['Jeugd']);
  });

  it('meldt een aanhalingsteken dat niet gesloten wordt', () => {
    const r = leesPrioriteitenlijst('gemeentecode;jaar;titel\nGM0363;2023;"Ondermijning\n');
    expect(r.fouten.map((f) => f.melding)).toContain('Regel 2: een aanhalingsteken (") wordt niet gesloten');
  });

  it('normaliseert gemeentecodes', () => {
    expect(normaliseerGemeentecode('GM0363')).toBe('GM0363');
    expect(normaliseerGemeentecode(' gm0363 ')).toBe('GM0363');
    expect(normaliseerGemeentecode('0363')).toBe('GM0363');
    expect(normaliseerGemeentecode('363')).toBe('GM0363');
    expect(normaliseerGemeentecode('3')).toBe('GM0003');
    expect(normaliseerGemeentecode('GM36300')).toBeUndefined();
    expect(normaliseerGemeentecode('Amsterdam')).toBeUndefined();
  });
});
