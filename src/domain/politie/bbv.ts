/**
 * De officiële definities van de vier veiligheidsindicatoren uit politiecijfers van het Besluit
 * begroting en verantwoording (BBV), zoals waarstaatjegemeente.nl ze publiceert, en de landelijke
 * aantallen die nodig zijn om de officiële landelijke cijfers na te rekenen. Zuivere data en code.
 * Zie docs/begrotingsindicatoren.md.
 *
 * Twee indicatoren volgen de CBS-indeling naar wetsartikel (CBS-tabel 83648NED "Geregistreerde
 * criminaliteit; soort misdrijf, regio"), niet de 59 soorten van de politie (47018NED/47025NED):
 * - geweldsmisdrijven = CBS-groep 3 "Gewelds- en seksuele misdrijven" (mishandeling, bedreiging en
 *   stalking, seksuele misdrijven, levensmisdrijven, vrijheidsbeneming, mensenhandel, overig geweld);
 *   straatroof en overval zijn bij CBS vermogensmisdrijven (diefstal met geweld);
 * - vernielingen = CBS-groep 2 "Vernielingen, misdrijven tegen openbare orde en gezag" (vernieling en
 *   beschadiging, openbare-ordemisdrijven met openlijke geweldpleging, huis-, lokaal- en
 *   computervredebreuk en discriminatie, brandstichting/ontploffing, misdrijven tegen het openbaar gezag).
 * De andere twee vallen samen met één politiesoort: winkeldiefstal (2.5.2) en diefstal uit woning
 * (1.1.1, "woninginbraak" bij CBS).
 *
 * Bron van de landelijke CBS-aantallen (groep 2 en 3, 2013-2023): CBS, nieuwsbericht "Kwart minder
 * misdrijven in tien jaar tijd, maar niet in heel Nederland" (2024, week 51), tabel "Geregistreerde
 * misdrijven" uit StatLine 83648NED, in duizendtallen met één decimaal (dus op 100 nauwkeurig;
 * 2022 en 2023 voorlopig). Licentie CC BY 4.0 (bron: CBS). Inwoners: landelijk.ts (1 januari).
 */
import { landelijkAantal, landelijkeInwoners } from './landelijk.ts';

export type BbvId = 'winkeldiefstal' | 'geweldsmisdrijven' | 'diefstal-uit-woning' | 'vernielingen';

export interface BbvDefinitie {
  id: BbvId;
  /** De definitie zoals waarstaatjegemeente.nl hem geeft. */
  definitie: string;
  /** Waar het officiële cijfer uit komt. */
  officieleBron: string;
  /**
   * De politiesoorten (47018NED) die het officiële cijfer volledig dekken; null als het officiële
   * cijfer uit de CBS-indeling komt en niet uit politiesoorten is op te tellen.
   */
  politiecodesVolledig: readonly string[] | null;
}

export const bbvDefinities: Readonly<Record<BbvId, BbvDefinitie>> = {
  winkeldiefstal: {
    id: 'winkeldiefstal',
    definitie: 'Het aantal winkeldiefstallen per 1.000 inwoners.',
    officieleBron: 'CBS, geregistreerde diefstallen: winkeldiefstal (gelijk aan politiesoort 2.5.2)',
    politiecodesVolledig: ['2.5.2'],
  },
  geweldsmisdrijven: {
    id: 'geweldsmisdrijven',
    definitie:
      'Het aantal geweldsmisdrijven per 1.000 inwoners. Voorbeelden van geweldsmisdrijven zijn seksuele misdrijven, levensdelicten zoals moord en doodslag en dood en lichamelijk letsel door schuld (bedreiging, mishandeling, etc.).',
    officieleBron: 'CBS 83648NED, groep 3 "Gewelds- en seksuele misdrijven"',
    politiecodesVolledig: null,
  },
  'diefstal-uit-woning': {
    id: 'diefstal-uit-woning',
    definitie: 'Het aantal diefstallen uit woningen per 1.000 inwoners.',
    officieleBron: 'CBS, geregistreerde diefstallen: diefstal/inbraak woning (gelijk aan politiesoort 1.1.1)',
    politiecodesVolledig: ['1.1.1'],
  },
  vernielingen: {
    id: 'vernielingen',
    definitie:
      'Het aantal vernielingen en beschadigingen in de openbare ruimte per 1.000 inwoners. Hieronder vallen brandstichting, alle vormen van vernieling en misdrijven tegen de openbare orde en het openbaar gezag.',
    officieleBron: 'CBS 83648NED, groep 2 "Vernielingen, misdrijven tegen openbare orde en gezag"',
    politiecodesVolledig: null,
  },
};

export const eersteBbvJaar = 2013;
export const laatsteBbvJaar = 2023;

/** Landelijke aantallen van de CBS-groepen (83648NED), 2013 t/m 2023 (index 0 = 2013), op 100 nauwkeurig. */
const cbsGroepen: Readonly<Record<'geweldsmisdrijven' | 'vernielingen', readonly number[]>> = {
  geweldsmisdrijven: [103_500, 98_500, 92_500, 90_200, 85_300, 83_300, 84_000, 80_200, 76_400, 80_600, 75_700],
  vernielingen: [141_100, 135_400, 122_800, 115_500, 102_100, 93_500, 102_400, 109_000, 106_400, 105_900, 103_400],
};

export interface LandelijkBbvCijfer {
  id: BbvId;
  jaar: number;
  aantal: number;
  /** Inwoners van Nederland op 1 januari van hetzelfde jaar. */
  inwoners: number;
  /** Per 1.000 inwoners, op twee decimalen. */
  waarde: number;
  bron: string;
}

/** Het officiële landelijke cijfer van een indicator in een jaar; null buiten 2013-2023. */
export function landelijkBbvCijfer(id: BbvId, jaar: number): LandelijkBbvCijfer | null {
  if (!Number.isInteger(jaar) || jaar < eersteBbvJaar || jaar > laatsteBbvJaar) return null;
  const inwoners = landelijkeInwoners[jaar];
  if (!inwoners) return null;
  const def = bbvDefinities[id];
  let aantal: number | null;
  let bron: string;
  if (def.politiecodesVolledig) {
    aantal = 0;
    for (const code of def.politiecodesVolledig) {
      const n = landelijkAantal(code, jaar);
      if (n === null) return null;
      aantal += n;
    }
    bron = `CBS 47025NED, ${def.politiecodesVolledig.join(' + ')}`;
  } else {
    aantal = cbsGroepen[id as 'geweldsmisdrijven' | 'vernielingen'][jaar - eersteBbvJaar] ?? null;
    if (aantal === null) return null;
    bron = def.officieleBron;
  }
  return { id, jaar, aantal, inwoners, waarde: Math.round((aantal / inwoners) * 100_000) / 100, bron };
}

/**
 * Gepubliceerde landelijke cijfers (waarstaatjegemeente.nl, zoals gemeenten ze in begroting of
 * jaarstukken overnemen, of CBS en het Compendium voor de Leefomgeving), om tegen te toetsen. Eén
 * decimaal, zoals gepubliceerd. Alleen wat daadwerkelijk is gevonden; zie docs/begrotingsindicatoren.md.
 */
export const gepubliceerdeLandelijkeCijfers: readonly { id: BbvId; jaar: number; waarde: number; bron: string }[] = [
  { id: 'winkeldiefstal', jaar: 2021, waarde: 1.8, bron: 'Edam-Volendam, begroting 2023, beleidsindicatoren (benchmark Nederland)' },
  { id: 'geweldsmisdrijven', jaar: 2021, waarde: 4.3, bron: 'Edam-Volendam, begroting 2023, beleidsindicatoren (benchmark Nederland); CBS-nieuws 2022' },
  { id: 'diefstal-uit-woning', jaar: 2021, waarde: 1.3, bron: 'Edam-Volendam, begroting 2023, beleidsindicatoren (benchmark Nederland)' },
  { id: 'vernielingen', jaar: 2021, waarde: 6.1, bron: 'Edam-Volendam, begroting 2023, beleidsindicatoren (benchmark Nederland)' },
  { id: 'vernielingen', jaar: 2018, waarde: 5.4, bron: 'Noordoostpolder, jaarstukken 2018, verplichte indicatoren (landelijk gemiddelde)' },
  { id: 'geweldsmisdrijven', jaar: 2023, waarde: 4.3, bron: 'Compendium voor de Leefomgeving, indicator nl0615 (CBS)' },
  { id: 'winkeldiefstal', jaar: 2018, waarde: 2.2, bron: 'Berg en Dal, jaarverslag 2019, verplichte beleidsindicatoren (Nederland, rekening 2019 = cijfers over 2018)' },
  { id: 'geweldsmisdrijven', jaar: 2018, waarde: 4.8, bron: 'Berg en Dal, jaarverslag 2019; Dronten, begroting 2020 (2018, Nederland 4,80)' },
  { id: 'diefstal-uit-woning', jaar: 2018, waarde: 2.5, bron: 'Berg en Dal, jaarverslag 2019; Dronten, begroting 2020 (2,50); De Stentor 2019 (gemiddeld in Nederland 2,5)' },
  { id: 'vernielingen', jaar: 2018, waarde: 5.4, bron: 'Berg en Dal, jaarverslag 2019, verplichte beleidsindicatoren (Nederland)' },
  { id: 'geweldsmisdrijven', jaar: 2020, waarde: 4.6, bron: 'Compendium voor de Leefomgeving, indicator nl061502 (CBS, 79.410 geweldsmisdrijven)' },
  // Vóór 2018, met dezelfde definities voor geweld, woning en winkel (vernielingen telde toen alleen vernieling):
  { id: 'winkeldiefstal', jaar: 2014, waarde: 2.5, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'winkeldiefstal', jaar: 2015, waarde: 2.4, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'winkeldiefstal', jaar: 2016, waarde: 2.3, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'geweldsmisdrijven', jaar: 2014, waarde: 5.9, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'geweldsmisdrijven', jaar: 2015, waarde: 5.5, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'geweldsmisdrijven', jaar: 2016, waarde: 5.3, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'diefstal-uit-woning', jaar: 2014, waarde: 4.2, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'diefstal-uit-woning', jaar: 2015, waarde: 3.8, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
  { id: 'diefstal-uit-woning', jaar: 2016, waarde: 3.3, bron: 'Maassluis, jaarverslag 2017, beleidsindicatoren (Nederland)' },
];

// --- Verwijzingen Halt ---------------------------------------------------------------------------

/**
 * Halt: het aantal verwijzingen naar Halt per jongeren van 12 tot en met 17 jaar (1 januari).
 * waarstaatjegemeente.nl publiceerde dit eerst per 10.000 jongeren (tot en met de cijfers over 2018),
 * later per 1.000. Kernplan bewaart aantal en jongeren, zodat beide eenheden te tonen zijn.
 */
export type HaltEenheid = 'per 1.000 jongeren van 12-17 jaar' | 'per 10.000 jongeren van 12-17 jaar';

export function haltWaarde(verwijzingen: number | null, jongeren: number | null, eenheid: HaltEenheid = 'per 1.000 jongeren van 12-17 jaar'): number | null {
  if (verwijzingen === null || !jongeren) return null;
  const factor = eenheid === 'per 10.000 jongeren van 12-17 jaar' ? 10_000 : 1_000;
  return Math.round((verwijzingen / jongeren) * factor * 100) / 100;
}

// --- Dekking -------------------------------------------------------------------------------------

export type BbvDekking = 'volledig' | 'onvolledig';

/**
 * Of een cijfer uit politiesoorten de officiële definitie dekt: 'onvolledig' als de definitie uit de
 * CBS-indeling komt (geweld, vernielingen) of als een van de soorten van de definitie onbekend is.
 */
export function bbvDekking(id: BbvId, aantallenPerCode: ReadonlyMap<string, number | null>): { dekking: BbvDekking; ontbreekt: string | null } {
  const def = bbvDefinities[id];
  if (!def.politiecodesVolledig) {
    return {
      dekking: 'onvolledig',
      ontbreekt: `De officiële definitie telt ${def.officieleBron}; de politiesoorten dekken die groep niet helemaal.`,
    };
  }
  const missend = def.politiecodesVolledig.filter((c) => aantallenPerCode.get(c) === null || aantallenPerCode.get(c) === undefined);
  return missend.length ? { dekking: 'onvolledig', ontbreekt: `Geen cijfer voor ${missend.join(', ')}.` } : { dekking: 'volledig', ontbreekt: null };
}
