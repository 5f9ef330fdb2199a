/**
 * Een DocumentModel als Word-bestand (.docx), zoals de raad het krijgt: titelpagina, inhoudsopgave
 * (een veld dat Word bijwerkt, met paginanummers die er al in staan), koppen in Words eigen kopstijlen
 * (Heading1..3, zodat navigatiedeelvenster, inhoudsopgave en schermlezers ze herkennen), tabellen met
 * een echte kopregel en paginanummers in de voettekst. Brede tabellen staan op een liggende pagina.
 * Taal van het document: Nederlands (nl-NL).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { Blok, DocumentModel } from '../../domain/cyclus/document.ts';
import type { Tekstdeel } from '../../domain/tekst/rijk.ts';

const taal = 'nl-NL';
const lettertype = 'Calibri';
const kleurKop = '1F3864';
/** Grijs met voldoende contrast op wit (4,5:1) voor de aanwijzing bij een leeg onderdeel. */
const kleurLeeg = '595959';
const opsomming = 'kernplan-opsomming';
const nummering = 'kernplan-nummering';

/** A4 met marges van 2,5 cm, in twips. */
const pagina = { breedte: 11906, hoogte: 16838, marge: 1418 };
/** Width of the text on a portrait and on a landscape page, in twips. */
const tekstbreedte = { staand: pagina.breedte - 2 * pagina.marge, liggend: pagina.hoogte - 2 * pagina.marge };
/** From this many columns a table goes on a landscape page (as does a narrower one whose words don't fit portrait). */
const kolommenVoorLiggend = 6;

const koppen = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Regels van een tekst als runs, met een regeleinde (geen nieuwe alinea) tussen de regels. */
function regels(tekst: string, opmaak: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun[] {
  return tekst.split('\n').map((regel, i) => new TextRun({ text: regel, break: i > 0 ? 1 : undefined, ...opmaak }));
}

/** Regeleinden gelijk, en zonder stuurtekens die in XML niet mogen (Word opent het bestand dan niet). */
function normaliseer(tekst: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex
  return (tekst ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Alinea's: lege regels (ook met alleen spaties) scheiden ze; lege stukken vallen weg. */
function alineas(tekst: string): string[] {
  return normaliseer(tekst)
    .split(/\n[ \t]*\n/)
    .map((stuk) => stuk.replace(/^\n+|\n+$/g, ''))
    .filter((stuk) => stuk.trim() !== '');
}

/** Tekstdelen met hun opmaak als runs; een link wordt een echte hyperlink. */
function runs(delen: Tekstdeel[]): (TextRun | ExternalHyperlink)[] {
  return delen.flatMap((d): (TextRun | ExternalHyperlink)[] => {
    const opmaak = { bold: d.vet || undefined, italics: d.cursief || undefined };
    if (!d.link) return regels(normaliseer(d.tekst), opmaak);
    const tekst = normaliseer(d.tekst).replace(/\n/g, ' ');
    return [new ExternalHyperlink({ link: d.link, children: [new TextRun({ text: tekst, style: 'Hyperlink', ...opmaak })] })];
  });
}

/** A text on one line, with its white space collapsed. */
function eenRegel(tekst: string | null | undefined): string {
  return normaliseer(tekst).replace(/\s+/g, ' ').trim();
}

/** How a table is set: its text size (half points), column widths, and whether its longest words fit. */
interface Tabelopmaak {
  grootte: number;
  breedtes: number[];
  heleWoorden: boolean;
}

/**
 * A table cell's text. Hyphens stay ordinary hyphens ("Haven-Oost" is found when searched for), so a line
 * may break after one, as Dutch allows; the columns are made wide enough that no word breaks elsewhere.
 */
function celParagraaf(tekst: string, vet: boolean, { grootte }: Tabelopmaak): Paragraph {
  const t = normaliseer(tekst);
  // Word eist minstens één alinea in een cel; een lege cel krijgt een lege alinea.
  if (t === '') return new Paragraph({});
  return new Paragraph({ spacing: { before: 20, after: 40 }, children: regels(t, { bold: vet || undefined, size: grootte }) });
}

const rand: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** Widths of the characters of a font, in ems, and how much wider its bold is. */
interface Lettermaat {
  breedtes: Map<string, number>;
  vet: number;
  /** For a character not in the table. */
  anders: number;
}

function lettermaat(vet: number, anders: number, reeksen: [string, number[]][]): Lettermaat {
  const breedtes = new Map<string, number>();
  for (const [tekens, duizendsten] of reeksen) [...tekens].forEach((teken, i) => breedtes.set(teken, duizendsten[i]! / 1000));
  return { breedtes, vet, anders };
}

const cijfers = (breedte: number): [string, number[]] => ['0123456789€', Array.from({ length: 11 }, () => breedte)];
const leestekens = ' \u00A0.,:;/\'()-%&+';

/**
 * DejaVu Sans: the font LibreOffice falls back on without Calibri or Carlito. Wider than Calibri, so a
 * word that fits in it fits in Word too: the minimum widths of columns are measured in it.
 */
const dejavu = lettermaat(1.1, 0.65, [
  ['abcdefghijklmnopqrstuvwxyz', [613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525]],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', [684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685]],
  cijfers(636),
  [leestekens, [318, 318, 318, 318, 337, 337, 337, 275, 390, 390, 361, 950, 780, 838]],
]);

/** Calibri (and Carlito, made as wide): how Word and LibreOffice with Carlito break the lines. */
const calibri = lettermaat(1.04, 0.5, [
  ['abcdefghijklmnopqrstuvwxyz', [479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395]],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ', [579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 246, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468]],
  cijfers(507),
  [leestekens, [226, 226, 252, 250, 268, 268, 386, 221, 303, 303, 306, 715, 682, 498]],
]);

/** Estimated width of a text in table text of `grootte` half points, in twips. */
function tekstbreedteVan(tekst: string, vet: boolean, grootte: number, maat: Lettermaat = dejavu): number {
  let em = 0;
  for (const teken of tekst) em += maat.breedtes.get(teken) ?? maat.breedtes.get(teken.normalize('NFD')[0] ?? '') ?? maat.anders;
  return Math.ceil(em * grootte * 10 * (vet ? maat.vet : 1) * 1.02);
}

/** Cell margins (Word's default 0.19 cm left and right) plus some slack, in twips. */
const celruimte = 216 + 40;

/** Sizes of table text to try, in half points: 10 pt, and smaller where the words don't fit otherwise. */
const tabelTekstgroottes = [20, 18, 16] as const;

interface Kolommaat {
  /** The longest word: narrower and a word breaks inside. */
  min: number;
  /** The longest line: wider gains nothing. */
  max: number;
}

function kolommaten(kolommen: string[], rijen: string[][], aantal: number, grootte: number): Kolommaat[] {
  const maten = Array.from({ length: aantal }, () => ({ min: 0, max: 0 }));
  const meet = (cellen: string[], vet: boolean) => {
    cellen.slice(0, aantal).forEach((cel, i) => {
      for (const regel of normaliseer(cel).split('\n')) {
        const maat = maten[i]!;
        // Only spaces and tabs break a line: a non-breaking space (as in "€ 18.000") does not.
        for (const woord of regel.split(/[ \t]+/)) maat.min = Math.max(maat.min, tekstbreedteVan(woord, vet, grootte));
        maat.max = Math.max(maat.max, tekstbreedteVan(regel.trim(), vet, grootte));
      }
    });
  };
  meet(kolommen, true);
  for (const r of rijen) meet(r, false);
  return maten.map(({ min, max }) => ({ min: min + celruimte, max: Math.max(min, max) + celruimte }));
}

/**
 * Column widths that fit the content, as a browser lays out an automatic table: every column at
 * least as wide as its longest word, and the room that is left shared out by how much more text a
 * column has. Only when the longest words together don't fit do the columns shrink below them.
 */
function kolombreedtes(maten: Kolommaat[], beschikbaar: number): { breedtes: number[]; heleWoorden: boolean } {
  const som = (getallen: number[]) => getallen.reduce((a, b) => a + b, 0);
  const min = som(maten.map((m) => m.min));
  const max = som(maten.map((m) => m.max));
  let breedtes: number[];
  if (min >= beschikbaar) breedtes = maten.map((m) => (m.min * beschikbaar) / min);
  else if (max <= beschikbaar) breedtes = maten.map((m) => m.max + ((beschikbaar - max) * m.max) / max);
  else breedtes = maten.map((m) => m.min + ((beschikbaar - min) * (m.max - m.min)) / (max - min));
  const afgerond = breedtes.map((b) => Math.floor(b));
  // The rounding remainder goes to the widest column, so the columns fill the width exactly.
  const breedste = afgerond.indexOf(Math.max(...afgerond));
  afgerond[breedste]! += beschikbaar - som(afgerond);
  return { breedtes: afgerond, heleWoorden: min <= beschikbaar };
}

/** Columns of a table: the header row or its widest row. */
function kolomAantal(blok: Extract<Blok, { soort: 'tabel' }>): number {
  return (blok.rijen ?? []).reduce((max, r) => Math.max(max, r.length), (blok.kolommen ?? []).length);
}

/** Where a table is set: the width of the text on its page, and the text size of the document's tables. */
interface Plek {
  breedte: number;
  grootte: number;
}

/**
 * How much wider a column of `breedte` twips has to be so that, when its cell's text is broken into lines
 * as Word and LibreOffice do (as many words on a line as fit), no line ends after the hyphen inside a word
 * ("t/m 2027-" above "K4") for want of a little room: in Calibri and in DejaVu Sans. 0 when none does.
 */
function tekortVoorKoppeltekens(tekst: string, vet: boolean, grootte: number, breedte: number): number {
  const ruimte = breedte - celruimte;
  let tekort = 0;
  for (const maat of [dejavu, calibri]) {
    const meet = (t: string) => tekstbreedteVan(t, vet, grootte, maat);
    for (const regel of normaliseer(tekst).split('\n')) {
      let opRegel = '';
      for (const woord of regel.split(/[ \t]+/).filter(Boolean)) {
        const erbij = opRegel ? `${opRegel} ${woord}` : woord;
        if (opRegel === '' || meet(erbij) <= ruimte) {
          opRegel = erbij;
          continue;
        }
        const koppelteken = woord.indexOf('-', 1);
        const voorKoppelteken = koppelteken > 0 && koppelteken < woord.length - 1 ? woord.slice(0, koppelteken + 1) : '';
        if (voorKoppelteken && meet(`${opRegel} ${voorKoppelteken}`) <= ruimte) tekort = Math.max(tekort, meet(erbij) - ruimte);
        opRegel = woord;
      }
    }
  }
  return tekort;
}

/**
 * The column widths of a table at a text size: fitted to the content (`kolombreedtes`), then, while
 * there is room, columns widened where a line would otherwise break after a hyphen inside a word.
 */
function tabelopmaak(blok: Extract<Blok, { soort: 'tabel' }>, { breedte, grootte }: Plek): Tabelopmaak {
  const kolommen = blok.kolommen ?? [];
  const rijen = blok.rijen ?? [];
  let maten = kolommaten(kolommen, rijen, kolomAantal(blok), grootte);
  let opmaak = kolombreedtes(maten, breedte);
  for (let ronde = 0; ronde < 3 && opmaak.heleWoorden; ronde++) {
    const tekorten = opmaak.breedtes.map((b, i) =>
      Math.max(
        tekortVoorKoppeltekens(kolommen[i] ?? '', true, grootte, b),
        ...rijen.map((r) => tekortVoorKoppeltekens(r[i] ?? '', false, grootte, b)),
      ),
    );
    // The smallest shortfalls first, as long as the columns still fit at their (raised) minimum widths.
    const ruimer = maten.map((m) => ({ ...m }));
    let veranderd = false;
    for (const i of tekorten.map((_, i) => i).sort((a, b) => tekorten[a]! - tekorten[b]!)) {
      if (tekorten[i] === 0) continue;
      const min = Math.min(ruimer[i]!.max, Math.max(ruimer[i]!.min, opmaak.breedtes[i]! + tekorten[i]!));
      if (ruimer.reduce((som, m) => som + m.min, 0) - ruimer[i]!.min + min > breedte) break;
      veranderd ||= min !== ruimer[i]!.min;
      ruimer[i]!.min = min;
    }
    if (!veranderd) break;
    maten = ruimer;
    opmaak = kolombreedtes(maten, breedte);
  }
  return { grootte, ...opmaak };
}

/** The largest text size at which the longest words of a table fit side by side in `breedte` twips. */
function passendeGrootte(blok: Extract<Blok, { soort: 'tabel' }>, breedte: number): number | undefined {
  return tabelTekstgroottes.find((grootte) => tabelopmaak(blok, { breedte, grootte }).heleWoorden);
}

/**
 * Whether a table goes on a landscape page: many columns, or words that don't fit portrait even at the
 * smallest text size.
 */
function isBreed(b: Blok): boolean {
  if (b.soort !== 'tabel') return false;
  const aantal = kolomAantal(b);
  if (aantal >= kolommenVoorLiggend) return true;
  if (aantal === 0) return false;
  return passendeGrootte(b, tekstbreedte.staand) === undefined;
}

function tabel(blok: Extract<Blok, { soort: 'tabel' }>, plek: Plek): (Paragraph | Table)[] {
  const uit: (Paragraph | Table)[] = [];
  const bijschrift = normaliseer(blok.bijschrift);
  if (bijschrift.trim() !== '') {
    uit.push(new Paragraph({ style: 'Caption', keepNext: true, children: regels(bijschrift) }));
  }
  const kolommen = blok.kolommen ?? [];
  const rijen = blok.rijen ?? [];
  const aantal = kolomAantal(blok);
  // Een tabel zonder cellen is geen geldige Word-tabel: dan alleen het bijschrift.
  if (aantal === 0) return uit;

  const opmaak = tabelopmaak(blok, plek);
  const rij = (cellen: string[], kop: boolean): TableRow =>
    new TableRow({
      // De kopregel herhaalt zich op elke pagina en is voor schermlezers de kop van de kolommen.
      tableHeader: kop || undefined,
      cantSplit: true,
      children: opmaak.breedtes.map((breedte, i) =>
        new TableCell({
          width: { size: breedte, type: WidthType.DXA },
          shading: kop ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
          children: [celParagraaf(cellen[i] ?? '', kop, opmaak)],
        }),
      ),
    });

  const tabelRijen: TableRow[] = [];
  if (kolommen.length > 0) tabelRijen.push(rij(kolommen, true));
  for (const r of rijen) tabelRijen.push(rij(r, false));

  uit.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: opmaak.breedtes,
      // Fixed: Word keeps the widths worked out here instead of laying the table out again itself.
      layout: TableLayoutType.FIXED,
      borders: {
        top: rand,
        bottom: rand,
        left: rand,
        right: rand,
        insideHorizontal: rand,
        insideVertical: rand,
      },
      rows: tabelRijen,
    }),
  );
  return uit;
}

/** Per document: elke genummerde lijst begint weer bij 1 (een eigen instantie van de nummering). */
interface Teller {
  lijsten: number;
}

function blok(b: Blok, teller: Teller, plek: Plek): (Paragraph | Table)[] {
  switch (b.soort) {
    case 'kop': {
      const nummer = (b.nummer ?? '').trim();
      const tekst = normaliseer(b.tekst).replace(/\s+/g, ' ').trim();
      const kop = nummer && tekst ? `${nummer} ${tekst}` : nummer || tekst;
      // Een lege kop zou een lege regel in de inhoudsopgave en voor schermlezers geven.
      if (kop === '') return [];
      return [new Paragraph({ heading: koppen[b.niveau] ?? HeadingLevel.HEADING_3, text: kop })];
    }
    case 'alinea':
      if (b.delen && b.delen.length > 0) return [new Paragraph({ children: runs(b.delen) })];
      return alineas(b.tekst).map((a) => new Paragraph({ children: regels(a) }));
    case 'leeg':
      return [new Paragraph({ children: regels(normaliseer(b.tekst), { italics: true, color: kleurLeeg }) })];
    case 'lijst':
      if (b.rijk && b.rijk.length > 0) {
        const instance = ++teller.lijsten;
        return b.rijk.map(
          (item) =>
            new Paragraph({
              numbering: { reference: item.genummerd ? nummering : opsomming, level: Math.min(3, Math.max(0, item.niveau)), instance: item.genummerd ? instance : undefined },
              children: runs(item.delen),
            }),
        );
      }
      return (b.items ?? []).map(
        (item) => new Paragraph({ numbering: { reference: opsomming, level: 0 }, children: regels(normaliseer(item)) }),
      );
    case 'tabel':
      return tabel(b, plek);
  }
}

/** A run of blocks on pages of one orientation: a section of the Word document. */
interface Deel {
  liggend: boolean;
  blokken: Blok[];
}

/**
 * The blocks split into portrait and landscape parts. A wide table goes on landscape pages together
 * with the headings right before it (a heading stays with its table), and the headings and empty
 * notes between two wide tables stay landscape too, so the page doesn't turn for a heading alone.
 */
function delen(blokken: Blok[]): Deel[] {
  const liggend = blokken.map(isBreed);
  let vorige = -1;
  liggend.forEach((breed, i) => {
    if (!breed) return;
    let begin = i;
    while (begin > 0 && blokken[begin - 1]!.soort === 'kop') begin--;
    const tussen = vorige >= 0 && blokken.slice(vorige + 1, begin).every((b) => b.soort === 'kop' || b.soort === 'leeg');
    for (let j = tussen ? vorige + 1 : begin; j < i; j++) liggend[j] = true;
    vorige = i;
  });
  const uit: Deel[] = [];
  blokken.forEach((b, i) => {
    const laatste = uit.at(-1);
    if (laatste && laatste.liggend === liggend[i]) laatste.blokken.push(b);
    else uit.push({ liggend: liggend[i]!, blokken: [b] });
  });
  return uit;
}

/**
 * De blokken achter elkaar. Twee tabellen direct na elkaar voegt Word samen, en na een tabel aan het
 * eind hoort nog een alinea: daar komt een lege alinea tussen of achter.
 */
function inhoud(blokken: Blok[], teller: Teller, plek: Plek): (Paragraph | Table)[] {
  const uit: (Paragraph | Table)[] = [];
  for (const element of blokken.flatMap((b) => blok(b, teller, plek))) {
    if (element instanceof Table && uit.at(-1) instanceof Table) uit.push(new Paragraph({}));
    uit.push(element);
  }
  if (uit.at(-1) instanceof Table) uit.push(new Paragraph({}));
  return uit;
}

/** The words of a text in lower case, without the punctuation around them. */
function woorden(tekst: string): string[] {
  return eenRegel(tekst)
    .split(' ')
    .map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Whether a word says nothing new next to the others: the same word, or one of its forms ("integraal", "integrale"). */
function gedekt(woord: string, bekend: Set<string>): boolean {
  if (bekend.has(woord)) return true;
  for (const ander of bekend) {
    const korter = Math.min(woord.length, ander.length);
    if (korter < 5) continue;
    let gelijk = 0;
    while (gelijk < korter && woord[gelijk] === ander[gelijk]) gelijk++;
    if (gelijk >= Math.min(6, korter)) return true;
  }
  return false;
}

/**
 * What the subtitle adds to the title, municipality and period on the cover: without the words at its
 * start and end that repeat them ("Integraal Veiligheidsplan 2027-2030" under the title "Integraal
 * Veiligheidsplan" adds nothing; "Projectplan Veilig stationsgebied 2027-2028" under the title "Veilig
 * stationsgebied 2027-2028" adds "Projectplan"). Empty when it adds nothing.
 */
export function ondertitelOpTitelpagina(doc: Pick<DocumentModel, 'titel' | 'ondertitel' | 'gemeente' | 'periode'>): string {
  const bekend = new Set([...woorden(doc.titel), ...woorden(doc.periode), ...woorden(doc.gemeente)]);
  const stukken = eenRegel(doc.ondertitel).split(' ').filter(Boolean);
  const herhaalt = (stuk: string) => woorden(stuk).every((w) => bekend.has(w));
  while (stukken.length > 0 && herhaalt(stukken[0]!)) stukken.shift();
  while (stukken.length > 0 && herhaalt(stukken.at(-1)!)) stukken.pop();
  let rest = stukken.join(' ');
  const tussenHaakjes = /^\((.*)\)$/.exec(rest);
  if (tussenHaakjes) rest = tussenHaakjes[1]!.trim();
  if (woorden(rest).every((w) => gedekt(w, bekend))) return '';
  return rest.charAt(0).toLocaleUpperCase('nl-NL') + rest.slice(1);
}

/**
 * The cover: municipality, the title once, the subtitle only when it adds something, the period
 * (unless the title already holds it) and the status, each once.
 */
function titelpagina(doc: DocumentModel): Paragraph[] {
  const titel = eenRegel(doc.titel);
  const ondertitel = ondertitelOpTitelpagina(doc);
  const periode = eenRegel(doc.periode);
  const status = eenRegel(doc.status);
  const getoond = [eenRegel(doc.gemeente), titel, ondertitel].map((t) => t.toLowerCase());
  const toonPeriode = periode !== '' && !getoond.some((t) => t.includes(periode.toLowerCase()));
  const toonStatus = status !== '' && status !== periode && !getoond.includes(status.toLowerCase());
  const onder = [...(toonPeriode ? [new TextRun({ text: periode, size: 26 })] : []), ...(toonStatus ? [new TextRun({ text: status, size: 26, color: kleurLeeg })] : [])];
  return [
    new Paragraph({
      spacing: { before: 2400, after: 480 },
      children: [new TextRun({ text: eenRegel(doc.gemeente), bold: true, size: 32, color: kleurKop })],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun(titel)] }),
    ...(ondertitel ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(ondertitel)] })] : []),
    // Period and status each on a line of their own; the page break goes with the last of them.
    ...onder.map((run, i) => new Paragraph({ spacing: i === 0 ? { before: 480 } : undefined, children: i === onder.length - 1 ? [run, new PageBreak()] : [run] })),
    ...(onder.length === 0 ? [new Paragraph({ children: [new PageBreak()] })] : []),
  ];
}

/**
 * The table of contents: a TOC field that Word updates, written with an entry for every heading, each
 * with a PAGEREF field to a bookmark on its heading. The page numbers of those fields are worked out
 * here (see `paginanummers`), since LibreOffice shows what the field holds as it is and doesn't update
 * it when it converts a document. `paginaEinde`: a page break after it, unless a new section follows.
 */
function inhoudsopgave(paginaEinde: boolean): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'TOCHeading', text: 'Inhoud' }),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-3' }),
    ...(paginaEinde ? [new Paragraph({ children: [new PageBreak()] })] : []),
  ];
}

/**
 * Lays out the pages as Word does, to write the page numbers of the table of contents (and of the
 * footer's page count) into the document. Where it can't follow Word exactly it guesses, rather than
 * leave a number blank; Word puts in its own numbers when it updates the fields on opening.
 */
const paginanummers = estimatePageNumbersWith({ guess: true });

function voettekst(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 18 }),
        ],
      }),
    ],
  });
}

function xml(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Metagegevens {
  titel: string;
  onderwerp: string;
  omschrijving: string;
}

/**
 * docProps/core.xml zoals docx het schrijft, met daarbij de taal (dc:language), die docx niet als
 * optie kent.
 */
function kerneigenschappen(meta: Metagegevens, moment: Date): string {
  const tijd = moment.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(meta.titel)}</dc:title>` +
    `<dc:subject>${xml(meta.onderwerp)}</dc:subject>` +
    '<dc:creator>Kernplan</dc:creator>' +
    `<dc:description>${xml(meta.omschrijving)}</dc:description>` +
    `<dc:language>${taal}</dc:language>` +
    '<cp:lastModifiedBy>Kernplan</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${tijd}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${tijd}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The sections of the document: the cover and table of contents on portrait pages, then the content,
 * on landscape pages where it has wide tables and back on portrait pages after them.
 */
function secties(doc: DocumentModel): ISectionOptions[] {
  const teller: Teller = { lijsten: 0 };
  const marge = { top: pagina.marge, bottom: pagina.marge, left: pagina.marge, right: pagina.marge };
  const staand = { size: { width: pagina.breedte, height: pagina.hoogte }, margin: marge };
  const liggend = { size: { width: pagina.breedte, height: pagina.hoogte, orientation: PageOrientation.LANDSCAPE }, margin: marge };
  const onderdelen = delen(doc.blokken ?? []);
  const breedte = (d: Deel) => (d.liggend ? tekstbreedte.liggend : tekstbreedte.staand);
  // One text size for all tables of the document: the largest at which every table's words fit.
  const groottes = onderdelen.flatMap((d) => d.blokken.flatMap((b) => (b.soort === 'tabel' ? [passendeGrootte(b, breedte(d))] : [])));
  const grootte = Math.min(tabelTekstgroottes[0], ...groottes.filter((g) => g !== undefined));
  const plek = (d: Deel): Plek => ({ breedte: breedte(d), grootte });
  const eerste = onderdelen[0]?.liggend === false ? onderdelen.shift() : undefined;
  return [
    {
      properties: { titlePage: true, page: staand },
      footers: { default: voettekst(), first: new Footer({ children: [new Paragraph({})] }) },
      children: [
        ...titelpagina(doc),
        ...inhoudsopgave(eerste !== undefined),
        ...(eerste ? inhoud(eerste.blokken, teller, plek(eerste)) : []),
      ],
    },
    ...onderdelen.map(
      (d): ISectionOptions => ({
        properties: { page: d.liggend ? liggend : staand },
        footers: { default: voettekst() },
        children: inhoud(d.blokken, teller, plek(d)),
      }),
    ),
  ];
}

/** Het document als .docx-bestand. */
export async function naarDocx(doc: DocumentModel): Promise<Buffer> {
  const meta: Metagegevens = {
    titel: eenRegel(doc.titel),
    onderwerp: eenRegel(doc.ondertitel),
    omschrijving: [doc.ondertitel, doc.gemeente, doc.periode, doc.status].map(eenRegel).filter(Boolean).join(' · '),
  };
  const document = new Document({
    title: meta.titel,
    subject: meta.onderwerp,
    creator: 'Kernplan',
    lastModifiedBy: 'Kernplan',
    description: meta.omschrijving,
    features: { updateFields: true },
    pageNumbers: paginanummers,
    styles: {
      default: {
        document: {
          run: { font: lettertype, size: 22, language: { value: taal } },
          // The rule is written out: LibreOffice reads a line height without it as an exact one.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: lettertype, size: 56, bold: true, color: kleurKop }, paragraph: { spacing: { after: 240 } } },
        heading1: {
          run: { font: lettertype, size: 32, bold: true, color: kleurKop },
          paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: lettertype, size: 26, bold: true, color: kleurKop },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 1 },
        },
        heading3: {
          run: { font: lettertype, size: 23, bold: true, italics: false, color: kleurKop },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
        },
        caption: {
          run: { font: lettertype, size: 20, bold: true, italics: false, color: '000000' },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
        },
        listParagraph: { run: { font: lettertype } },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: lettertype, size: 32, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: lettertype, size: 32, bold: true, color: kleurKop },
          paragraph: { spacing: { before: 240, after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: opsomming,
          levels: ['\u2022', '\u25E6', '\u25AA', '\u2022'].map((text, level) => ({
            level,
            format: LevelFormat.BULLET,
            text,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } },
          })),
        },
        {
          reference: nummering,
          levels: ([LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL] as const).map((format, level) => ({
            level,
            format,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 + 360 * level, hanging: 360 } } },
          })),
        },
      ],
    },
    sections: secties(doc),
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: kerneigenschappen(meta, new Date()) }]);
}
