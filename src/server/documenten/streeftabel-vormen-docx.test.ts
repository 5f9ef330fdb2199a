/**
 * De streeftabel in Word met streefwaarden in de vorm van het plan (issue 16, punt 4): het .docx-bestand
 * uitgepakt, en in word/document.xml staan de vakken zoals het plan ze schrijft ('afname', '−2 % t.o.v.
 * vorig jaar', 'niet boven 5', 'minimaal 80 %', elk jaar van een reeks) en de eenheid met de noemer.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { streeftabelDocument } from '../../domain/monitoring/dashboard.ts';
import type { Indicator } from '../../domain/monitoring/typen.ts';
import { naarDocx } from './docx.ts';

const maak = (o: Partial<Indicator>): Indicator => ({
  id: 'i',
  naam: 'Indicator',
  prioriteitId: null,
  themaId: null,
  bron: 'overig',
  bronToelichting: '',
  aard: 'objectief',
  eenheid: 'aantal',
  richting: 'lager-is-beter',
  referentiejaar: 2022,
  referentiewaarde: 412,
  streefwaarden: [],
  metingen: [],
  eigenaarId: null,
  ...o,
});

describe('de streeftabel als Word-bestand', () => {
  it('heeft elk vak in de vorm van het plan', async () => {
    const indicatoren = [
      maak({ id: 'a', naam: 'Jeugdoverlast', streefwaarden: [{ jaar: 2026, waarde: 412, soort: 'kwalitatief', koers: 'afname' }] }),
      maak({ id: 'b', naam: 'Woninginbraken', streefwaarden: [{ jaar: 2026, waarde: 380.016, soort: 'relatief', procent: -2, basis: 'per-jaar' }] }),
      maak({ id: 'c', naam: 'Halt-verwijzingen', eenheid: 'per-10000', noemer: 'jongeren van 12 tot en met 17 jaar', referentiewaarde: 6, streefwaarden: [{ jaar: 2025, waarde: 5, soort: 'plafond' }] }),
      maak({ id: 'd', naam: 'Aangiftebereidheid', eenheid: 'percentage', richting: 'hoger-is-beter', referentiewaarde: 70, streefwaarden: [{ jaar: 2026, waarde: 80, soort: 'vloer' }] }),
      maak({ id: 'e', naam: 'Straatroof', referentiewaarde: 150, streefwaarden: [{ jaar: 2023, totJaar: 2026, waarde: 130, soort: 'reeks' }] }),
    ];
    const model = streeftabelDocument({ werkruimte: { gemeentenaam: 'Zwolle', periodeStart: 2023, periodeEinde: 2026 }, indicatoren });
    const zip = await JSZip.loadAsync(await naarDocx(model));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The text of every table cell, in order.
    const cellen = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    const rij = (naam: string) => {
      const i = cellen.findIndex((c) => c.startsWith(naam));
      return cellen.slice(i, i + 9);
    };
    expect(rij('Jeugdoverlast')).toEqual(['Jeugdoverlast (aantal)', '2022', '412', '', '', '', 'afname', 'afname', '–']);
    expect(rij('Woninginbraken').slice(3)).toEqual([
      '−2\u00A0% t.o.v. vorig jaar (403,8)',
      '−2\u00A0% t.o.v. vorig jaar (395,7)',
      '−2\u00A0% t.o.v. vorig jaar (387,8)',
      '−2\u00A0% t.o.v. vorig jaar (380)',
      '−2\u00A0% per jaar (380)',
      '−7,8\u00A0%',
    ]);
    expect(rij('Halt-verwijzingen')).toEqual(['Halt-verwijzingen (per 10.000 jongeren van 12 tot en met 17 jaar)', '2022', '6', '', '', 'niet boven 5', '', 'niet boven 5', '−16,7\u00A0%']);
    expect(rij('Aangiftebereidheid').slice(6)).toEqual(['minimaal 80\u00A0%', 'minimaal 80\u00A0%', '+14,3\u00A0%']);
    expect(rij('Straatroof').slice(3, 8)).toEqual(['130', '130', '130', '130', '130']);
    expect(xml).toContain('Een kwalitatieve streefwaarde (afname, stabiel, toename) wordt aan de trend van de metingen beoordeeld en heeft geen mutatie.');
  });
});
