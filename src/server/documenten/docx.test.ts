/**
 * Word-export: het .docx-bestand uitgepakt en gelezen (kopstijlen, tabellen met kopregel, titelpagina,
 * stijlen), en door LibreOffice omgezet naar PDF, als bewijs dat een echte tekstverwerker het opent.
 * Zonder LibreOffice wordt die laatste test overgeslagen, behalve in CI (CI gezet): daar faalt hij.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Blok, DocumentModel } from '../../domain/cyclus/document.ts';
import { naarPdf, vindSoffice } from '../../../tests/support/soffice.ts';
import { naarDocx, ondertitelOpTitelpagina } from './docx.ts';

const hoofdstukken = [
  'Inleiding',
  'Veiligheidsbeeld',
  'Prioriteiten',
  'Doelen',
  'Samenwerking en coördinatie',
  'Middelen',
  'Monitoring en evaluatie',
];

function voorbeeld(): DocumentModel {
  const blokken: Blok[] = [];
  hoofdstukken.forEach((tekst, i) => {
    const nr = String(i + 1);
    blokken.push({ soort: 'kop', niveau: 1, nummer: nr, tekst });
    blokken.push({ soort: 'alinea', tekst: `Tekst van hoofdstuk ${nr}.` });
    blokken.push({ soort: 'kop', niveau: 2, nummer: `${nr}.1`, tekst: `Achtergrond bij ${tekst.toLowerCase()}` });
  });
  // Extra inhoud midden in het document: hoofdstuk 5 (index 4) krijgt een tabel, een lijst en een leeg blok.
  const plek = blokken.findIndex((b) => b.soort === 'kop' && b.nummer === '5.1') + 1;
  blokken.splice(
    plek,
    0,
    { soort: 'kop', niveau: 3, nummer: '5.1.1', tekst: 'Partners' },
    {
      soort: 'alinea',
      tekst: 'De coördinatie ligt bij de gemeente.\nHet budget is € 12.500 per jaar.\n\nEen tweede alinea.',
    },
    { soort: 'lijst', items: ['Politie', 'Openbaar Ministerie', 'Veiligheidsregio'] },
    { soort: 'leeg', tekst: 'Hier komt de rolverdeling (nog niet ingevuld).' },
    {
      soort: 'tabel',
      bijschrift: 'Tabel 1. Partners en rollen',
      kolommen: ['Partner', 'Rol', 'Budget'],
      rijen: [
        ['Politie', 'Handhaving', '€ 12.500'],
        ['Gemeente', 'Regie en coördinatie', ''],
      ],
    },
    // Zonder bijschrift direct na de vorige tabel: Word zou ze samenvoegen zonder alinea ertussen.
    { soort: 'tabel', bijschrift: '', kolommen: ['Jaar', 'Aantal'], rijen: [['2027', '']] },
    { soort: 'kop', niveau: 3, nummer: null, tekst: 'Kop zonder nummer' },
  );
  return {
    soort: 'ivp',
    titel: 'Integraal Veiligheidsplan',
    ondertitel: 'Integraal Veiligheidsplan 2027-2030',
    gemeente: 'Gemeente Zuidhaven',
    periode: '2027-2030',
    status: 'Concept, versie 2',
    blokken,
  };
}

const maatregelKolommen = ['Maatregel', 'Prestatie-indicator', 'Bestuurlijk trekker', 'Ambtelijk trekker', 'Partners', 'Planning', 'Budget', 'Status'];

/** An implementation plan: chapter 3 holds two measure tables (8 columns), with a heading between them. */
function metMaatregelen(): DocumentModel {
  const maatregel = (naam: string): string[] => [
    naam,
    'KVO-b-werkgroep opgericht en schouw uitgevoerd vóór 2027-K3; minimaal 50% van de bedrijven aangesloten',
    'Wethouder Economie',
    'Team Vergunningen',
    'Parkmanagement Haven-Oost, Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
    '2027-K1 t/m 2027-K4',
    'Binnen bestaand budget',
    'Niet gestart',
  ];
  const tabel = (titel: string): Blok => ({
    soort: 'tabel',
    bijschrift: `Maatregelen: ${titel}`,
    kolommen: maatregelKolommen,
    rijen: [maatregel('Keurmerk Veilig Ondernemen voor bedrijventerrein Haven-Oost'), [...maatregel('Bibob-beleidslijn uitbreiden').slice(0, 6), '€\u00A018.000', 'Loopt']],
  });
  return {
    ...voorbeeld(),
    soort: 'uitvoeringsplan',
    blokken: [
      { soort: 'kop', niveau: 1, nummer: '1', tekst: 'Hoofdlijn' },
      { soort: 'alinea', tekst: 'Inleidende tekst.' },
      { soort: 'tabel', bijschrift: 'Smalle tabel', kolommen: ['Jaar', 'Budget'], rijen: [['2027', '€ 10.000']] },
      { soort: 'kop', niveau: 1, nummer: '3', tekst: 'Uitwerking prioriteiten' },
      { soort: 'kop', niveau: 2, nummer: '3.1', tekst: 'Ondermijning' },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Integrale aanpak Haven-Oost' },
      tabel('Integrale aanpak Haven-Oost'),
      { soort: 'kop', niveau: 2, nummer: '3.2', tekst: 'Veilige wijken' },
      { soort: 'leeg', tekst: 'Nog geen actiepunten.' },
      { soort: 'kop', niveau: 3, nummer: null, tekst: 'Wijkaanpak' },
      tabel('Wijkaanpak'),
      { soort: 'kop', niveau: 1, nummer: '5', tekst: 'Begroting' },
      { soort: 'alinea', tekst: 'Het budget.' },
    ],
  };
}

/** The section properties of a document part with where each ends: a section holds what comes before its sectPr. */
function secties(xml: string): { eind: number; liggend: boolean; xml: string }[] {
  return [...xml.matchAll(/<w:sectPr(?:\s[^>]*)?>[\s\S]*?<\/w:sectPr>/g)].map((m) => ({
    eind: m.index,
    liggend: /<w:pgSz [^>]*w:orient="landscape"/.test(m[0]),
    xml: m[0],
  }));
}

/** Whether what is at `plek` in the document is on landscape pages. */
function liggendOp(xml: string, plek: number): boolean {
  const sectie = secties(xml).find((s) => s.eind > plek);
  if (!sectie) throw new Error(`geen sectie na ${plek}`);
  return sectie.liggend;
}

async function pakUit(buffer: Buffer): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

async function deel(zip: JSZip, pad: string): Promise<string> {
  const bestand = zip.file(pad);
  if (!bestand) throw new Error(`${pad} ontbreekt in het .docx-bestand`);
  return bestand.async('string');
}

function ontsnap(tekst: string): string {
  return tekst
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** De alinea's van een WordprocessingML-deel: stijl en tekst. */
function alineas(xml: string): { stijl: string | null; tekst: string; xml: string }[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => ({
    stijl: /<w:pStyle w:val="([^"]+)"\/>/.exec(p)?.[1] ?? null,
    tekst: ontsnap([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    xml: p,
  }));
}

function tabellen(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => t);
}

function rijen(tabel: string): string[] {
  return [...tabel.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([r]) => r);
}

describe('Word-export (naarDocx)', () => {
  it('zet elke kop in de Word-kopstijl van zijn niveau, met nummer en tekst', async () => {
    const doc = voorbeeld();
    const xml = await deel(await pakUit(await naarDocx(doc)), 'word/document.xml');
    const ps = alineas(xml);
    const koppen = doc.blokken.filter((b) => b.soort === 'kop');
    for (const kop of koppen) {
      const tekst = kop.nummer ? `${kop.nummer} ${kop.tekst}` : kop.tekst;
      expect(ps, `kop "${tekst}"`).toContainEqual(expect.objectContaining({ stijl: `Heading${kop.niveau}`, tekst }));
    }
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(ps.filter((p) => p.stijl === 'Heading1').map((p) => p.tekst)).toEqual(
      hoofdstukken.map((h, i) => `${i + 1} ${h}`),
    );
    expect(ps.filter((p) => p.stijl === 'Heading2')).toHaveLength(7);
    expect(ps.filter((p) => p.stijl === 'Heading3').map((p) => p.tekst)).toEqual(['5.1.1 Partners', 'Kop zonder nummer']);
  });

  it('maakt tabellen met een herhalende kopregel, vet, met randen en over de volle breedte', async () => {
    const doc = voorbeeld();
    const xml = await deel(await pakUit(await naarDocx(doc)), 'word/document.xml');
    const aantal = doc.blokken.filter((b) => b.soort === 'tabel').length;
    expect(xml.match(/<w:tbl>/g)).toHaveLength(aantal);
    const tbls = tabellen(xml);
    expect(tbls).toHaveLength(aantal);
    for (const tbl of tbls) {
      const [kop, ...rest] = rijen(tbl);
      expect(kop).toContain('<w:tblHeader/>');
      expect(kop).toContain('<w:b/>');
      for (const r of rest) expect(r).not.toContain('<w:tblHeader');
      expect(tbl).toContain('<w:tblW w:type="pct" w:w="5000"/>');
      expect(tbl).toMatch(/<w:insideH w:val="single"/);
    }
    const eerste = tbls[0] ?? '';
    expect(rijen(eerste)).toHaveLength(3);
    expect(eerste.match(/<w:gridCol /g)).toHaveLength(3);
    // Een lege cel krijgt een lege alinea.
    expect(eerste).toContain('<w:p/>');
    // Het bijschrift staat vlak voor de tabel, in de stijl Caption.
    const ps = alineas(xml.slice(0, xml.indexOf('<w:tbl>')));
    expect(ps.at(-1)).toMatchObject({ stijl: 'Caption', tekst: 'Tabel 1. Partners en rollen' });
    // Tussen twee tabellen staat een alinea, anders voegt Word ze samen.
    expect(xml).not.toContain('</w:tbl><w:tbl>');
  });

  it('zet gemeente, titel, periode en status op de titelpagina, elk één keer, gevolgd door een pagina-einde', async () => {
    const xml = await deel(await pakUit(await naarDocx(voorbeeld())), 'word/document.xml');
    const einde = xml.indexOf('<w:br w:type="page"/>');
    expect(einde).toBeGreaterThan(0);
    // Tot en met de alinea met het pagina-einde.
    const titelpagina = alineas(xml.slice(0, xml.indexOf('</w:p>', einde) + '</w:p>'.length));
    // The subtitle 'Integraal Veiligheidsplan 2027-2030' only repeats title and period: it is left out.
    expect(titelpagina.map((p) => p.tekst)).toEqual(['Gemeente Zuidhaven', 'Integraal Veiligheidsplan', '2027-2030', 'Concept, versie 2']);
    expect(titelpagina.filter((p) => p.tekst.includes('Integraal Veiligheidsplan'))).toHaveLength(1);
    expect(titelpagina[1]?.stijl).toBe('Title');
  });

  it('zet een ondertitel op de titelpagina alleen met wat die toevoegt aan titel, gemeente en periode', async () => {
    const model = (titel: string, ondertitel: string, periode = '2027-2030', gemeente = 'Gemeente Dijkstede') => ({ titel, ondertitel, periode, gemeente });
    expect(ondertitelOpTitelpagina(model('Integraal Veiligheidsplan', 'Integraal Veiligheidsplan 2027-2030'))).toBe('');
    expect(ondertitelOpTitelpagina(model('Startnotitie integrale veiligheid', 'Startnotitie Integraal Veiligheidsplan 2027-2030'))).toBe('');
    expect(ondertitelOpTitelpagina(model('Veiligheidsanalyse', 'Veiligheidsanalyserapportage 2027-2030'))).toBe('');
    expect(ondertitelOpTitelpagina(model('Uitvoeringsplan integrale veiligheid 2027', 'Uitvoeringsplan 2027 bij het Integraal Veiligheidsplan 2027-2030'))).toBe(
      'Bij het Integraal Veiligheidsplan',
    );
    expect(ondertitelOpTitelpagina(model('Veilig stationsgebied Dijkstede 2027-2028', 'Projectplan Veilig stationsgebied Dijkstede 2027-2028', '2027-2028'))).toBe('Projectplan');
    expect(ondertitelOpTitelpagina(model('Integraal Veiligheidsplan', 'Integraal Veiligheidsplan 2027-2030 (gezamenlijk met Aadorp en Beekstad)'))).toBe(
      'Gezamenlijk met Aadorp en Beekstad',
    );
    expect(ondertitelOpTitelpagina(model('Integraal Veiligheidsplan', 'Gezamenlijk Integraal Veiligheidsplan 2027-2030'))).toBe('Gezamenlijk');
    expect(ondertitelOpTitelpagina(model('Integraal Veiligheidsplan', ''))).toBe('');

    // On the cover: the subtitle once, and the period not again when the subtitle or title holds it.
    const doc = { ...voorbeeld(), titel: 'Veilig stationsgebied 2027-2028', ondertitel: 'Projectplan Veilig stationsgebied 2027-2028', periode: '2027-2028' };
    const xml = await deel(await pakUit(await naarDocx(doc)), 'word/document.xml');
    const einde = xml.indexOf('<w:br w:type="page"/>');
    const titelpagina = alineas(xml.slice(0, xml.indexOf('</w:p>', einde) + '</w:p>'.length));
    expect(titelpagina.map((p) => [p.stijl, p.tekst])).toEqual([
      [null, 'Gemeente Zuidhaven'],
      ['Title', 'Veilig stationsgebied 2027-2028'],
      ['Subtitle', 'Projectplan'],
      [null, 'Concept, versie 2'],
    ]);
  });

  it('heeft een inhoudsopgave als veld voor kopniveau 1-3, die Word bijwerkt bij openen', async () => {
    const zip = await pakUit(await naarDocx(voorbeeld()));
    const xml = await deel(zip, 'word/document.xml');
    expect(alineas(xml)).toContainEqual(expect.objectContaining({ stijl: 'TOCHeading', tekst: 'Inhoud' }));
    expect(xml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(await deel(zip, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('vult de inhoudsopgave met elke kop en een PAGEREF-veld met paginanummer naar een bladwijzer op die kop', async () => {
    for (const doc of [voorbeeld(), metMaatregelen()]) {
      const xml = await deel(await pakUit(await naarDocx(doc)), 'word/document.xml');
      const inhoud = /<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/.exec(xml)?.[1] ?? '';
      const regels = alineas(inhoud).filter((p) => /^TOC[1-3]$/.test(p.stijl ?? ''));
      const koppen = alineas(xml.slice(xml.indexOf('</w:sdtContent>'))).filter((p) => /^Heading[1-3]$/.test(p.stijl ?? ''));
      expect(koppen.length).toBeGreaterThan(0);
      expect(regels).toHaveLength(koppen.length);
      let vorige = 0;
      koppen.forEach((kop, i) => {
        const bladwijzer = /<w:bookmarkStart w:name="([^"]+)"/.exec(kop.xml)?.[1];
        expect(bladwijzer, `bladwijzer op "${kop.tekst}"`).toBeDefined();
        const regel = regels[i]!;
        expect(regel.stijl).toBe(`TOC${kop.stijl!.slice(-1)}`);
        // The entry: the heading's text, a tab, and a PAGEREF field to its bookmark holding the page number.
        const veld = new RegExp(`<w:instrText[^>]*>PAGEREF ${bladwijzer} \\\\h</w:instrText><w:fldChar w:fldCharType="separate"/>(?:</w:r><w:r>)?<w:t[^>]*>(\\d+)</w:t>`).exec(regel.xml);
        expect(veld, `PAGEREF naar ${bladwijzer} in "${regel.tekst}"`).not.toBeNull();
        const pagina = Number(veld![1]);
        expect(regel.tekst).toBe(`${kop.tekst}${pagina}`);
        // Cover and table of contents come first; the numbers go up with the headings.
        expect(pagina).toBeGreaterThanOrEqual(3);
        expect(pagina).toBeGreaterThanOrEqual(vorige);
        vorige = pagina;
      });
    }
  });

  it('zet een brede tabel (8 kolommen) met zijn koppen op liggende pagina’s en keert daarna terug naar staand', async () => {
    const xml = await deel(await pakUit(await naarDocx(metMaatregelen())), 'word/document.xml');
    const [smal, eerste, tweede] = tabellen(xml);
    expect(tabellen(xml)).toHaveLength(3);
    // The last occurrence: the heading itself rather than its entry in the table of contents.
    const plek = (tekst: string) => xml.lastIndexOf(tekst);
    expect(secties(xml).map((s) => s.liggend)).toEqual([false, true, false]);
    // The section after the wide tables is landscape; the narrow table, the cover and the last chapter are portrait.
    expect(liggendOp(xml, plek(eerste!))).toBe(true);
    expect(liggendOp(xml, plek(tweede!))).toBe(true);
    expect(liggendOp(xml, plek(smal!))).toBe(false);
    expect(liggendOp(xml, plek('Gemeente Zuidhaven'))).toBe(false);
    expect(liggendOp(xml, plek('5 Begroting'))).toBe(false);
    // The headings before a wide table, and those between the two, go landscape with it.
    for (const kop of ['3 Uitwerking prioriteiten', '3.1 Ondermijning', '3.2 Veilige wijken', 'Nog geen actiepunten.', 'Wijkaanpak']) {
      expect(liggendOp(xml, plek(kop)), kop).toBe(true);
    }
    const [staand, liggend] = secties(xml);
    expect(staand!.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(liggend!.xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Every section has the page numbers in its footer.
    for (const s of secties(xml).slice(1)) expect(s.xml).toMatch(/<w:footerReference w:type="default"/);
  });

  it('geeft de kolommen van een brede tabel breedtes naar hun inhoud, met herhalende kopregel en rijen die niet breken', async () => {
    const xml = await deel(await pakUit(await naarDocx(metMaatregelen())), 'word/document.xml');
    const [smal, breed] = tabellen(xml);
    const kolommen = (tbl: string) => [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const breedtes = kolommen(breed!);
    expect(breedtes).toHaveLength(8);
    // The columns fill the width of a landscape page (29.7 cm minus 2 x 2.5 cm), and Word keeps them (fixed layout).
    expect(breedtes.reduce((a, b) => a + b, 0)).toBe(16838 - 2 * 1418);
    expect(breed).toContain('<w:tblLayout w:type="fixed"/>');
    const [maatregel, indicator, , , partners, planning, budget, status] = breedtes as [number, number, number, number, number, number, number, number];
    for (const smalle of [planning, budget, status]) {
      for (const brede of [maatregel, indicator, partners]) expect(smalle).toBeLessThan(brede);
    }
    // The longest word of a column fits: 'Criminaliteitspreventie' (23 letters) needs more than 23 x 0.5 em of 10 pt.
    expect(partners).toBeGreaterThan(23 * 0.5 * 10 * 20);
    const [kop, ...rest] = rijen(breed!);
    expect(kop).toContain('<w:tblHeader/>');
    for (const r of [kop, ...rest]) expect(r).toContain('<w:cantSplit/>');
    // Text stays as it is, hyphens too, so that searching the document finds it.
    expect(breed).toContain('<w:t xml:space="preserve">Parkmanagement Haven-Oost, Centrum voor Criminaliteitspreventie en Veiligheid (CCV)</w:t>');
    expect(breed).toContain('<w:t xml:space="preserve">2027-K1 t/m 2027-K4</w:t>');
    // The narrow table stays on the portrait width.
    expect(kolommen(smal!).reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1418);
  });

  it('schrijft alinea’s, regeleinden, lijst en leeg blok, met accenten en euroteken intact', async () => {
    const xml = await deel(await pakUit(await naarDocx(voorbeeld())), 'word/document.xml');
    const ps = alineas(xml);
    const eerste = ps.find((p) => p.tekst.startsWith('De coördinatie ligt bij de gemeente.'));
    expect(eerste?.tekst).toBe('De coördinatie ligt bij de gemeente.Het budget is € 12.500 per jaar.');
    expect(eerste?.xml).toContain('<w:br/>');
    expect(ps).toContainEqual(expect.objectContaining({ tekst: 'Een tweede alinea.' }));
    const lijst = ps.filter((p) => p.xml.includes('<w:numPr>'));
    expect(lijst.map((p) => p.tekst)).toEqual(['Politie', 'Openbaar Ministerie', 'Veiligheidsregio']);
    const leeg = ps.find((p) => p.tekst.startsWith('Hier komt de rolverdeling'));
    expect(leeg?.xml).toContain('<w:i/>');
    expect(leeg?.xml).toMatch(/<w:color w:val="[0-9A-F]{6}"\/>/);
    expect(xml).toContain('€ 12.500');
  });

  it('definieert de kopstijlen, Nederlands als taal, metagegevens en paginanummers in de voettekst', async () => {
    const zip = await pakUit(await naarDocx(voorbeeld()));
    const styles = await deel(zip, 'word/styles.xml');
    for (const n of [1, 2, 3]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="Heading ${n}"/>`));
    }
    expect(styles).toContain('<w:lang w:val="nl-NL"/>');
    const kern = await deel(zip, 'docProps/core.xml');
    expect(kern).toContain('<dc:title>Integraal Veiligheidsplan</dc:title>');
    expect(kern).toContain('<dc:creator>Kernplan</dc:creator>');
    expect(kern).toContain('<dc:language>nl-NL</dc:language>');
    expect(kern).toMatch(/<dc:description>[^<]*Gemeente Zuidhaven[^<]*<\/dc:description>/);
    const voetteksten = await Promise.all(
      Object.keys(zip.files)
        .filter((pad) => /^word\/footer\d+\.xml$/.test(pad))
        .map((pad) => deel(zip, pad)),
    );
    const metNummers = voetteksten.find((v) => v.includes('>PAGE<'));
    expect(metNummers).toBeDefined();
    // The page count is written in (worked out with the table of contents); the page number is for Word to fill in.
    expect(alineas(metNummers ?? '')[0]?.tekst).toMatch(/^Pagina {2}van \d+$/);
    expect(metNummers).toContain('>NUMPAGES<');
  });

  it('crasht niet op lege teksten en lege tabellen', async () => {
    const leeg: DocumentModel = {
      soort: 'startnotitie',
      titel: '',
      ondertitel: '',
      gemeente: '',
      periode: '',
      status: '',
      blokken: [
        { soort: 'kop', niveau: 1, nummer: null, tekst: '' },
        { soort: 'kop', niveau: 2, nummer: '', tekst: '' },
        { soort: 'alinea', tekst: '' },
        { soort: 'alinea', tekst: '\n\n\n' },
        { soort: 'leeg', tekst: '' },
        { soort: 'lijst', items: [] },
        { soort: 'lijst', items: [''] },
        { soort: 'tabel', bijschrift: '', kolommen: [], rijen: [] },
        { soort: 'tabel', bijschrift: '', kolommen: ['', ''], rijen: [[''], []] },
        { soort: 'tabel', bijschrift: 'x & <y>', kolommen: [], rijen: [['a', 'b']] },
      ],
    };
    const zip = await pakUit(await naarDocx(leeg));
    const xml = await deel(zip, 'word/document.xml');
    // De lege tabel valt weg; de andere twee houden elke cel met (minstens) een lege alinea.
    const tbls = tabellen(xml);
    expect(tbls).toHaveLength(2);
    for (const tbl of tbls) {
      const cellen = [...tbl.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => c);
      expect(cellen.length).toBeGreaterThan(0);
      for (const c of cellen) expect(c).toMatch(/<w:p\/>|<w:p>/);
    }
    expect(xml).toContain('x &amp; &lt;y&gt;');
    // Een kop zonder nummer en tekst valt weg, in plaats van een lege kop te worden.
    expect(xml).not.toMatch(/w:val="Heading[12]"/);
  });

  describe('in LibreOffice', () => {
    const soffice = vindSoffice();
    if (!soffice && !process.env.CI) {
      console.warn('LibreOffice-test overgeslagen: geen soffice op PATH (apt-get install libreoffice-writer-nogui).');
    }

    it.skipIf(!soffice && !process.env.CI)('opent het bestand en zet het om naar PDF', { timeout: 150_000 }, async () => {
      if (!soffice) {
        throw new Error('LibreOffice (soffice) ontbreekt; .ci/run installeert het met apt-get install libreoffice-writer-nogui.');
      }
      const map = await mkdtemp(join(tmpdir(), 'kernplan-docx-'));
      try {
        const bestand = join(map, 'ivp.docx');
        await writeFile(bestand, await naarDocx(voorbeeld()));
        const begin = performance.now();
        await naarPdf(soffice, [bestand], map);
        console.info(`LibreOffice: .docx naar PDF in ${Math.round(performance.now() - begin)} ms`);
        const pdf = join(map, 'ivp.pdf');
        expect((await stat(pdf)).size).toBeGreaterThan(1000);
        expect((await readFile(pdf)).subarray(0, 4).toString('latin1')).toBe('%PDF');
      } finally {
        await rm(map, { recursive: true, force: true });
      }
    });
  });
});
