/**
 * Het rapport van een evaluatie als document (Word): een samenvatting met de telling van de oordelen,
 * per onderzoeksvraag de normen met oordeel, toelichting en bewijs, en de tabel met alle normen. Zelfde
 * blokkenmodel als de documenten van de cyclus (cyclus/document.ts).
 */
import type { Blok, DocumentModel } from '../cyclus/document.ts';
import {
  bewijsSoortNamen,
  type EvaluatieStatus,
  evaluatieStatusNamen,
  type EvaluatieVraag,
  normenVan,
  oordeelNamen,
  telOordelen,
  type Uitvoerder,
  uitvoerderNamen,
} from './normenkader.ts';

export interface EvaluatieVoorDocument {
  naam: string;
  uitvoerder: Uitvoerder;
  status: EvaluatieStatus;
  kaderNaam: string;
  vragen: EvaluatieVraag[];
  /** ISO-tijd van de laatste wijziging. */
  bijgewerktOp: string;
}

const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const datumTekst = (iso: string) => {
  const [j, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${maanden[(m ?? 1) - 1]} ${j}`;
};

const doorWie: Record<Uitvoerder, string> = { rekenkamer: 'de rekenkamer', 'interne-audit': 'een interne audit', werkgroep: 'de werkgroep' };

/** Evidence in the document: a link to a page of Kernplan by its name, a web address written out. */
const bewijsRegel = (b: { soort: keyof typeof bewijsSoortNamen; label: string; verwijzing: string }) =>
  `${bewijsSoortNamen[b.soort]}: ${b.label}${b.verwijzing.startsWith('/') ? '' : ` (${b.verwijzing})`}`;

const oordeelTekst = (o: keyof typeof oordeelNamen | null) => (o ? oordeelNamen[o] : 'Nog geen oordeel');

export function evaluatieDocument(e: EvaluatieVoorDocument, w: { gemeentenaam: string; periode: string }): DocumentModel {
  const t = telOordelen(e.vragen);
  const blokken: Blok[] = [];
  blokken.push({ soort: 'kop', niveau: 1, nummer: '1', tekst: 'Samenvatting' });
  blokken.push({
    soort: 'alinea',
    tekst: `Deze evaluatie is uitgevoerd door ${doorWie[e.uitvoerder]}. Zij toetst het integrale veiligheidsbeleid van ${w.gemeentenaam} aan het ${e.kaderNaam.charAt(0).toLowerCase()}${e.kaderNaam.slice(1)}: ${e.vragen.length} onderzoeksvragen met samen ${t.totaal} normen.`,
  });
  blokken.push({
    soort: 'lijst',
    items: [
      `Voldoet: ${t.voldoet} ${t.voldoet === 1 ? 'norm' : 'normen'}`,
      `Voldoet deels: ${t['voldoet-deels']} ${t['voldoet-deels'] === 1 ? 'norm' : 'normen'}`,
      `Voldoet niet: ${t['voldoet-niet']} ${t['voldoet-niet'] === 1 ? 'norm' : 'normen'}`,
      ...(t.open > 0 ? [`Nog zonder oordeel: ${t.open} ${t.open === 1 ? 'norm' : 'normen'}`] : []),
    ],
  });
  const zwak = normenVan(e.vragen).filter((n) => n.oordeel === 'voldoet-niet');
  if (zwak.length > 0) {
    blokken.push({ soort: 'alinea', tekst: 'De normen waaraan het beleid niet voldoet:' });
    blokken.push({ soort: 'lijst', items: zwak.map((n) => `${n.id} ${n.norm}`) });
  }

  blokken.push({ soort: 'kop', niveau: 1, nummer: '2', tekst: 'Oordeel per onderzoeksvraag' });
  e.vragen.forEach((v, i) => {
    blokken.push({ soort: 'kop', niveau: 2, nummer: `2.${i + 1}`, tekst: v.vraag });
    for (const n of v.normen) {
      blokken.push({ soort: 'kop', niveau: 3, nummer: null, tekst: `Norm ${n.id}: ${oordeelTekst(n.oordeel)}` });
      blokken.push({ soort: 'alinea', tekst: n.norm });
      if (n.toelichting.trim()) blokken.push({ soort: 'alinea', tekst: n.toelichting });
      else blokken.push({ soort: 'leeg', tekst: 'Bij deze norm is (nog) geen toelichting geschreven.' });
      if (n.bewijs.length > 0) blokken.push({ soort: 'lijst', items: n.bewijs.map(bewijsRegel) });
    }
  });

  blokken.push({ soort: 'kop', niveau: 1, nummer: '3', tekst: 'Normentabel' });
  blokken.push({
    soort: 'tabel',
    bijschrift: `Normenkader met oordelen (${e.kaderNaam})`,
    kolommen: ['Vraag', 'Norm', 'Oordeel', 'Toelichting', 'Bewijs'],
    rijen: normenVan(e.vragen).map((n) => [n.vraagNummer, `${n.id} ${n.norm}`, oordeelTekst(n.oordeel), n.toelichting, n.bewijs.map((b) => b.label).join('; ')]),
  });

  return {
    // Het documentmodel kent (nog) geen eigen soort voor een evaluatie; de soort bepaalt alleen de opmaak niet.
    soort: 'evaluatie',
    titel: e.naam,
    ondertitel: `Evaluatie van het integrale veiligheidsbeleid (${uitvoerderNamen[e.uitvoerder]})`,
    gemeente: `Gemeente ${w.gemeentenaam}`,
    periode: w.periode,
    status: `${evaluatieStatusNamen[e.status]}, bijgewerkt op ${datumTekst(e.bijgewerktOp)}`,
    blokken,
  };
}
