/**
 * Persoonsgegevens herkennen in beleidstekst.
 *
 * Een veiligheidsplan in Kernplan bevat geaggregeerde cijfers en beleid, nooit gegevens over
 * individuele inwoners. Voordat een tekst wordt opgeslagen, waarschuwt de app de schrijver als de
 * tekst op persoonsgegevens lijkt. Dit is een waarschuwing, geen filter: de heuristieken hieronder
 * kiezen bewust voor weinig valse meldingen in gewone beleidstekst (cijfers, jaartallen, percentages,
 * namen van organisaties) en accepteren dat ongebruikelijke schrijfwijzen gemist worden.
 *
 * Zuiver domein: geen I/O, geen klok, geen afhankelijkheden.
 */

export type SoortPersoonsgegeven = 'bsn' | 'e-mailadres' | 'telefoonnummer' | 'geboortedatum-met-naam';

export interface Vondst {
  soort: SoortPersoonsgegeven;
  /** De gevonden tekst, precies `tekst.slice(begin, eind)`. */
  fragment: string;
  /** Positie van het eerste teken (UTF-16-index, zoals String.prototype.slice). */
  begin: number;
  /** Positie direct na het laatste teken. */
  eind: number;
  /** Korte Nederlandse uitleg voor de schrijver. */
  uitleg: string;
}

const SLOT = 'Een veiligheidsplan bevat geen gegevens over individuele inwoners.';

/** Zoekt in `tekst` naar fragmenten die op persoonsgegevens lijken, gesorteerd op `begin`, zonder overlap. */
export function vindPersoonsgegevens(tekst: string): Vondst[] {
  return zonderOverlap([
    ...vindBsn(tekst),
    ...vindEmailadressen(tekst),
    ...vindTelefoonnummers(tekst),
    ...vindGeboortedata(tekst),
  ]);
}

/** Sorteert op begin (bij gelijk begin de langste eerst) en laat vondsten weg die een eerdere overlappen. */
function zonderOverlap(vondsten: Vondst[]): Vondst[] {
  const gesorteerd = [...vondsten].sort((a, b) => a.begin - b.begin || b.eind - a.eind);
  const uit: Vondst[] = [];
  let grens = 0;
  for (const v of gesorteerd) {
    if (v.begin < grens) continue;
    uit.push(v);
    grens = v.eind;
  }
  return uit;
}

function vondst(tekst: string, soort: SoortPersoonsgegeven, begin: number, eind: number, uitleg: string): Vondst {
  return { soort, fragment: tekst.slice(begin, eind), begin, eind, uitleg };
}

/** Alle treffers van een globale regex; een afgekeurde treffer wordt één teken verder opnieuw geprobeerd. */
function treffers(re: RegExp, tekst: string, geldig: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  const uit: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tekst)) !== null) {
    if (geldig(m)) uit.push(m);
    else re.lastIndex = m.index + 1;
  }
  return uit;
}

// ─── Burgerservicenummer ────────────────────────────────────────────────────────────────────────
//
// Kandidaten: 9 cijfers aaneen, 8 cijfers aaneen (met voorloopnul aangevuld), 3-3-3 met punten of
// spaties (123.456.782 / 123 456 782, steeds hetzelfde scheidingsteken) en de oude sofinummer-
// schrijfwijze 1234.56.782. Het getal mag niet vastzitten aan letters, cijfers of '@', en niet deel
// zijn van een langere cijferreeks (ook niet via een scheidingsteken: 1.123.456.782, 06-12345678,
// 123456782,50). Alleen nummers die de elfproef halen worden gemeld. Niet gemeld:
// - bedragen: € of EUR ervoor, of 'euro', 'EUR', '€' of ',-' erna;
// - andere nummers met dezelfde vorm, als er kort ervoor een woord als KvK, RSIN, IBAN, kenmerk of
//   zaaknummer staat (het RSIN gebruikt zelfs dezelfde elfproef), tenzij er ook 'BSN' staat;
// - 8 cijfers die een datum jjjjmmdd vormen (20230321), tenzij er 'BSN' bij staat.

const BSN_RE =
  /(?<![\p{L}\p{N}@]|\p{N}[-–.,/ \u00a0])(\d{9}|\d{8}|\d{3}([. \u00a0])\d{3}\2\d{3}|\d{4}\.\d{2}\.\d{3})(?![\p{L}\p{N}@]|[-–.,/ \u00a0]\p{N})/gu;
const GELD_ERVOOR = /(?:€|(?<!\p{L})eur(?:o)?)[ \u00a0]*$/iu;
const GELD_ERNA = /^[ \u00a0]*(?:(?:euro|eur)(?!\p{L})|€|,[-–])/iu;
const BSN_WOORD = /(?<!\p{L})(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)(?!\p{L})/iu;
const ANDER_NUMMER =
  /(?<!\p{L})(?:kvk|kamer van koophandel|rsin|btw|iban|rekeningnummer|kenmerk|zaaknummer|dossiernummer|factuurnummer|ordernummer|klantnummer|relatienummer|polisnummer|registratienummer|vestigingsnummer|postbus)(?!\p{L})/iu;
const DATUM_JJJJMMDD = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** Elfproef voor een BSN van 9 cijfers: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is deelbaar door 11 (en niet alles 0). */
function voldoetAanElfproef(negenCijfers: string): boolean {
  if (!/^\d{9}$/.test(negenCijfers) || /^0+$/.test(negenCijfers)) return false;
  let som = 0;
  for (let i = 0; i < 9; i++) {
    const cijfer = negenCijfers.charCodeAt(i) - 48;
    som += i < 8 ? (9 - i) * cijfer : -cijfer;
  }
  return som % 11 === 0;
}

function vindBsn(tekst: string): Vondst[] {
  const uit: Vondst[] = [];
  for (const m of treffers(BSN_RE, tekst)) {
    const begin = m.index;
    const eind = begin + m[0].length;
    const cijfers = m[0].replace(/\D/g, '');
    const negen = cijfers.padStart(9, '0');
    if (!voldoetAanElfproef(negen)) continue;
    if (GELD_ERVOOR.test(tekst.slice(Math.max(0, begin - 10), begin))) continue;
    if (GELD_ERNA.test(tekst.slice(eind, eind + 10))) continue;
    const ervoor = tekst.slice(Math.max(0, begin - 40), begin);
    const bsnGenoemd = BSN_WOORD.test(ervoor);
    if (!bsnGenoemd && ANDER_NUMMER.test(ervoor)) continue;
    if (!bsnGenoemd && cijfers.length === 8 && DATUM_JJJJMMDD.test(cijfers)) continue;
    uit.push(
      vondst(
        tekst,
        'bsn',
        begin,
        eind,
        `Dit lijkt een burgerservicenummer (het voldoet aan de elfproef). ${SLOT}`,
      ),
    );
  }
  return uit;
}

// ─── E-mailadres ────────────────────────────────────────────────────────────────────────────────
//
// Elk e-mailadres wordt gemeld, behalve functionele adressen van organisaties: het deel vóór de '@'
// (in kleine letters, zonder +toevoeging) staat in de lijst hieronder, of bestaat uitsluitend uit
// woorden uit die lijst, gescheiden door '.', '-' of '_' (info.veiligheid@, team-oov@).

const FUNCTIONEEL = new Set([
  // uit de opdracht
  'info', 'contact', 'secretariaat', 'veiligheid', 'oov', 'servicedesk', 'helpdesk', 'noreply', 'no-reply',
  'postbus', 'gemeente', 'bestuurssecretariaat', 'communicatie', 'privacy', 'integriteit', 'klachten',
  // gangbare functionele adressen bij gemeenten en partners
  'post', 'mail', 'receptie', 'webmaster', 'support', 'administratie', 'griffie', 'burgerzaken', 'klantcontact',
  'kcc', 'pers', 'persvoorlichting', 'voorlichting', 'vergunningen', 'handhaving', 'toezicht', 'avg', 'fg',
  'functionarisgegevensbescherming', 'ondermijning', 'riec', 'meldpunt', 'bezwaar', 'woo', 'wob', 'team',
  'afdeling', 'bestuur', 'college', 'raad', 'burgemeester', 'kabinet', 'veiligheidshuis', 'zorgenveiligheid',
  'openbareorde', 'juridischezaken',
]);

const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}-])/gu;

function isFunctioneelAdres(lokaalDeel: string): boolean {
  const lokaal = lokaalDeel
    .toLowerCase()
    .replace(/\+.*$/, '')
    .replace(/^no[._-]?reply$/, 'noreply');
  if (FUNCTIONEEL.has(lokaal)) return true;
  const delen = lokaal.split(/[._-]+/).filter((d) => d.length > 0);
  return delen.length > 0 && delen.every((d) => FUNCTIONEEL.has(d));
}

function vindEmailadressen(tekst: string): Vondst[] {
  return treffers(EMAIL_RE, tekst)
    .filter((m) => !isFunctioneelAdres(m[1] ?? ''))
    .map((m) =>
      vondst(
        tekst,
        'e-mailadres',
        m.index,
        m.index + m[0].length,
        `Dit lijkt een e-mailadres van een persoon. Gebruik een functioneel adres (zoals info@ of veiligheid@) of laat het weg. ${SLOT}`,
      ),
    );
}

// ─── Telefoonnummer ─────────────────────────────────────────────────────────────────────────────
//
// - Mobiel (altijd gemeld): 06, (06), +31 6, +316, 0031 6 of +31 (0)6, gevolgd door precies 8 cijfers
//   in groepjes van minstens 2, gescheiden door spatie, '-' of '.' (06-12345678, 06 1234 5678,
//   0612345678, +31 6 12345678).
// - Vast (alleen gemeld als er binnen 40 tekens een woord als 'bel', 'tel', 'telefoon', 'mobiel' of
//   'bereikbaar' staat): 0 + netnummer (3 of 4 cijfers inclusief de 0) + abonneenummer, samen 10
//   cijfers (020-1234567, 0111-123456, (020) 123 45 67, +31 20 1234567).
// - Nooit gemeld: 112, 14 + netnummer (14 020), 0800-, 0900-, 0906-, 0909-nummers (ook 0900-8844)
//   en de zakelijke 085/088-nummers: nummers met 08 of 09 vallen buiten het patroon voor vaste
//   nummers, en 112 en 14 020 beginnen niet met 0.

const SCHEIDING = String.raw`(?:[ \u00a0]?[-.][ \u00a0]?|[ \u00a0])`;
const MOBIEL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:(?:\+|00)31${SCHEIDING}?(?:\(0\)${SCHEIDING}?)?6|\(06\)|06)((?:${SCHEIDING}?\d+)(?:${SCHEIDING}\d+)*)`,
  'gu',
);
const VAST_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:((?:\+|00)31${SCHEIDING}?(?:\(0\)${SCHEIDING}?)?)|(\(?0))([1-57]\d*(?:(?:\)[ \u00a0]?|${SCHEIDING})\d+)*)`,
  'gu',
);
const BEL_WOORD =
  /(?<!\p{L})(?:bel|belt|bellen|tel|telnr|tel\.nr|telefoon|telefoonnummer|telefonisch|mobiel|mobiele|mobielnummer|bereikbaar)(?!\p{L})/giu;

/** Cijfergroepen in een stuk tekst, met hun positie ten opzichte van het begin van dat stuk. */
function cijfergroepen(stuk: string): { cijfers: string; begin: number; eind: number; scheiding: string }[] {
  const uit: { cijfers: string; begin: number; eind: number; scheiding: string }[] = [];
  const re = /\d+/g;
  let vorigEind = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(stuk)) !== null) {
    uit.push({ cijfers: m[0], begin: m.index, eind: m.index + m[0].length, scheiding: stuk.slice(vorigEind, m.index) });
    vorigEind = m.index + m[0].length;
  }
  return uit;
}

/**
 * Neemt cijfergroepen tot er precies `aantal` cijfers zijn; geeft de eindpositie (binnen het stuk),
 * of null als dat niet precies uitkomt of het nummer daarna met '-' of '.' doorloopt.
 */
function eindNaCijfers(stuk: string, aantal: number, minGroep: number): number | null {
  const groepen = cijfergroepen(stuk);
  let som = 0;
  for (let i = 0; i < groepen.length; i++) {
    const g = groepen[i];
    if (!g) return null;
    if (i > 0 && g.cijfers.length < minGroep) return null;
    som += g.cijfers.length;
    if (som === aantal) {
      const volgende = groepen[i + 1];
      if (volgende && /[-.]/.test(volgende.scheiding)) return null;
      return g.eind;
    }
    if (som > aantal) return null;
  }
  return null;
}

function vindTelefoonnummers(tekst: string): Vondst[] {
  const uit: Vondst[] = [];
  for (const m of treffers(MOBIEL_RE, tekst)) {
    const staart = m[1] ?? '';
    const staartBegin = m.index + m[0].length - staart.length;
    const eindInStaart = eindNaCijfers(staart, 8, 2);
    if (eindInStaart === null) continue;
    uit.push(
      vondst(
        tekst,
        'telefoonnummer',
        m.index,
        staartBegin + eindInStaart,
        `Dit lijkt een mobiel nummer van een persoon. Noem alleen algemene nummers van organisaties. ${SLOT}`,
      ),
    );
  }

  const belwoorden = treffers(BEL_WOORD, tekst).map((m) => ({ begin: m.index, eind: m.index + m[0].length }));
  for (const m of treffers(VAST_RE, tekst)) {
    const internationaal = m[1] !== undefined;
    const staart = m[3] ?? '';
    const staartBegin = m.index + m[0].length - staart.length;
    const groepen = cijfergroepen(staart);
    const eerste = groepen[0];
    if (!eerste) continue;
    // Netnummer: 2 of 3 cijfers na de 0 (020, 0111), of het hele nummer aaneen (0201234567).
    if (![2, 3, 9].includes(eerste.cijfers.length)) continue;
    const eindInStaart = eindNaCijfers(staart, 9, 2);
    if (eindInStaart === null) continue;
    const begin = m.index;
    const eind = staartBegin + eindInStaart;
    if (!internationaal && m[2] === '(0' && !/^\d+\)/.test(staart)) continue;
    const dichtbij = belwoorden.some((w) => (w.eind <= begin ? begin - w.eind : w.begin - eind) <= 40);
    if (!dichtbij) continue;
    uit.push(
      vondst(
        tekst,
        'telefoonnummer',
        begin,
        eind,
        `Dit lijkt een telefoonnummer om iemand te bellen. Noem alleen algemene nummers van organisaties. ${SLOT}`,
      ),
    );
  }
  return uit;
}

// ─── Geboortedatum bij een naam ────────────────────────────────────────────────────────────────
//
// Een datum alleen is geen persoonsgegeven ('op 12-03-2024 besprak de Driehoek'); een datum vlak bij
// een naam wel. Gemeld wordt een geldige datum (dd-mm-jjjj, dd/mm/jjjj, dd.mm.jjjj, d-m-jjjj of
// '12 maart 1987', ook afgekort '12 mrt. 1987') met een jaar van 1900 tot en met 2030, als er binnen
// 60 tekens (ervoor of erna) iets staat dat op een persoonsnaam lijkt. Staat er 'geboren (op)',
// 'geb.' of 'geboortedatum' direct voor de datum, dan hoort dat bij het fragment.
//
// Wat op een naam lijkt (alle varianten met tussenvoegsels van, de, der, den, van der, van den,
// van de, van 't, ter, ten, 't, von):
// 1. aanhef + achternaam, met eventueel voornaam of voorletters: 'mevrouw Jansen', 'dhr. Bakker',
//    'de heer J. de Vries', 'mevrouw Van der Berg' (ook mevr., mw., meneer, hr., mr., dr., drs., ir.);
// 2. voorletters + achternaam: 'J. de Vries', 'J.P. van den Berg';
// 3. twee woorden met een hoofdletter, eventueel met tussenvoegsels ertussen: 'Jan de Vries'.
//    Omdat Nederlandse tekst ook organisaties, wetten en plaatsen met hoofdletters schrijft, vallen
//    woorden af die in een stoplijst staan (lidwoorden, voegwoorden, maanden, dagen, organisaties en
//    begrippen uit het veiligheidsdomein, functies, windstreken, bekende plaatsdelen) of eindigen op
//    -heid, -beleid, -plan, -teit, -schap, -atie, -isme, -lijk(e), -isch(e). Staat het eerste woord
//    aan het begin van een zin (of na een dubbele punt of regeleinde), dan zegt de hoofdletter weinig;
//    het telt dan alleen als het niet in de stoplijst staat en hooguit 10 letters heeft (zoals een
//    voornaam, anders dan 'Woninginbraken').
// 4. Een naam direct na een functie (burgemeester, wethouder, officier van justitie, korpschef, …) is
//    een ambtsdrager, geen inwoner: de datum bij 'burgemeester Jan de Vries' is meestal die van een
//    vergadering. Zo'n naam telt alleen als er uitdrukkelijk 'geboren' of 'geb.' bij de datum staat.

const MAANDEN: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const DATUM_CIJFERS_RE = /(?<![\p{L}\p{N}])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\p{N}]|[-/.]\p{N})/gu;
const DATUM_WOORD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})[ \u00a0]+(${Object.keys(MAANDEN)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?!\p{L})\.?[ \u00a0]+(\d{4})(?!\p{N})`,
  'giu',
);
const GEBOORTE_ERVOOR =
  /(?<!\p{L})(?:geboren(?:[ \u00a0]+op)?|geb\.(?:[ \u00a0]?datum)?|geboortedatum)[ \u00a0]*:?[ \u00a0]*$/iu;

function isGeldigeDatum(dag: number, maand: number, jaar: number): boolean {
  if (jaar < 1900 || jaar > 2030 || maand < 1 || maand > 12 || dag < 1) return false;
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  const dagen = [31, schrikkel ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][maand - 1] ?? 0;
  return dag <= dagen;
}

interface Datum {
  begin: number;
  eind: number;
  /** Staat er 'geboren', 'geb.' of 'geboortedatum' direct voor? */
  geboorte: boolean;
}

function vindData(tekst: string): Datum[] {
  const data: { begin: number; eind: number }[] = [];
  for (const m of treffers(DATUM_CIJFERS_RE, tekst)) {
    if (isGeldigeDatum(Number(m[1]), Number(m[3]), Number(m[4]))) data.push({ begin: m.index, eind: m.index + m[0].length });
  }
  for (const m of treffers(DATUM_WOORD_RE, tekst)) {
    const maand = MAANDEN[(m[2] ?? '').toLowerCase()] ?? 0;
    if (isGeldigeDatum(Number(m[1]), maand, Number(m[3]))) data.push({ begin: m.index, eind: m.index + m[0].length });
  }
  return data.map((d) => {
    const van = Math.max(0, d.begin - 30);
    const cue = GEBOORTE_ERVOOR.exec(tekst.slice(van, d.begin));
    return cue ? { begin: van + cue.index, eind: d.eind, geboorte: true } : { ...d, geboorte: false };
  });
}

const HOOFDWOORD = String.raw`(?:IJ|\p{Lu})\p{Ll}+(?:[-'’](?:IJ|\p{Lu})?\p{Ll}+)*`;
const TUSSENVOEGSELS = ["van der", "van den", "van de", "van 't", "van ’t", "in 't", "van", "de", "der", "den", "ter", "ten", "'t", "’t", "von"];
const TV = `(?:${TUSSENVOEGSELS.map((t) => t.replace(/ /g, '[ \\u00a0]')).join('|')})`;
/** Tussenvoegsel, ook met hoofdletter (na een aanhef of voorletters: 'mevrouw De Vries'). */
const TV_HOOFD = `(?:${TUSSENVOEGSELS.map((t) => {
  const eerste = t.charAt(0);
  const rest = t.slice(1).replace(/ /g, '[ \\u00a0]');
  return /\p{L}/u.test(eerste) ? `[${eerste.toUpperCase()}${eerste}]${rest}` : `${eerste}${rest}`;
}).join('|')})`;
const SP = '[ \\u00a0]+';
const AANHEF = String.raw`(?:[Mm]evrouw|[Mm]evr\.|[Mm]w\.|[Mm]eneer|[Mm]ijnheer|[Dd]e[ \u00a0]heer|[Dd]hr\.|[Hh]r\.|[Mm]r\.|[Dd]rs?\.|[Ii]r\.|[Pp]rof\.)`;
const VOORLETTERS = String.raw`\p{Lu}\.(?:[ \u00a0]?\p{Lu}\.){0,3}`;

const NAAM_AANHEF_RE = new RegExp(
  String.raw`(?<!\p{L})${AANHEF}[ \u00a0]*(?:${VOORLETTERS}[ \u00a0]*|${HOOFDWOORD}${SP})?(?:${TV_HOOFD}${SP})*(${HOOFDWOORD})(?!\p{L})`,
  'gu',
);
const NAAM_VOORLETTERS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])${VOORLETTERS}[ \u00a0]*(?:${TV_HOOFD}${SP})*(${HOOFDWOORD})(?!\p{L})`,
  'gu',
);
const NAAM_WOORDEN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${HOOFDWOORD})${SP}(?:${TV}${SP})*(${HOOFDWOORD})(?!\p{L})`,
  'gu',
);

/** Nog een naamwoord na een gevonden naam ('Anna Maria Jansen', 'Fatima El Amrani'). */
const NAAM_VERVOLG_RE = new RegExp(String.raw`${SP}(?:${TV}${SP})*(${HOOFDWOORD})(?!\p{L})`, 'uy');

const FUNCTIES = [
  'burgemeester', 'loco-burgemeester', 'wethouder', 'minister', 'staatssecretaris', 'commissaris', 'korpschef',
  'teamchef', 'districtschef', 'politiechef', 'officier van justitie', 'hoofdofficier', 'hoofdofficier van justitie',
  'voorzitter', 'directeur', 'gedeputeerde', 'raadslid', 'gemeenteraadslid', 'gouverneur', 'griffier',
  'gemeentesecretaris', 'secretaris', 'ombudsman', 'koning', 'koningin', 'prins', 'prinses', 'premier',
];
const NA_FUNCTIE = new RegExp(
  String.raw`(?<!\p{L})(?:${FUNCTIES.map((f) => f.replace(/ /g, '[ \\u00a0]+')).join('|')})[ \u00a0]+$`,
  'iu',
);

const STOPWOORDEN = new Set(
  `
  de het een in op bij door voor met na naar over onder tijdens sinds vanaf volgens tot uit aan om als dan dat die
  dit deze er ook maar en of want wij we zij ze hij u ik jij je men ons onze hun haar zijn is was wordt worden werd
  heeft hebben had kan kunnen moet moeten zal zullen wil daarom daarnaast verder bovendien hierbij hiervoor hiermee
  daarbij daarna daarmee waar wat wie hoe wanneer welke elke ieder iedere alle geen niet nog al per zo toch
  tenslotte ten slotte eerst tweede derde vervolgens ten opzichte samen zowel beide enkele veel weinig meer minder
  totaal gemiddeld ongeveer circa bijna ruim sinds inmiddels nu straks binnen buiten tussen zonder tegen rond
  januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  gemeente gemeenten gemeentelijke politie brandweer driehoek raad gemeenteraad college colleges openbaar openbare
  ministerie orde veiligheid veiligheidsregio veiligheidshuis zorg jeugd wet kamer eerste provincie provinciale rijk
  rijksoverheid nederland nederlandse europese unie stichting centrum bureau team afdeling regio noord zuid oost west
  midden holland brabant limburg friesland groningen drenthe overijssel gelderland utrecht zeeland flevoland
  noord-holland zuid-holland noord-brabant haag bosch helder halt reclassering justitie kernbeleid integraal
  integrale plan beleid rapport bijlage hoofdstuk paragraaf artikel tabel figuur bron zie inwoners bewoners
  ondernemers jongeren partners burgers kinderen ouders ouderen slachtoffers daders verdachten
  burgemeester burgemeesters wethouder wethouders minister staatssecretaris commissaris korpschef officier
  hoofdofficier voorzitter directeur gedeputeerde raadslid griffier secretaris koning koningin prins prinses
  heer mevrouw meneer
  `
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
const GEEN_NAAM_UITGANG = /(?:heid|beleid|plan|teit|schap|atie|isme|lijk|lijke|isch|ische)$/u;

function isNaamwoord(woord: string): boolean {
  const klein = woord.toLowerCase();
  if (STOPWOORDEN.has(klein) || GEEN_NAAM_UITGANG.test(klein)) return false;
  // Samengestelde woorden met een koppelteken: elk deel met een hoofdletter moet ook deugen.
  return klein
    .split('-')
    .filter((_, i) => i === 0 || /^\p{Lu}/u.test(woord.split('-')[i] ?? ''))
    .every((deel) => !STOPWOORDEN.has(deel));
}

/** Staat positie `pos` aan het begin van een zin (of na een dubbele punt, regeleinde of opsommingsteken)? */
function isZinsbegin(tekst: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t\u00a0"'“‘„«(]/u.test(tekst.charAt(i))) i--;
  if (i < 0) return true;
  return /[.!?:;\n\r•·*–-]/u.test(tekst.charAt(i));
}

interface Naam {
  begin: number;
  eind: number;
  tekst: string;
  /** Staat er een functie direct voor (burgemeester, wethouder, …)? */
  ambtsdrager: boolean;
}

function vindNamen(tekst: string): Naam[] {
  const namen: Naam[] = [];
  const voegToe = (m: RegExpExecArray): void => {
    let eind = m.index + m[0].length;
    for (;;) {
      NAAM_VERVOLG_RE.lastIndex = eind;
      const vervolg = NAAM_VERVOLG_RE.exec(tekst);
      if (vervolg === null || !isNaamwoord(vervolg[1] ?? '')) break;
      eind = vervolg.index + vervolg[0].length;
    }
    const ervoor = tekst.slice(Math.max(0, m.index - 40), m.index);
    namen.push({ begin: m.index, eind, tekst: tekst.slice(m.index, eind), ambtsdrager: NA_FUNCTIE.test(ervoor) });
  };
  for (const m of treffers(NAAM_AANHEF_RE, tekst, (m) => isNaamwoord(m[1] ?? ''))) voegToe(m);
  for (const m of treffers(NAAM_VOORLETTERS_RE, tekst, (m) => isNaamwoord(m[1] ?? ''))) voegToe(m);
  const woordenGeldig = (m: RegExpExecArray): boolean => {
    const eerste = m[1] ?? '';
    const laatste = m[2] ?? '';
    if (!isNaamwoord(eerste) || !isNaamwoord(laatste)) return false;
    return !isZinsbegin(tekst, m.index) || eerste.length <= 10;
  };
  for (const m of treffers(NAAM_WOORDEN_RE, tekst, woordenGeldig)) voegToe(m);
  return namen;
}

const NABIJHEID = 60;

function vindGeboortedata(tekst: string): Vondst[] {
  const data = vindData(tekst);
  if (data.length === 0) return [];
  const namen = vindNamen(tekst);
  const uit: Vondst[] = [];
  for (const d of data) {
    let beste: { naam: Naam; afstand: number } | null = null;
    for (const naam of namen) {
      if (naam.ambtsdrager && !d.geboorte) continue;
      const afstand = naam.eind <= d.begin ? d.begin - naam.eind : naam.begin >= d.eind ? naam.begin - d.eind : 0;
      if (afstand <= NABIJHEID && (beste === null || afstand < beste.afstand)) beste = { naam, afstand };
    }
    if (beste === null) continue;
    const naam = beste.naam.tekst.replace(/\s+/g, ' ');
    const uitleg = d.geboorte
      ? `Dit lijkt een geboortedatum bij een naam („${naam}”). ${SLOT}`
      : `Deze datum staat vlak bij een naam („${naam}”) en kan een geboortedatum zijn. ${SLOT}`;
    uit.push(vondst(tekst, 'geboortedatum-met-naam', d.begin, d.eind, uitleg));
  }
  return uit;
}
