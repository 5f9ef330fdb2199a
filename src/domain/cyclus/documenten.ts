/**
 * Van de stand van de cyclus naar de vier documenten (startnotitie, veiligheidsanalyserapportage,
 * IVP, uitvoeringsplan), genummerd zoals de methode. Niets vertrouwelijks komt erin (secties,
 * maatregelen, indicatoren), ook niet als vermelding: voor de lezer van een document bestaat het niet.
 */
import { aspecten, strategischeThemas, themas, velden, vindThema } from '../kennisbank/kennisbank.ts';
import { vindMethode } from '../methoden/catalogus.ts';
import { bewijsNamen, bewijsVan } from '../methoden/bewijs.ts';
import type { DocumentModel, Blok } from './document.ts';
import { type Actiepunt, type Analyse, type Maatregel, maatregelStatusNamen, type Prioriteit, type Uitvoeringsplan } from './inhoud.ts';
import { ivpHoofdstukken, startnotitieOnderdelen, uitvoeringsplanHoofdstukken } from './methode.ts';
import { methodeChecklist, projectVragen, smartTekort } from './project.ts';
import type { CyclusStand } from './stand.ts';
import { type RijkeKnoop, rijkeBlokken, type Tekstdeel } from '../tekst/rijk.ts';
import { isVertrouwelijk, openbaarPlan, openbareStand } from './vertrouwelijk.ts';
import { afsprakenBlokken } from './afspraken.ts';
import { terugblikBlokken } from './opvolging.ts';
import { beleidsketen, type KetenPrioriteit } from './beleidsketen.ts';
import { formatGetal, formatProcentVerandering } from '../monitoring/getallen.ts';
import { eindstreefwaarde, type Streefcel, type Streefrij, streeftabel } from '../monitoring/indicatoren.ts';
import { bronNamen, eenheidNamen, type Indicator, isOverkoepelend } from '../monitoring/typen.ts';

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

const kop = (niveau: 1 | 2 | 3, nummer: string | null, tekst: string): Blok => ({ soort: 'kop', niveau, nummer, tekst });
const tekstOfLeeg = (tekst: string, leeg: string): Blok => (tekst.trim() ? { soort: 'alinea', tekst: tekst.trim() } : { soort: 'leeg', tekst: leeg });

const platDeel = (delen: Tekstdeel[]) => delen.map((d) => d.tekst).join('');

/** Rijke tekst als blokken van een document; koppen in de tekst komen onder het niveau `onder`. */
export function rijkAlsBlokken(doc: RijkeKnoop, onder: 1 | 2 | 3): Blok[] {
  return rijkeBlokken(doc).map((b): Blok => {
    if (b.soort === 'alinea') return { soort: 'alinea', tekst: platDeel(b.delen), delen: b.delen };
    if (b.soort === 'kop') return { soort: 'kop', niveau: Math.min(3, onder + b.niveau) as 1 | 2 | 3, nummer: null, tekst: platDeel(b.delen) };
    if (b.soort === 'lijst') return { soort: 'lijst', items: b.items.map((i) => platDeel(i.delen)), rijk: b.items };
    const rijen = b.rijen.map((r) => r.map(platDeel));
    return { soort: 'tabel', bijschrift: '', kolommen: b.kop ? (rijen[0] ?? []) : [], rijen: b.kop ? rijen.slice(1) : rijen };
  });
}

/**
 * Een tekst van het plan als blokken: het samen geschreven document met zijn opmaak als het er is,
 * anders de platte tekst van het veld; leeg: de aanwijzing.
 */
function tekst(stand: CyclusStand, sleutel: string, platte: string, leeg: string, onder: 1 | 2 | 3 = 1): Blok[] {
  const rijk = stand.rijkeTeksten?.[sleutel];
  if (rijk) {
    const blokken = rijkAlsBlokken(rijk, onder);
    return blokken.length > 0 ? blokken : [{ soort: 'leeg', tekst: leeg }];
  }
  return [tekstOfLeeg(platte, leeg)];
}

/** 'A', 'A en B', 'A, B en C'. */
export function opsomming(namen: string[]): string {
  return namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`;
}

export function periodeTekst(w: CyclusStand['werkruimte']): string {
  if (w.periodeStart && w.periodeEinde) return `${w.periodeStart}-${w.periodeEinde}`;
  return w.periodeStart ? `vanaf ${w.periodeStart}` : 'periode nog niet vastgelegd';
}

function basis(stand: CyclusStand, soort: DocumentModel['soort'], titel: string, ondertitel: string, status: string, blokken: Blok[]): DocumentModel {
  return { soort, titel, ondertitel, gemeente: `Gemeente ${stand.werkruimte.gemeentenaam}`, periode: periodeTekst(stand.werkruimte), status, blokken };
}

export function themaNaam(id: string): string {
  const t = vindThema(id);
  return t ? `${t.id} ${t.naam}` : id;
}

/**
 * Bij een gezamenlijk plan: de versie van één gemeente (haar naam op het titelblad, met wie het plan
 * samen is gemaakt), of het gezamenlijke document met alle gemeenten.
 */
function perGemeente(stand: CyclusStand, model: DocumentModel, gemeentecode: string | null): DocumentModel {
  const gemeenten = stand.werkruimte.gemeenten ?? [];
  if (gemeenten.length < 2) return model;
  const gemeente = gemeentecode ? gemeenten.find((g) => g.code === gemeentecode) : undefined;
  if (gemeente) return { ...model, gemeente: `Gemeente ${gemeente.naam}`, ondertitel: `${model.ondertitel} (gezamenlijk met ${opsomming(gemeenten.filter((g) => g !== gemeente).map((g) => g.naam))})` };
  return { ...model, gemeente: `Gemeenten ${opsomming(gemeenten.map((g) => g.naam))}`, ondertitel: `Gezamenlijk ${model.ondertitel}` };
}

/**
 * Een actiepunt hoort bij de versie van een gemeente als het gezamenlijk is, of van die gemeente:
 * zelf gemarkeerd of onder een lokale prioriteit van die gemeente.
 */
export function actiepuntVoorGemeente(a: Pick<Actiepunt, 'gemeentecode' | 'prioriteitId'>, prioriteiten: readonly Pick<Prioriteit, 'id' | 'gemeentecode'>[], gemeentecode: string | null): boolean {
  if (!gemeentecode) return true;
  const lokaal = a.gemeentecode ?? prioriteiten.find((p) => p.id === a.prioriteitId)?.gemeentecode ?? null;
  return !lokaal || lokaal === gemeentecode;
}

export function startnotitieDocument(stand: CyclusStand, status: string, gemeentecode: string | null = null): DocumentModel {
  const s = stand.startnotitie;
  const blokken: Blok[] = [];
  startnotitieOnderdelen.forEach((o, i) => {
    blokken.push(kop(1, String(i + 1), o.label));
    blokken.push(...tekst(stand, `startnotitie.${String(o.veld)}`, String(s[o.veld] ?? ''), 'Nog niet ingevuld.'));
  });
  const n = startnotitieOnderdelen.length;
  blokken.push(kop(1, String(n + 1), 'Werkgroep'));
  blokken.push(
    s.werkgroep.length > 0
      ? { soort: 'tabel', bijschrift: 'Leden van de werkgroep', kolommen: ['Naam', 'Organisatie', 'Rol'], rijen: s.werkgroep.map((w) => [w.naam, w.organisatie, w.rol]) }
      : { soort: 'leeg', tekst: 'Nog geen werkgroepleden.' },
  );
  blokken.push(kop(1, String(n + 2), "Thema's die zeker worden meegenomen"));
  blokken.push(s.zekereThemas.length > 0 ? { soort: 'lijst', items: s.zekereThemas.map(themaNaam) } : { soort: 'leeg', tekst: "Nog geen thema's gekozen." });
  return perGemeente(stand, basis(stand, 'startnotitie', 'Startnotitie integrale veiligheid', `Startnotitie Integraal Veiligheidsplan ${periodeTekst(stand.werkruimte)}`, status, blokken), gemeentecode);
}

function cijferTabel(titel: string, a: Analyse): Blok[] {
  if (a.cijfers.length === 0) return [];
  return [
    {
      soort: 'tabel',
      bijschrift: `Cijfers bij ${titel}`,
      kolommen: ['Omschrijving', 'Waarde', 'Eenheid', 'Periode', 'Bron'],
      rijen: a.cijfers.map((c) => [c.omschrijving, getal.format(c.waarde), c.eenheid, c.periode, c.bron]),
    },
  ];
}

function maatregelLijst(a: Analyse): Blok[] {
  if (a.maatregelen.length === 0) return [];
  return [
    {
      soort: 'lijst',
      items: a.maatregelen.map((m) => {
        const methode = m.methodeId ? vindMethode(m.methodeId) : undefined;
        return methode && methode.naam !== m.naam ? `${m.naam} (methode: ${methode.naam})` : m.naam;
      }),
    },
  ];
}

export function analyseDocument(stand: CyclusStand, status: string): DocumentModel {
  const sectie = new Map(stand.secties.map((s) => [s.sleutel, s]));
  const blokken: Blok[] = [];
  // A confidential section does not exist in a document: its theme reads like any theme without analysis.
  const zichtbaar = (sleutel: string) => {
    const s = sectie.get(sleutel);
    return s?.vertrouwelijk ? undefined : s;
  };
  for (const v of velden) {
    blokken.push(kop(1, String(v.nummer), v.naam));
    const conclusie = zichtbaar(`veld-${v.nummer}`);
    for (const t of themas.filter((x) => x.veld === v.nummer)) {
      blokken.push(kop(2, t.id, t.naam));
      const s = zichtbaar(`thema-${t.id}`);
      if (!s) {
        blokken.push({ soort: 'leeg', tekst: 'Niet geanalyseerd.' });
        continue;
      }
      if (v.nummer === 1) {
        blokken.push(...tekst(stand, `sectie.${s.sleutel}`, s.tekst, 'Problematiek nog niet beschreven.', 2), ...cijferTabel(t.naam, s.analyse));
        continue;
      }
      blokken.push(kop(3, null, 'Problematiek'), ...tekst(stand, `sectie.${s.sleutel}`, s.tekst, 'Nog niet beschreven.', 3), ...cijferTabel(t.naam, s.analyse));
      blokken.push(kop(3, null, 'Huidige aanpak'), ...tekst(stand, `sectie.${s.sleutel}.huidigeAanpak`, s.analyse.huidigeAanpak, 'Nog niet beschreven.', 3), ...maatregelLijst(s.analyse));
      blokken.push(kop(3, null, 'Mogelijke versterking'), ...tekst(stand, `sectie.${s.sleutel}.extra`, s.analyse.extra, 'Nog niet beschreven.', 3));
    }
    if (v.nummer === 1) {
      blokken.push(kop(2, '1.5', 'Aanpak per aspect'));
      for (const a of aspecten) {
        blokken.push(kop(3, `1.5.${a.id}`, a.naam));
        const s = zichtbaar(`aspect-${a.id}`);
        if (!s) {
          blokken.push({ soort: 'leeg', tekst: 'Niet beschreven.' });
          continue;
        }
        blokken.push(...tekst(stand, `sectie.${s.sleutel}`, s.tekst, 'Huidige aanpak nog niet beschreven.', 3), ...maatregelLijst(s.analyse));
        if (s.analyse.extra.trim()) blokken.push({ soort: 'alinea', tekst: `Mogelijke versterking: ${s.analyse.extra.trim()}` });
      }
    }
    const nummer = v.nummer === 1 ? '1.6' : `${v.nummer}.${themas.filter((x) => x.veld === v.nummer).length + 1}`;
    blokken.push(kop(2, nummer, 'Conclusie'));
    blokken.push(...(conclusie ? tekst(stand, `sectie.${conclusie.sleutel}`, conclusie.tekst, 'Nog geen conclusie.', 2) : [tekstOfLeeg('', 'Nog geen conclusie.')]));
    if (conclusie && conclusie.analyse.plausibeleThemas.length > 0) {
      blokken.push({ soort: 'alinea', tekst: "Thema's die als prioriteit in aanmerking komen:" }, { soort: 'lijst', items: conclusie.analyse.plausibeleThemas.map(themaNaam) });
    }
  }
  // The successor of an earlier plan looks back on it first (the method's look-back replaces a separate evaluation).
  if (stand.terugblik) blokken.unshift(...terugblikBlokken(stand.terugblik));
  // A joint IVP: the local picture of each municipality (the method: steps 2 and 3 mostly locally).
  const gemeenten = stand.werkruimte.gemeenten ?? [];
  if (gemeenten.length > 1) {
    blokken.push(kop(1, String(velden.length + 1), 'Lokaal beeld per gemeente'));
    gemeenten.forEach((g, i) => {
      blokken.push(kop(2, `${velden.length + 1}.${i + 1}`, g.naam));
      const s = zichtbaar(`lokaal-${g.code}`);
      if (!s) blokken.push({ soort: 'leeg', tekst: 'Nog niet beschreven.' });
      else blokken.push(...tekst(stand, `sectie.${s.sleutel}`, s.tekst, 'Nog niet beschreven.', 2), ...cijferTabel(`het lokale beeld van ${g.naam}`, s.analyse));
    });
  }
  return basis(stand, 'veiligheidsanalyse', 'Veiligheidsanalyse', `Veiligheidsanalyserapportage ${periodeTekst(stand.werkruimte)}`, status, blokken);
}

/**
 * De streeftabel (zoals de bijlage 'Doelstellingen' van een beleidsplan): per indicator de referentie,
 * de streefwaarde per jaar, de eindstreefwaarde en de mutatie. Eén vorm voor de losse streeftabel
 * (monitoring) en de bijlage van het IVP. `hoortBij` zet er een kolom bij: waar de indicator bij hoort.
 * Elk vak staat in de vorm van het plan ('afname', '−2 % t.o.v. vorig jaar (403,8)', 'niet boven 5',
 * 'minimaal 80 %', een reeks elk jaar met haar waarde); de eenheid staat bij de naam, met de noemer.
 */
export function streeftabelBlokken(indicatoren: Indicator[], hoortBij?: (i: Indicator) => string): Blok[] {
  const t = streeftabel(indicatoren);
  const rijen = t.rijen.map((r, n) => [
    `${r.naam} (${r.eenheidTekst})`,
    ...(hoortBij ? [hoortBij(indicatoren[n]!)] : []),
    r.referentiejaar === null ? '–' : String(r.referentiejaar),
    r.referentiewaarde === null ? '–' : formatGetal(r.referentiewaarde, r.eenheid),
    ...t.jaren.map((j) => streefvakTekst(r.cellen[j] ?? null)),
    r.eindtekst ?? '–',
    r.mutatieProcent === null ? '–' : formatProcentVerandering(r.mutatieProcent),
  ]);
  // The explanation is in the caption: a wide table stands on a landscape page with its caption (and
  // the headings right before it), so nothing of it is left alone on a portrait page.
  return [
    {
      soort: 'tabel',
      bijschrift: `Streefwaarden per indicator. Mutatie: de eindstreefwaarde tegenover de referentiewaarde, in procenten met één decimaal.${streefvormUitleg(t.rijen)}`,
      kolommen: ['Indicator', ...(hoortBij ? ['Hoort bij'] : []), 'Referentiejaar', 'Referentiewaarde', ...t.jaren.map(String), 'Eindstreefwaarde', 'Mutatie'],
      rijen,
    },
  ];
}

/** Eén vak van de streeftabel als tekst: de vorm van het plan, bij relatief met het niveau tussen haakjes; leeg zonder streefwaarde. */
export function streefvakTekst(c: Streefcel | null): string {
  if (!c) return '';
  return c.niveau !== null ? `${c.tekst} (${c.niveau})` : c.tekst;
}

/**
 * De streefwaarden van één rij van de streeftabel als lijst, in de vorm van het plan, zoals de tabel
 * bij een doel (hoofdstuk 2 en 4 van het IVP) ze noemt: ['2028: 380', '2030: afname (eindstreefwaarde)'].
 * Leeg zonder streefwaarde.
 */
export function streefwaardenLijst(r: Streefrij, jaren: readonly number[]): string[] {
  return jaren.flatMap((j) => {
    const c = r.cellen[j];
    if (!c) return [];
    return j === r.eindjaar ? [`${j}: ${r.eindtekst ?? streefvakTekst(c)} (eindstreefwaarde)`] : [`${j}: ${streefvakTekst(c)}`];
  });
}

/** Wat het bijschrift over de vormen in de tabel zegt; leeg als er alleen gewone getallen staan. */
function streefvormUitleg(rijen: Streefrij[]): string {
  const soorten = new Set(rijen.flatMap((r) => Object.values(r.cellen).flatMap((c) => (c ? [c.soort] : []))));
  const delen: string[] = [];
  if (soorten.has('relatief')) delen.push(' Bij een relatieve streefwaarde staat tussen haakjes het niveau dat eruit volgt.');
  if (soorten.has('kwalitatief')) delen.push(' Een kwalitatieve streefwaarde (afname, stabiel, toename) wordt aan de trend van de metingen beoordeeld en heeft geen mutatie.');
  return delen.join('');
}

const aardNamen = { objectief: 'Objectief', subjectief: 'Subjectief' } as const;

/**
 * De effectindicatoren bij een doel als tabel: naam, bron, objectief of subjectief, de referentie
 * (jaar: waarde) en de streefwaarden per jaar, de laatste als eindstreefwaarde. Metingen staan er niet
 * in: het IVP legt de doelen vast, de rapportages de voortgang.
 */
function indicatorDoelTabel(bijschrift: string, indicatoren: Indicator[]): Blok {
  const t = streeftabel(indicatoren);
  return {
    soort: 'tabel',
    bijschrift,
    kolommen: ['Indicator', 'Bron', 'Objectief of subjectief', 'Referentie', 'Streefwaarden'],
    rijen: t.rijen.map((r, n) => {
      const i = indicatoren[n]!;
      // In the plan's form ('afname', '−2 % t.o.v. vorig jaar (403,8)', 'niet boven 5'), like the annex.
      const streef = streefwaardenLijst(r, t.jaren);
      return [
        `${i.naam} (${r.eenheidTekst ?? eenheidNamen[i.eenheid]})`,
        i.bronToelichting.trim() ? `${bronNamen[i.bron]}: ${i.bronToelichting.trim()}` : bronNamen[i.bron],
        aardNamen[i.aard],
        r.referentiejaar !== null && r.referentiewaarde !== null ? `${r.referentiejaar}: ${formatGetal(r.referentiewaarde, r.eenheid)}` : 'Nog geen nulmeting',
        streef.length > 0 ? streef.join('; ') : 'Nog geen streefwaarde',
      ];
    }),
  };
}

/**
 * Het IVP. Bij een gezamenlijk IVP zonder `gemeentecode`: het gezamenlijke document met alle
 * prioriteiten (lokale gemarkeerd); met `gemeentecode`: de versie die de raad van die gemeente
 * vaststelt, met de gezamenlijke en alleen haar eigen lokale prioriteiten.
 */
export function ivpDocument(stand: CyclusStand, status: string, gemeentecode: string | null = null): DocumentModel {
  const { ivp } = stand;
  const gemeenten = stand.werkruimte.gemeenten ?? [];
  const gezamenlijk = gemeenten.length > 1;
  const gemeente = gemeentecode ? gemeenten.find((g) => g.code === gemeentecode) : undefined;
  const naamVan = (code: string) => gemeenten.find((g) => g.code === code)?.naam ?? code;
  const prioriteiten = stand.prioriteiten.filter((p) => !gemeente || !p.gemeentecode || p.gemeentecode === gemeente.code);
  const h = (n: number) => ivpHoofdstukken.find((x) => x.nummer === n)!;
  const blokken: Blok[] = [];
  const strategisch = (hoofdstuk: 2 | 3): Blok[] =>
    strategischeThemas.flatMap((s) => {
      const plek = ivp.strategischeThemas[s.id];
      if (plek?.hoofdstuk !== hoofdstuk) return [];
      return [kop(2, null, s.naam), ...tekst(stand, `ivp.strategischeThemas.${s.id}.tekst`, plek.tekst, 'Nog niet uitgewerkt.', 2)];
    });

  const veld = (naam: string, platte: string, leeg = 'Nog niet ingevuld.') => tekst(stand, `ivp.${naam}`, platte, leeg);
  // A document never holds a confidential indicator (openbareStand already leaves them out).
  const indicatoren = (stand.indicatoren ?? []).filter((i) => !isVertrouwelijk(i));
  const overkoepelend = indicatoren.filter(isOverkoepelend);
  const vanPrioriteit = (id: string) => indicatoren.filter((i) => i.prioriteitId === id);
  blokken.push(kop(1, '1', h(1).titel), ...veld('uitgangssituatie', ivp.uitgangssituatie));
  blokken.push(kop(1, '2', h(2).titel), ...veld('strategischeDoelstelling', ivp.strategischeDoelstelling));
  if (overkoepelend.length > 0) {
    blokken.push(
      { soort: 'alinea', tekst: 'De strategische doelstelling wordt gemeten met deze overkoepelende effectindicatoren.' },
      indicatorDoelTabel('Overkoepelende effectindicatoren', overkoepelend),
    );
  }
  blokken.push(...strategisch(2));
  blokken.push(kop(1, '3', h(3).titel), ...veld('strategischeUitgangspunten', ivp.strategischeUitgangspunten), ...strategisch(3));
  blokken.push(kop(1, '4', h(4).titel));
  if (gezamenlijk) {
    blokken.push({
      soort: 'alinea',
      tekst: `Dit is een gezamenlijk IVP van ${opsomming(gemeenten.map((g) => g.naam))}. Naast de gezamenlijke prioriteiten heeft een gemeente soms een eigen, lokale prioriteit.`,
    });
  }
  if (prioriteiten.length === 0) blokken.push({ soort: 'leeg', tekst: 'Er zijn nog geen prioriteiten gekozen.' });
  prioriteiten.forEach((p, i) => {
    const u = ivp.prioriteiten[p.id] ?? { waarom: '', hoofdlijnen: '', flankerendBeleid: '', doel: '' };
    blokken.push(kop(2, `4.${i + 1}`, p.gemeentecode && gezamenlijk ? `${p.titel} (alleen ${naamVan(p.gemeentecode)})` : p.titel));
    blokken.push({ soort: 'alinea', tekst: `Thema's: ${p.themaIds.map(themaNaam).join('; ')}.` });
    const pv = (naam: keyof typeof u, leeg: string) => tekst(stand, `ivp.prioriteiten.${p.id}.${naam}`, u[naam], leeg, 3);
    blokken.push(kop(3, null, 'Waarom een prioriteit'), ...pv('waarom', 'Nog niet ingevuld.'));
    blokken.push(kop(3, null, 'Doel'), ...pv('doel', 'Nog geen doel.'));
    blokken.push(kop(3, null, 'Effectindicatoren en streefwaarden'));
    const eigen = vanPrioriteit(p.id);
    if (eigen.length > 0) blokken.push(indicatorDoelTabel(`Effectindicatoren: ${p.titel}`, eigen));
    const reden = stand.uitzonderingen?.[p.id]?.reden.trim();
    if (!eigen.some((i) => eindstreefwaarde(i) !== null)) {
      blokken.push(
        reden
          ? { soort: 'alinea', tekst: `Voor deze prioriteit is (nog) geen effectindicator met streefwaarde vastgelegd. Reden: ${reden}` }
          : { soort: 'leeg', tekst: eigen.length > 0 ? 'Nog geen streefwaarde.' : 'Nog geen effectindicatoren.' },
      );
    }
    blokken.push(kop(3, null, 'Hoofdlijnen van de aanpak'), ...pv('hoofdlijnen', 'Nog niet ingevuld.'));
    blokken.push(kop(3, null, 'Flankerend beleid'), ...pv('flankerendBeleid', 'Nog niet ingevuld.'));
  });
  blokken.push(kop(1, '5', h(5).titel), ...veld('overigeThemas', ivp.overigeThemas));
  stand.overigeGroepen.forEach((g, i) => {
    blokken.push(kop(2, `5.${i + 1}`, g.naam), { soort: 'lijst', items: g.themaIds.map(themaNaam) });
  });
  blokken.push(kop(1, '6', h(6).titel), ...veld('coordinatie', ivp.coordinatie));
  blokken.push(kop(1, '7', h(7).titel), ...veld('begroting', ivp.begroting));

  // Annexes, numbered in this order ('Bijlage 1', 'Bijlage 2', ...): the targets, then the record of
  // the prioritisation rounds (issue 15, point 1) when there was one, then the policy chain per
  // priority (issue 19) when there are priorities.
  const bijlagen: { titel: string; blokken: Blok[] }[] = [];
  const inDocument = new Set(prioriteiten.map((p) => p.id));
  const volgorde = (i: Indicator) => (isOverkoepelend(i) ? -1 : i.prioriteitId ? prioriteiten.findIndex((p) => p.id === i.prioriteitId) : prioriteiten.length);
  const metStreefwaarden = indicatoren
    .filter((i) => isOverkoepelend(i) || i.prioriteitId === null || inDocument.has(i.prioriteitId))
    .map((i, n) => ({ i, n }))
    .sort((a, b) => volgorde(a.i) - volgorde(b.i) || a.n - b.n)
    .map((x) => x.i);
  const hoortBij = (i: Indicator) =>
    isOverkoepelend(i) ? 'Strategische doelstelling' : i.prioriteitId ? (prioriteiten.find((p) => p.id === i.prioriteitId)?.titel ?? '') : i.themaId ? themaNaam(i.themaId) : 'Overig';
  bijlagen.push({
    titel: 'Streefwaarden',
    blokken:
      metStreefwaarden.length > 0
        ? streeftabelBlokken(metStreefwaarden, hoortBij)
        : [{ soort: 'leeg', tekst: 'Er zijn nog geen effectindicatoren.' }],
  });
  if (stand.rondeVerslagen?.length) {
    bijlagen.push({
      titel: 'Verslag van de prioritering',
      blokken: [
        {
          soort: 'alinea',
          tekst: 'Zo kwamen de prioriteiten tot stand: per prioriteringsronde wie meedeed, de uitslag en de argumenten die de deelnemers gaven.',
        },
        ...stand.rondeVerslagen,
      ],
    });
  }
  if (prioriteiten.length > 0) bijlagen.push({ titel: 'Beleidsketen per prioriteit', blokken: ketenBijlage(stand, new Set(prioriteiten.map((p) => p.id))) });
  bijlagen.forEach((b, n) => blokken.push(kop(1, `Bijlage ${n + 1}`, b.titel), ...b.blokken));

  const model = basis(stand, 'ivp', 'Integraal Veiligheidsplan', `Integraal Veiligheidsplan ${periodeTekst(stand.werkruimte)}`, status, blokken);
  return perGemeente(stand, model, gemeente?.code ?? null);
}

const aantalVan = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** Hiaten die in het IVP zelf liggen: probleem, doel en meetbaarheid. Over maatregelen gaat het uitvoeringsplan. */
function ivpHiatenTekst(p: KetenPrioriteit): string {
  const zinnen: string[] = [];
  for (const h of p.hiaten) {
    if (h.soort === 'probleem-zonder-analyse') zinnen.push(`Thema ${themaNaam(h.themaId ?? '')} is nog niet geanalyseerd.`);
    if (h.soort === 'probleem-zonder-doel' || h.soort === 'doel-niet-meetbaar') zinnen.push(h.tekst);
  }
  return zinnen.length > 0 ? zinnen.join(' ') : 'Geen.';
}

/**
 * De bijlage 'Beleidsketen per prioriteit' van het IVP: per prioriteit het probleem (de thema's van de
 * analyse), het doel, de effectindicatoren en de hiaten in die schakels; daarna per indicator de
 * referentie en de eindstreefwaarde. Zonder maatregelen: die staan in de uitvoeringsplannen (met hun
 * eigen bijlage Beleidsketen), en een vastgesteld IVP mag niet veranderen doordat er een jaarplan bijkomt.
 */
function ketenBijlage(stand: CyclusStand, inDocument: ReadonlySet<string>): Blok[] {
  const keten = beleidsketen(openbareStand(stand)).prioriteiten.filter((p) => inDocument.has(p.id));
  const rijen = keten.map((p) => {
    const problemen = p.themaIds.map((t) => `${themaNaam(t)}${p.hiaten.some((h) => h.soort === 'probleem-zonder-analyse' && h.themaId === t) ? ' (nog niet geanalyseerd)' : ''}`);
    const meetbaar = p.indicatoren.filter((i) => i.streefwaarde !== null).length;
    return [
      p.titel,
      problemen.join('; '),
      p.doel || 'Nog geen doel.',
      p.indicatoren.length > 0 ? `${p.indicatoren.length}, waarvan ${meetbaar} met streefwaarde` : 'Nog geen effectindicatoren.',
      ivpHiatenTekst(p),
    ];
  });
  const indicatorRijen = keten.flatMap((p) =>
    p.indicatoren.map((i) => [
      i.naam,
      p.titel,
      i.referentiejaar !== null && i.referentiewaarde !== null ? `${formatGetal(i.referentiewaarde, i.eenheid)} (${i.referentiejaar})` : 'Nog geen nulmeting',
      i.streefwaarde ? `${i.streeftekst ?? formatGetal(i.streefwaarde.waarde, i.eenheid)} (${i.streefwaarde.jaar})` : 'Nog geen streefwaarde',
    ]),
  );
  return [
    {
      soort: 'alinea',
      tekst:
        'Per prioriteit de keten van probleem naar effect: het probleem uit de veiligheidsanalyse, het doel en de effectindicatoren die laten zien of het doel wordt gehaald. De maatregelen en de output volgen in de uitvoeringsplannen, die elk een eigen bijlage Beleidsketen hebben. Een hiaat is een schakel die (nog) ontbreekt.',
    },
    {
      soort: 'tabel',
      bijschrift: 'Beleidsketen per prioriteit',
      kolommen: ['Prioriteit', 'Probleem', 'Doel', 'Effectindicatoren', 'Hiaten'],
      rijen,
    },
    ...(indicatorRijen.length > 0
      ? [
          {
            soort: 'tabel' as const,
            // 'Effectindicatoren: ' at the start: an indicator that becomes confidential leaves a frozen copy too (cyclus/stand.ts).
            bijschrift: 'Effectindicatoren: van referentie naar streefwaarde in de beleidsketen',
            kolommen: ['Indicator', 'Prioriteit', 'Referentie', 'Eindstreefwaarde'],
            rijen: indicatorRijen,
          },
        ]
      : []),
  ];
}

/**
 * De bijlage 'Beleidsketen' van een uitvoeringsplan: per prioriteit de maatregelen van dit jaar met het
 * probleem dat ze aanpakken, de effectindicatoren die ze moeten bewegen, hun onderbouwing en de output;
 * en per prioriteit wat in de keten ontbreekt. Alleen wat openbaar is (de stand is al openbaar gemaakt).
 */
function uitvoeringsplanKetenBijlage(stand: CyclusStand, jaar: number): Blok[] {
  const keten = beleidsketen(openbareStand(stand)).prioriteiten;
  const rijen: string[][] = [];
  const hiaten: string[] = [];
  for (const p of keten) {
    const maatregelen = p.maatregelen.filter((m) => m.jaar === jaar);
    const indicator = new Map(p.indicatoren.map((i) => [i.id, i.naam]));
    const probleem = new Map(p.problemen.map((x) => [x.sleutel, x.titel]));
    for (const m of maatregelen) {
      const bewijs = m.methodeId ? bewijsVan(m.methodeId) : null;
      const onderbouwing = [m.methodeNaam ? `${m.methodeNaam}${bewijs ? ` (${bewijsNamen[bewijs.niveau].toLowerCase()})` : ''}` : '', m.onderbouwing.trim()].filter(Boolean).join('. ');
      const gepland = m.output.gepland === null ? '' : `gepland ${formatGetal(m.output.gepland)}`;
      rijen.push([
        p.titel,
        m.naam,
        m.probleemSleutels.flatMap((k) => (probleem.has(k) ? [probleem.get(k)!] : [])).join('; ') || 'Geen probleem genoemd.',
        m.indicatorIds.flatMap((id) => (indicator.has(id) ? [indicator.get(id)!] : [])).join('; ') || 'Geen effectindicator.',
        onderbouwing || 'Geen onderbouwing.',
        [m.output.prestatieIndicator.trim(), gepland].filter(Boolean).join(': ') || 'Geen prestatie-indicator.',
      ]);
    }
    if (maatregelen.length === 0) {
      hiaten.push(`${p.titel}: geen maatregelen in dit uitvoeringsplan.`);
      continue;
    }
    const perMaatregel = p.hiaten.filter((h) => h.jaar === jaar && h.soort.startsWith('maatregel-')).map((h) => h.tekst);
    const onbewogen = p.indicatoren.filter((i) => !maatregelen.some((m) => m.indicatorIds.includes(i.id)));
    const zinnen = [...perMaatregel, ...(onbewogen.length > 0 ? [`${aantalVan(onbewogen.length, 'effectindicator wordt', 'effectindicatoren worden')} dit jaar door geen maatregel bewogen: ${onbewogen.map((i) => i.naam).join('; ')}.`] : [])];
    if (zinnen.length > 0) hiaten.push(`${p.titel}: ${zinnen.join(' ')}`);
  }
  return [
    {
      soort: 'alinea',
      tekst: 'Per prioriteit: welk probleem uit de analyse elke maatregel aanpakt, welke effectindicatoren uit het IVP hij moet bewegen, waarop hij rust (een methode uit de catalogus met haar bewijskracht, of een andere onderbouwing) en welke output is gepland. Daarna de schakels die (nog) ontbreken.',
    },
    rijen.length > 0
      ? { soort: 'tabel', bijschrift: `Beleidsketen ${jaar}`, kolommen: ['Prioriteit', 'Maatregel', 'Pakt aan', 'Moet bewegen', 'Onderbouwing', 'Output'], rijen }
      : { soort: 'leeg', tekst: 'Dit uitvoeringsplan heeft nog geen maatregelen bij de prioriteiten.' },
    kop(2, null, 'Hiaten in de keten'),
    hiaten.length > 0 ? { soort: 'lijst', items: hiaten } : { soort: 'alinea', tekst: 'Geen: elke maatregel noemt wat hij aanpakt, wat hij moet bewegen en waarop hij rust, en elke effectindicator wordt door een maatregel bewogen.' },
  ];
}

function maatregelTabel(titel: string, maatregelen: Maatregel[]): Blok {
  return {
    soort: 'tabel',
    bijschrift: `Maatregelen: ${titel}`,
    kolommen: ['Maatregel', 'Prestatie-indicator', 'Bestuurlijk trekker', 'Ambtelijk trekker', 'Partners', 'Planning', 'Budget', 'Status'],
    rijen: maatregelen.map((m) => [
      m.naam,
      m.prestatieIndicator,
      m.bestuurlijkTrekker,
      m.ambtelijkTrekker,
      m.partners,
      m.startKwartaal && m.eindKwartaal ? (m.startKwartaal === m.eindKwartaal ? m.startKwartaal : `${m.startKwartaal} t/m ${m.eindKwartaal}`) : 'Niet gepland',
      m.budget === null ? 'Binnen bestaand budget' : euro.format(m.budget),
      maatregelStatusNamen[m.status],
    ]),
  };
}

export function uitvoeringsplanDocument(volle: CyclusStand, volledig: Uitvoeringsplan, status: string, gemeentecode: string | null = null): DocumentModel {
  // Confidential measures never go into a document (nor an action point that has only those).
  const openbaar = openbaarPlan(volledig);
  // A municipality's version of a joint plan: the shared part and its own local part.
  const plan = { ...openbaar, actiepunten: openbaar.actiepunten.filter((a) => actiepuntVoorGemeente(a, volle.prioriteiten, gemeentecode)) };
  const stand = gemeentecode ? { ...volle, prioriteiten: volle.prioriteiten.filter((p) => !p.gemeentecode || p.gemeentecode === gemeentecode) } : volle;
  const lokaalVan = (a: Actiepunt) => (gemeentecode || (volle.werkruimte.gemeenten ?? []).length < 2 ? null : (a.gemeentecode ?? null));
  const naamVan = (code: string) => (volle.werkruimte.gemeenten ?? []).find((g) => g.code === code)?.naam ?? code;
  const h = (n: number) => uitvoeringsplanHoofdstukken.find((x) => x.nummer === n)!;
  const blokken: Blok[] = [];
  const veld = (naam: 'hoofdlijn' | 'terugblik' | 'begroting', leeg: string) => tekst(stand, `uitvoeringsplan-${plan.jaar}.${naam}`, plan[naam], leeg);
  blokken.push(kop(1, '1', h(1).titel), ...veld('hoofdlijn', 'Nog niet ingevuld.'));
  blokken.push(kop(1, '2', h(2).titel), ...veld('terugblik', 'Dit is het eerste uitvoeringsplan; er is nog geen terugblik.'));
  blokken.push(kop(1, '3', h(3).titel));
  stand.prioriteiten.forEach((p, i) => {
    blokken.push(kop(2, `3.${i + 1}`, p.titel));
    const items = plan.actiepunten.filter((a) => a.prioriteitId === p.id);
    if (items.length === 0) blokken.push({ soort: 'leeg', tekst: 'Nog geen actiepunten.' });
    for (const a of items) {
      const lokaal = lokaalVan(a);
      blokken.push(kop(3, null, lokaal ? `${a.titel} (alleen ${naamVan(lokaal)})` : a.titel), maatregelTabel(a.titel, a.maatregelen));
    }
  });
  blokken.push(kop(1, '4', h(4).titel));
  const overig = plan.actiepunten.filter((a) => a.prioriteitId === null || !stand.prioriteiten.some((p) => p.id === a.prioriteitId));
  if (overig.length === 0) blokken.push({ soort: 'leeg', tekst: 'Nog geen actiepunten.' });
  for (const a of overig) {
    blokken.push(kop(2, null, a.themaId ? `${a.titel} (${themaNaam(a.themaId)})` : a.titel), maatregelTabel(a.titel, a.maatregelen));
  }
  blokken.push(kop(1, '5', h(5).titel), ...veld('begroting', 'Nog niet ingevuld.'));
  const totaal = plan.actiepunten.flatMap((a) => a.maatregelen).reduce((s, m) => s + (m.budget ?? 0), 0);
  if (totaal > 0) blokken.push({ soort: 'alinea', tekst: `Totaal van de begrote maatregelen: ${euro.format(totaal)}.` });
  // Annexes, numbered in this order: the policy chain of this year's measures, the agreements with partners.
  const bijlage = (titel: string) => kop(1, `Bijlage ${blokken.filter((b) => b.soort === 'kop' && b.niveau === 1 && b.nummer?.startsWith('Bijlage')).length + 1}`, titel);
  if (stand.prioriteiten.length > 0) blokken.push(bijlage(`Beleidsketen ${plan.jaar}`), ...uitvoeringsplanKetenBijlage(stand, plan.jaar));
  if (stand.afspraken) {
    // afsprakenBlokken starts with level-2 headings; in the plan they sit under an annex of their own.
    blokken.push(bijlage('Afspraken met partners en capaciteit'), ...afsprakenBlokken(stand.afspraken.afspraken, stand.afspraken.keuzes, { prioriteiten: stand.prioriteiten, uitvoeringsplannen: stand.uitvoeringsplannen }, false));
  }
  return perGemeente(stand, basis(stand, 'uitvoeringsplan', `Uitvoeringsplan integrale veiligheid ${plan.jaar}`, `Uitvoeringsplan ${plan.jaar} bij het Integraal Veiligheidsplan ${periodeTekst(stand.werkruimte)}`, status, blokken), gemeentecode);
}

/** Het projectplan langs de zes vragen van de Lokale Veiligheidsplanner. */
export function projectplanDocument(stand: CyclusStand, status: string): DocumentModel | undefined {
  const p = stand.project;
  if (!p) return undefined;
  const blokken: Blok[] = [];
  const vraag = (n: number) => projectVragen[n - 1]!;
  const veld = (naam: 'probleem' | 'belangrijksteProblemen' | 'huidigeAanpak' | 'resultaten', leeg: string) => tekst(stand, `project.${naam}`, p[naam], leeg);
  blokken.push(kop(1, '1', vraag(1).vraag), ...veld('probleem', 'Nog niet beantwoord.'));
  if (p.themaIds.length > 0) blokken.push({ soort: 'alinea', tekst: `Thema's van Kernbeleid Veiligheid: ${p.themaIds.map(themaNaam).join('; ')}.` });
  blokken.push(kop(1, '2', vraag(2).vraag), ...veld('belangrijksteProblemen', 'Nog niet beantwoord.'));
  blokken.push(kop(1, '3', vraag(3).vraag), ...veld('huidigeAanpak', 'Nog niet beantwoord.'));
  if (p.huidigeMaatregelen.length > 0) blokken.push({ soort: 'lijst', items: p.huidigeMaatregelen.map((m) => m.naam) });
  blokken.push(kop(1, '4', vraag(4).vraag));
  blokken.push(
    p.doelen.length === 0
      ? { soort: 'leeg', tekst: 'Nog geen doelen.' }
      : {
          soort: 'tabel',
          bijschrift: 'Doelen',
          kolommen: ['Doel', 'Indicator', 'Beginwaarde', 'Streefwaarde', 'Termijn', 'SMART'],
          rijen: p.doelen.map((d) => {
            const tekort = smartTekort(d);
            return [d.omschrijving, d.indicator, d.nulwaarde, d.streefwaarde, d.termijn, tekort.length === 0 ? 'Ja' : `Mist ${tekort.join(', ')}`];
          }),
        },
  );
  blokken.push(kop(1, '5', vraag(5).vraag));
  const maatregelen = p.maatregelen.filter((m) => !isVertrouwelijk(m));
  blokken.push(maatregelen.length === 0 ? { soort: 'leeg', tekst: 'Nog geen maatregelen.' } : maatregelTabel('project', maatregelen));
  const checklist = methodeChecklist(p);
  if (checklist.length > 0) {
    const methode = vindMethode(p.methodeId!);
    blokken.push(kop(2, '5.1', `Stappen van de methode ${methode?.naam ?? ''}`.trim()));
    blokken.push({ soort: 'lijst', items: checklist.map((c) => `${c.gedaan ? 'Gedaan' : 'Nog te doen'}: ${c.stap}`) });
  }
  blokken.push(kop(1, '6', vraag(6).vraag), ...veld('resultaten', 'Nog niet beschreven.'));
  return basis(stand, 'projectplan', stand.werkruimte.naam, `Projectplan ${stand.werkruimte.naam}`, status, blokken);
}
