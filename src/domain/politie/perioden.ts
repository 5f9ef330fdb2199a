/**
 * Perioden van de politiecijfers: een jaar of een maand. CBS schrijft `2023JJ00` en `2023MM01`, de
 * politie op data.politie.nl `2024` en `2024 januari`, andere bronnen `2024-01`. Een `*` achter de
 * periode (voorlopige cijfers) telt niet mee. Zuivere code.
 */

export interface Periode {
  jaar: number;
  /** 0 voor het hele jaar, anders 1 t/m 12. */
  maand: number;
}

export const maandnamen = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

const eersteJaar = 1990;
const laatsteJaar = 2100;

function jaarGeldig(j: number): boolean {
  return j >= eersteJaar && j <= laatsteJaar;
}

/** Leest een periode; undefined als de vorm onbekend is (dan is de regel fout). */
export function leesPeriode(invoer: string): Periode | undefined {
  const t = invoer.trim().replace(/\*$/, '').trim();
  let m = /^(\d{4})(?:JJ00)?$/i.exec(t);
  if (m) {
    const jaar = Number(m[1]);
    return jaarGeldig(jaar) ? { jaar, maand: 0 } : undefined;
  }
  m = /^(\d{4})(?:MM|-|\/)(\d{1,2})$/i.exec(t);
  if (m) {
    const jaar = Number(m[1]);
    const maand = Number(m[2]);
    return jaarGeldig(jaar) && maand >= 1 && maand <= 12 ? { jaar, maand } : undefined;
  }
  m = /^(\d{4})\s+([a-z]+)$/i.exec(t) ?? /^([a-z]+)\s+(\d{4})$/i.exec(t);
  if (m) {
    const [jaarTekst, naam] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const maand = maandnamen.indexOf(naam.toLowerCase() as (typeof maandnamen)[number]) + 1;
    const jaar = Number(jaarTekst);
    return maand > 0 && jaarGeldig(jaar) ? { jaar, maand } : undefined;
  }
  return undefined;
}

/** Waarom een periode niet te lezen is, voor de melding bij de regel. */
export function uitlegPeriode(invoer: string): string {
  const t = invoer.trim();
  if (t === '') return 'de periode ontbreekt';
  if (/^\d{4}KW0?[1-4]$/i.test(t)) return `kwartaalcijfers ('${t}') worden niet ondersteund; gebruik jaren (2023JJ00) of maanden (2023MM01)`;
  return `onbekende periode '${t}'; verwacht een jaar (2023 of 2023JJ00) of een maand (2023MM01, 2023-01 of 2023 januari)`;
}

export function periodeSleutel(p: Periode): string {
  return p.maand === 0 ? `${p.jaar}JJ00` : `${p.jaar}MM${String(p.maand).padStart(2, '0')}`;
}

export function periodeNaam(p: Periode): string {
  return p.maand === 0 ? String(p.jaar) : `${maandnamen[p.maand - 1]} ${p.jaar}`;
}
