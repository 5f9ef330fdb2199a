/**
 * Een DocumentModel als Word-bestand (.docx), zoals de raad het krijgt: titelpagina, inhoudsopgave
 * (een veld dat Word bijwerkt bij openen), koppen in Words eigen kopstijlen (Heading1..3, zodat
 * navigatiedeelvenster, inhoudsopgave en schermlezers ze herkennen), tabellen met een echte kopregel
 * en paginanummers in de voettekst. Taal van het document: Nederlands (nl-NL).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
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
const tekstbreedte = pagina.breedte - 2 * pagina.marge;

const koppen = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Regels van een tekst als runs, met een regeleinde (geen nieuwe alinea) tussen de regels. */
function regels(tekst: string, opmaak: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun[] {
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

function celParagraaf(tekst: string, vet: boolean): Paragraph {
  const t = normaliseer(tekst);
  // Word eist minstens één alinea in een cel; een lege cel krijgt een lege alinea.
  if (t === '') return new Paragraph({});
  return new Paragraph({ children: regels(t, vet ? { bold: true } : {}) });
}

const rand: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function tabel(blok: Extract<Blok, { soort: 'tabel' }>): (Paragraph | Table)[] {
  const uit: (Paragraph | Table)[] = [];
  const bijschrift = normaliseer(blok.bijschrift);
  if (bijschrift.trim() !== '') {
    uit.push(new Paragraph({ style: 'Caption', keepNext: true, children: regels(bijschrift) }));
  }
  const kolommen = blok.kolommen ?? [];
  const rijen = blok.rijen ?? [];
  const aantal = rijen.reduce((max, r) => Math.max(max, r.length), kolommen.length);
  // Een tabel zonder cellen is geen geldige Word-tabel: dan alleen het bijschrift.
  if (aantal === 0) return uit;

  const breedte = Math.floor(tekstbreedte / aantal);
  const rij = (cellen: string[], kop: boolean): TableRow =>
    new TableRow({
      // De kopregel herhaalt zich op elke pagina en is voor schermlezers de kop van de kolommen.
      tableHeader: kop || undefined,
      cantSplit: true,
      children: Array.from({ length: aantal }, (_, i) =>
        new TableCell({
          width: { size: breedte, type: WidthType.DXA },
          shading: kop ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
          children: [celParagraaf(cellen[i] ?? '', kop)],
        }),
      ),
    });

  const tabelRijen: TableRow[] = [];
  if (kolommen.length > 0) tabelRijen.push(rij(kolommen, true));
  for (const r of rijen) tabelRijen.push(rij(r, false));

  uit.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: Array.from({ length: aantal }, () => breedte),
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

function blok(b: Blok, teller: Teller): (Paragraph | Table)[] {
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
      return tabel(b);
  }
}

/**
 * De blokken achter elkaar. Twee tabellen direct na elkaar voegt Word samen, en na een tabel aan het
 * eind hoort nog een alinea: daar komt een lege alinea tussen of achter.
 */
function inhoud(blokken: Blok[]): (Paragraph | Table)[] {
  const uit: (Paragraph | Table)[] = [];
  const teller: Teller = { lijsten: 0 };
  for (const element of blokken.flatMap((b) => blok(b, teller))) {
    if (element instanceof Table && uit.at(-1) instanceof Table) uit.push(new Paragraph({}));
    uit.push(element);
  }
  if (uit.at(-1) instanceof Table) uit.push(new Paragraph({}));
  return uit;
}

function titelpagina(doc: DocumentModel): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 2400, after: 480 },
      children: [new TextRun({ text: normaliseer(doc.gemeente), bold: true, size: 32, color: kleurKop })],
    }),
    new Paragraph({ style: 'Title', children: regels(normaliseer(doc.titel)) }),
    new Paragraph({ style: 'Subtitle', children: regels(normaliseer(doc.ondertitel)) }),
    new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: normaliseer(doc.periode), size: 26 })] }),
    new Paragraph({
      children: [new TextRun({ text: normaliseer(doc.status), size: 26, color: kleurLeeg }), new PageBreak()],
    }),
  ];
}

function inhoudsopgave(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'TOCHeading', text: 'Inhoud' }),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

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

/** Het document als .docx-bestand. */
export async function naarDocx(doc: DocumentModel): Promise<Buffer> {
  const eenRegel = (tekst: string | null | undefined) => normaliseer(tekst).replace(/\s+/g, ' ').trim();
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
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: {
          run: { font: lettertype, size: 22, language: { value: taal } },
          paragraph: { spacing: { after: 120, line: 276 } },
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
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: pagina.breedte, height: pagina.hoogte },
            margin: { top: pagina.marge, bottom: pagina.marge, left: pagina.marge, right: pagina.marge },
          },
        },
        footers: { default: voettekst(), first: new Footer({ children: [new Paragraph({})] }) },
        children: [...titelpagina(doc), ...inhoudsopgave(), ...inhoud(doc.blokken ?? [])],
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: kerneigenschappen(meta, new Date()) }]);
}
