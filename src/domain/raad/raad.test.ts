import { describe, expect, it } from 'vitest';
import type { DocumentModel } from '../cyclus/document.ts';
import { behandelingProbleem, koersSamenvatting, prioriteitenUitIvp, raadsstatus, zelfdeRapportage } from './raad.ts';

const model = (blokken: DocumentModel['blokken'], status = 'Concept'): DocumentModel => ({ soort: 'ivp', titel: 'IVP', ondertitel: 'IVP 2027-2030', gemeente: 'Gemeente X', periode: '2027-2030', status, blokken });

describe('prioriteiten uit het vastgestelde IVP', () => {
  it('neemt per prioriteit van hoofdstuk 4 de titel en de tekst onder Doel', () => {
    const m = model([
      { soort: 'kop', niveau: 1, nummer: '3', tekst: 'Uitgangspunten' },
      { soort: 'kop', niveau: 2, nummer: '3.1', tekst: 'Geen prioriteit' },
      { soort: 'kop', niveau: 1, nummer: '4', tekst: 'Prioriteiten' },
      { soort: 'kop', niveau: 2, nummer: '4.1', tekst: 'Woninginbraak' },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Waarom een prioriteit' },
      { soort: 'alinea', tekst: 'Veel inbraken.' },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Doel' },
      { soort: 'alinea', tekst: 'Minder inbraken in 2030.' },
      { soort: 'lijst', items: ['in de Molenwijk'] },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Effectindicatoren en streefwaarden' },
      { soort: 'tabel', bijschrift: 'x', kolommen: ['a'], rijen: [['b']] },
      { soort: 'kop', niveau: 2, nummer: '4.2', tekst: 'Jeugd (alleen Dijkstede)' },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Doel' },
      { soort: 'leeg', tekst: 'Nog geen doel.' },
      { soort: 'kop', niveau: 1, nummer: '5', tekst: 'Overige thema’s' },
      { soort: 'kop', niveau: 2, nummer: '5.1', tekst: 'Overig' },
    ]);
    expect(prioriteitenUitIvp(m)).toEqual([
      { titel: 'Woninginbraak', doel: 'Minder inbraken in 2030.\n\n- in de Molenwijk' },
      { titel: 'Jeugd (alleen Dijkstede)', doel: '' },
    ]);
  });
});

describe('raadsversies van een rapportage', () => {
  it('vergelijkt zonder statusregel en zonder sleutels zonder waarde (jsonb bewaart die niet)', () => {
    const a = model([{ soort: 'alinea', tekst: 'x', delen: undefined }], 'Concept');
    const b = JSON.parse(JSON.stringify(model([{ soort: 'alinea', tekst: 'x' }], 'Aangeboden'))) as DocumentModel;
    expect(zelfdeRapportage(a, b)).toBe(true);
    expect(zelfdeRapportage(a, model([{ soort: 'alinea', tekst: 'y' }]))).toBe(false);
    // The same text, once plain and once written together (with parts): the same for the reader.
    const rijk = model([{ soort: 'alinea', tekst: '', delen: [{ tekst: 'Een ' }, { tekst: 'hoogtepunt', vet: true }] }] as DocumentModel['blokken']);
    expect(zelfdeRapportage(model([{ soort: 'alinea', tekst: 'Een hoogtepunt' }]), rijk)).toBe(true);
  });

  it('zegt wanneer aanbieden of bespreken niet kan', () => {
    const v1 = { versie: 1, aangebodenOp: '2027-04-20', besprokenOp: null };
    expect(behandelingProbleem('besproken', '2027-05-01', null, false)?.status).toBe(409);
    expect(behandelingProbleem('aangeboden', '2027-05-01', v1, true)?.status).toBe(409);
    expect(behandelingProbleem('aangeboden', '2027-04-01', v1, false)).toMatchObject({ veld: 'datum', status: 422 });
    expect(behandelingProbleem('besproken', '2027-04-19', v1, false)).toMatchObject({ veld: 'datum', status: 422 });
    expect(behandelingProbleem('besproken', '2027-05-11', v1, false)).toBeNull();
    expect(behandelingProbleem('besproken', '2027-05-12', { ...v1, besprokenOp: '2027-05-11' }, false)?.status).toBe(409);
    expect(raadsstatus({ ...v1, besprokenOp: '2027-05-11' })).toBe('Aangeboden aan de raad op 20 april 2027 (versie 1); besproken in de raad op 11 mei 2027');
  });

  it('vat de koers in gewone woorden samen', () => {
    expect(koersSamenvatting([])).toMatch(/geen effectindicator/);
    expect(koersSamenvatting([{ status: 'achter' }])).toBe('De effectindicator is achter.');
    expect(koersSamenvatting([{ status: 'op-koers' }, { status: 'achter' }, { status: 'achter' }])).toBe('Van de 3 effectindicatoren: 1 op koers, 2 achter.');
  });
});
