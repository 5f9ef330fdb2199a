/**
 * Herkent het formaat van een bestand met politiecijfers aan de kopregel (of, zonder kopregel, aan
 * de eerste regel). Drie formaten:
 *  - `cbs`: de open-data-export van CBS, bv. tabel 47018NED, met sleutels
 *    ("ID";"WijkenEnBuurten";"SoortMisdrijf";"Perioden";"GeregistreerdeMisdrijven_1"), ook in de
 *    vorm van cbsodataR met extra labelkolommen;
 *  - `politie-portaal`: een download van data.politie.nl, met namen in plaats van sleutels
 *    ("Soort misdrijf";"Perioden";"Wijken en buurten";"Geregistreerde misdrijven (aantal)");
 *  - `lange-tabel`: regio, soort misdrijf, periode, aantal, met of zonder kopregel.
 * Zuivere code.
 */
import { isRegiocode } from './regios.ts';
import { leesPeriode } from './perioden.ts';

export type FormaatNaam = 'cbs' | 'politie-portaal' | 'lange-tabel';
export type Rol = 'regio' | 'soort' | 'periode' | 'aantal';

export interface Formaat {
  naam: FormaatNaam;
  /** Kolomnummer (vanaf 0) per rol. */
  kolommen: Record<Rol, number>;
  /** Aantal velden per regel. */
  aantalVelden: number;
  /** false: de eerste regel is al een gegevensregel. */
  kopregel: boolean;
}

export const formaatNamen: Record<FormaatNaam, string> = {
  cbs: 'CBS open data (sleutels)',
  'politie-portaal': 'download van data.politie.nl (namen)',
  'lange-tabel': 'lange tabel (regio, soort misdrijf, periode, aantal)',
};

/** Kolomnamen zonder hoofdletters, spaties, leestekens en het volgnummer van CBS (`_1`). */
export function kolomSleutel(naam: string): string {
  return naam
    .replace(/^\uFEFF/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/_\d+$/, '')
    .replace(/[^a-z0-9]/g, '');
}

const cbsNamen: Record<Rol, string[]> = {
  regio: ['WijkenEnBuurten', 'RegioS', 'Regio'],
  soort: ['SoortMisdrijf'],
  periode: ['Perioden'],
  aantal: ['GeregistreerdeMisdrijven'],
};

const portaalNamen: Record<Rol, string[]> = {
  regio: ['Wijken en buurten', 'Regio\'s', 'Regio', 'Gemeenten'],
  soort: ['Soort misdrijf'],
  periode: ['Perioden'],
  aantal: ['Geregistreerde misdrijven (aantal)', 'Geregistreerde misdrijven'],
};

/** Namen die een lange tabel voor elke rol mag gebruiken (vergeleken met kolomSleutel). */
const synoniemen: Record<Rol, string[]> = {
  regio: ['wijkenenbuurten', 'regios', 'regio', 'regiocode', 'code', 'gemeente', 'gemeentecode', 'gebied', 'gebiedscode', 'wijkbuurt', 'region', 'regioncode', 'areacode'],
  soort: ['soortmisdrijf', 'misdrijfsoort', 'soort', 'misdrijf', 'misdrijfcode', 'soortcode', 'crimetype', 'crimecode', 'incidenttype', 'incidenttypecode'],
  periode: ['perioden', 'periode', 'jaar', 'maand', 'period', 'year'],
  aantal: ['geregistreerdemisdrijven', 'geregistreerdemisdrijvenaantal', 'aantal', 'aantalmisdrijven', 'misdrijven', 'waarde', 'count', 'value', 'incidentcount'],
};

const rollen: readonly Rol[] = ['regio', 'soort', 'periode', 'aantal'];
const rolNamen: Record<Rol, string> = { regio: 'regio', soort: 'soort misdrijf', periode: 'periode', aantal: 'aantal' };

export const verwachteKolommen =
  'een CBS-export met de kolommen WijkenEnBuurten, SoortMisdrijf, Perioden en GeregistreerdeMisdrijven_1; ' +
  'een download van data.politie.nl met de kolommen "Soort misdrijf", "Perioden", "Wijken en buurten" en ' +
  '"Geregistreerde misdrijven (aantal)"; of een lange tabel met de kolommen regio, soort misdrijf, periode en aantal ' +
  '(bijvoorbeeld regiocode;soortmisdrijf;periode;aantal)';

/** Kolomnamen (kolomSleutel) van een tabel per woonplaats, zoals data.politie.nl die ook aanbiedt. */
const plaatsKolommen = new Set(['plaatsen', 'plaats', 'woonplaatsen', 'woonplaats']);

/**
 * De tabel per plaats van data.politie.nl ("Soort misdrijf", "Plaatsen", "Perioden", "Geregistreerde
 * misdrijven (aantal)") noemt woonplaatsen. Een woonplaats is geen gemeente, wijk of buurt, en Kernplan
 * levert geen lijst mee die woonplaatsen aan gemeenten toekent (de CBS-lijst Woonplaatsen in Nederland
 * zit niet in het product). Zo'n bestand wordt daarom geweigerd, met de tabel die wel past.
 */
export const tabelPerPlaatsUitleg =
  'Dit is de tabel per plaats van data.politie.nl (kolom "Plaatsen"). Kernplan telt politiecijfers per gemeente, wijk en buurt; ' +
  'een woonplaats is geen gemeente (een gemeente heeft vaak meer woonplaatsen) en Kernplan kan woonplaatsen niet aan gemeenten toekennen, ' +
  'dus dit bestand wordt niet ingelezen. Download in plaats daarvan de tabel per gemeente, wijk en buurt: ' +
  '47018NED "Geregistreerde misdrijven; soort misdrijf, wijk, buurt" op data.politie.nl.';

export const tabelPerPlaatsStappen: readonly string[] = [
  'open op data.politie.nl de tabel 47018NED (zoek op "47018NED" of op "soort misdrijf, wijk, buurt")',
  'kies bij "Wijken en buurten" uw gemeente, en als u wilt ook haar wijken en buurten',
  'kies bij "Soort misdrijf" de soorten (of alle) en bij "Perioden" de jaren',
  'download de tabel als CSV en importeer dat bestand hier',
];

export const tabelPerPlaatsSlot =
  'Het bestand heeft dan de kolommen "Soort misdrijf", "Perioden", "Wijken en buurten" en "Geregistreerde misdrijven (aantal)".';

export const tabelPerPlaats = `${tabelPerPlaatsUitleg} Zo doet u dat: ${tabelPerPlaatsStappen.map((s, i) => `${i + 1}. ${s}`).join('; ')}. ${tabelPerPlaatsSlot}`;

export type Herkenning = { ok: true; formaat: Formaat } | { ok: false; reden: string };

function zoek(kop: string[], namen: string[]): number {
  const sleutels = new Set(namen.map(kolomSleutel));
  return kop.findIndex((k) => sleutels.has(kolomSleutel(k)));
}

/** Herkent het formaat aan de velden van de eerste regel. */
export function herkenFormaat(eersteRegel: string[]): Herkenning {
  const kop = eersteRegel.map((k) => k.replace(/^\uFEFF/, '').trim());
  const exact = (namen: Record<Rol, string[]>) => {
    const kolommen = {} as Record<Rol, number>;
    for (const rol of rollen) {
      const i = kop.findIndex((k) => namen[rol].includes(k) || namen[rol].includes(k.replace(/_\d+$/, '')));
      if (i < 0) return undefined;
      kolommen[rol] = i;
    }
    return kolommen;
  };
  const cbs = exact(cbsNamen);
  if (cbs) return { ok: true, formaat: { naam: 'cbs', kolommen: cbs, aantalVelden: kop.length, kopregel: true } };
  const portaal = exact(portaalNamen);
  if (portaal) return { ok: true, formaat: { naam: 'politie-portaal', kolommen: portaal, aantalVelden: kop.length, kopregel: true } };

  const kolommen = {} as Record<Rol, number>;
  const ontbrekend: Rol[] = [];
  for (const rol of rollen) {
    const i = zoek(kop, synoniemen[rol]);
    if (i < 0 || Object.values(kolommen).includes(i)) ontbrekend.push(rol);
    else kolommen[rol] = i;
  }
  if (ontbrekend.length === 0) return { ok: true, formaat: { naam: 'lange-tabel', kolommen, aantalVelden: kop.length, kopregel: true } };

  // Zonder kopregel: vier velden die op regio, soort, periode en aantal lijken.
  if (kop.length === 4 && isRegiocode(kop[0]!) && /^\d+\.\d+\.\d+/.test(kop[1]!) && leesPeriode(kop[2]!) && /^(\d+|\.?)$/.test(kop[3]!)) {
    return { ok: true, formaat: { naam: 'lange-tabel', kolommen: { regio: 0, soort: 1, periode: 2, aantal: 3 }, aantalVelden: 4, kopregel: false } };
  }

  const sleutels = kop.map(kolomSleutel);
  // Een tabel per plaats: een kolom Plaatsen naast de soort misdrijf of het aantal (niet elk bestand met een woonplaats).
  if (ontbrekend.includes('regio') && sleutels.some((k) => plaatsKolommen.has(k)) && (zoek(kop, synoniemen.soort) >= 0 || zoek(kop, synoniemen.aantal) >= 0)) {
    return { ok: false, reden: tabelPerPlaats };
  }
  if (sleutels.includes('key') && sleutels.includes('title')) {
    return {
      ok: false,
      reden:
        'Dit is een codelijst (kolommen Key en Title), geen bestand met cijfers. Geef een codelijst mee naast het bestand met cijfers ' +
        '(op de opdrachtregel met --regios of --soorten).',
    };
  }
  const gevonden = kop.length && kop.some((k) => k) ? kop.map((k) => `"${k}"`).join(', ') : '(geen)';
  return {
    ok: false,
    reden:
      `Het formaat van het bestand is niet herkend: ${ontbrekend.map((r) => rolNamen[r]).join(', ')} ontbreekt. ` +
      `Gevonden kolommen op regel 1: ${gevonden}. Verwacht: ${verwachteKolommen}.`,
  };
}
