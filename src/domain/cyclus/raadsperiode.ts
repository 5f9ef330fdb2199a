/**
 * De raadsperiode: wanneer de gemeenteraad wordt gekozen, welke raad er zit op een datum, en wat dat
 * betekent voor de planning van het IVP. Zuiver; datums zijn ISO-datums (2026-03-18).
 *
 * De regels komen uit de Kieswet (zoals de Kiesraad ze samenvat op kiesraad.nl, "Kieswet in het
 * kort", hoofdstukken C, F en J):
 * - art. C 4: de leden van de gemeenteraad worden gekozen voor vier jaar en treden tegelijk af met
 *   ingang van de woensdag in de periode van 29 maart tot en met 4 april; daar begint de nieuwe raad
 *   (zo sinds 2022, toen de tijd tussen stemming en eerste vergadering dertien dagen werd; in 2018
 *   begon de raad op donderdag 29 maart, hier gerekend als 4 april);
 * - art. F 1: de kandidaatstelling is op de maandag in de periode van 30 januari tot en met 5 februari
 *   (in een schrikkeljaar 31 januari tot en met 6 februari);
 * - art. J 1: de stemming is op de 44e dag na de kandidaatstelling, dus op een woensdag in maart.
 * Zo vielen de verkiezingen op 21 maart 2018, 16 maart 2022 en 18 maart 2026; daarna 20 maart 2030.
 * De gewone cyclus loopt elke vier jaar vanaf 2018 (een gemeentelijke herindeling geeft soms een
 * afwijkende eerste periode; die rekent Kernplan niet mee).
 *
 * Het advies: de planperiode volgt de raadsperiode. Kernbeleid Veiligheid noemt in de startnotitie het
 * collegeprogramma als strategisch kader, en issue 15 vraagt het IVP te laten aansluiten op de raad die
 * het vaststelt en erop stuurt: het plan begint in het jaar na de verkiezingen en loopt tot en met het
 * jaar van de volgende verkiezingen (verkiezingen maart 2026: IVP 2027-2030), en bouwt voort op het
 * coalitieakkoord.
 */

/** Een jaar met gewone gemeenteraadsverkiezingen; de cyclus van vier jaar loopt vanaf hier. */
export const REFERENTIEJAAR = 2018;
/** Vanaf deze dag (maand-dag) in het jaar voor de verkiezingen raadt Kernplan af het IVP vast te stellen. */
export const BEGIN_VERKIEZINGSTIJD = '12-01';

const DAG = 86_400_000;
const naarDatum = (iso: string) => new Date(`${iso}T00:00:00Z`);
const naarIso = (d: Date) => d.toISOString().slice(0, 10);
const plusDagen = (iso: string, n: number) => naarIso(new Date(naarDatum(iso).getTime() + n * DAG));
const isSchrikkeljaar = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;

/** De eerste dag met deze weekdag (0 zondag ... 6 zaterdag) vanaf `van` (ISO). */
function eersteWeekdagVanaf(van: string, weekdag: number): string {
  const d = naarDatum(van);
  return plusDagen(van, (weekdag - d.getUTCDay() + 7) % 7);
}

export function isVerkiezingsjaar(jaar: number): boolean {
  return Number.isInteger(jaar) && (((jaar - REFERENTIEJAAR) % 4) + 4) % 4 === 0;
}

/** De dag van de kandidaatstelling in een jaar (art. F 1 Kieswet): maandag 30 januari-5 februari (schrikkeljaar 31 januari-6 februari). */
export function kandidaatstelling(jaar: number): string {
  return eersteWeekdagVanaf(`${jaar}-01-${isSchrikkeljaar(jaar) ? 31 : 30}`, 1);
}

/** De dag van stemming voor de gemeenteraad in een verkiezingsjaar (art. J 1 Kieswet): 44 dagen na de kandidaatstelling. */
export function verkiezingsdag(jaar: number): string {
  return plusDagen(kandidaatstelling(jaar), 44);
}

/** De dag waarop de nieuw gekozen raad begint (art. C 4 Kieswet): de woensdag van 29 maart tot en met 4 april. */
export function aantreden(jaar: number): string {
  return eersteWeekdagVanaf(`${jaar}-03-29`, 3);
}

export interface Raadsperiode {
  /** Het jaar waarin deze raad werd gekozen. */
  verkiezingsjaar: number;
  /** De verkiezingsdag waarop deze raad werd gekozen. */
  verkiezing: string;
  /** De eerste dag van deze raad en de laatste (de dag voor de volgende raad begint). */
  begin: string;
  einde: string;
  /** De verkiezingen voor de volgende raad. */
  volgendeVerkiezing: string;
}

export function raadsperiodeVan(verkiezingsjaar: number): Raadsperiode {
  return {
    verkiezingsjaar,
    verkiezing: verkiezingsdag(verkiezingsjaar),
    begin: aantreden(verkiezingsjaar),
    einde: plusDagen(aantreden(verkiezingsjaar + 4), -1),
    volgendeVerkiezing: verkiezingsdag(verkiezingsjaar + 4),
  };
}

/** Het laatste verkiezingsjaar op of vóór dit jaar. */
function verkiezingsjaarTot(jaar: number): number {
  return jaar - ((((jaar - REFERENTIEJAAR) % 4) + 4) % 4);
}

/** De raadsperiode waarin een datum valt: de raad die dan zit (tot de nieuwe raad begint, zit de oude nog). */
export function raadsperiodeOp(datum: string): Raadsperiode {
  const jaar = Number(datum.slice(0, 4));
  const j = verkiezingsjaarTot(jaar);
  return raadsperiodeVan(j === jaar && datum < aantreden(j) ? j - 4 : j);
}

/** De eerstvolgende verkiezingsdag op of na een datum. */
export function volgendeVerkiezing(datum: string): string {
  const jaar = Number(datum.slice(0, 4));
  const j = verkiezingsjaarTot(jaar);
  return j === jaar && datum <= verkiezingsdag(j) ? verkiezingsdag(j) : verkiezingsdag(j + 4);
}

/** De verkiezingsdagen vanaf een datum (die dag meegeteld), `aantal` stuks. */
export function verkiezingenVanaf(datum: string, aantal: number): string[] {
  const uit: string[] = [];
  let v = volgendeVerkiezing(datum);
  while (uit.length < aantal) {
    uit.push(v);
    v = verkiezingsdag(Number(v.slice(0, 4)) + 4);
  }
  return uit;
}

/** De planperiode die de methode aanraadt bij een raadsperiode: het jaar na de verkiezingen tot en met het jaar van de volgende. */
export function aangeradenPlanperiode(r: Pick<Raadsperiode, 'verkiezingsjaar'>): { van: number; tot: number } {
  return { van: r.verkiezingsjaar + 1, tot: r.verkiezingsjaar + 4 };
}

/** Volgt de planperiode deze raadsperiode? Begin in het verkiezingsjaar of het jaar erna, einde in het jaar van de volgende verkiezingen. */
export function volgtRaadsperiode(periodeStart: number, periodeEinde: number, r: Pick<Raadsperiode, 'verkiezingsjaar'>): boolean {
  return (periodeStart === r.verkiezingsjaar || periodeStart === r.verkiezingsjaar + 1) && periodeEinde === r.verkiezingsjaar + 4;
}

/** Valt een datum in de weken voor de verkiezingen (van 1 december tot de nieuwe raad begint)? Dan de verkiezingen waar het om gaat. */
export function inVerkiezingstijd(datum: string): string | null {
  const v = volgendeVerkiezing(datum);
  const jaar = Number(v.slice(0, 4));
  const begin = `${jaar - 1}-${BEGIN_VERKIEZINGSTIJD}`;
  if (datum >= begin) return v;
  // Between the election and the new council's first day, the old council still sits.
  const vorige = verkiezingsjaarTot(Number(datum.slice(0, 4)));
  if (datum > verkiezingsdag(vorige) && datum < aantreden(vorige)) return verkiezingsdag(vorige);
  return null;
}

const datumLang = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const datumTekst = (iso: string): string => datumLang.format(naarDatum(iso));

export type RaadsperiodeCode = 'vaststelling-voor-verkiezingen' | 'planperiode-volgt-raad-niet' | 'coalitieakkoord-na-vaststelling' | 'coalitieakkoord-vorige-raad';

export interface RaadsperiodeWaarschuwing {
  code: RaadsperiodeCode;
  melding: string;
  /** Waar het te herstellen is: de planning (cyclus) of de instellingen. */
  plek: string;
}

export interface RaadsperiodeInvoer {
  /** De raadsvergadering die het IVP moet vaststellen (het procesdeel), of null. */
  raadsvergadering: string | null;
  periodeStart: number | null;
  periodeEinde: number | null;
  /** De datum van het coalitieakkoord, of null als die (nog) niet is ingevuld. */
  coalitieakkoord: string | null;
}

/**
 * De raad die het IVP vaststelt: die van de geplande raadsvergadering. Valt die vlak voor de
 * verkiezingen, dan gaat het om de raad die daarna komt (daar hoort het plan bij).
 */
export function vaststellendeRaad(invoer: Pick<RaadsperiodeInvoer, 'raadsvergadering' | 'periodeStart'>): Raadsperiode | null {
  if (invoer.raadsvergadering) {
    const voor = inVerkiezingstijd(invoer.raadsvergadering);
    return voor ? raadsperiodeVan(Number(voor.slice(0, 4))) : raadsperiodeOp(invoer.raadsvergadering);
  }
  // Without a meeting: the council elected in (or last before) the plan's first year.
  return invoer.periodeStart ? raadsperiodeVan(verkiezingsjaarTot(invoer.periodeStart)) : null;
}

/** Waarschuwingen over de planning ten opzichte van de raadsperiode, elk een zin die zegt wat te doen. */
export function raadsperiodeWaarschuwingen(invoer: RaadsperiodeInvoer): RaadsperiodeWaarschuwing[] {
  const uit: RaadsperiodeWaarschuwing[] = [];
  const { raadsvergadering, periodeStart, periodeEinde, coalitieakkoord } = invoer;
  if (raadsvergadering) {
    const verkiezing = inVerkiezingstijd(raadsvergadering);
    if (verkiezing) {
      const jaar = Number(verkiezing.slice(0, 4));
      uit.push({
        code: 'vaststelling-voor-verkiezingen',
        melding:
          `De raad stelt het IVP volgens de planning vast op ${datumTekst(raadsvergadering)}, vlak voor de gemeenteraadsverkiezingen van ${datumTekst(verkiezing)}. ` +
          `Vanaf 1 december voor de verkiezingen is de raad met de campagne bezig, en een plan voor vier jaar hoort bij de raad die er daarna op stuurt. ` +
          `Plan de vaststelling vóór ${datumTekst(`${jaar - 1}-${BEGIN_VERKIEZINGSTIJD}`)}, of na de verkiezingen en het coalitieakkoord (de nieuwe raad begint op ${datumTekst(aantreden(jaar))}).`,
        plek: 'cyclus#raadsperiode',
      });
    }
  }
  const raad = vaststellendeRaad(invoer);
  if (raad && periodeStart !== null && periodeEinde !== null && !volgtRaadsperiode(periodeStart, periodeEinde, raad)) {
    const advies = aangeradenPlanperiode(raad);
    uit.push({
      code: 'planperiode-volgt-raad-niet',
      melding:
        `De planperiode ${periodeStart}-${periodeEinde} loopt niet gelijk met de raad die in ${raad.verkiezingsjaar} is of wordt gekozen (tot de verkiezingen van ${Number(raad.volgendeVerkiezing.slice(0, 4))}). ` +
        `De methode raadt aan het plan de raadsperiode te laten volgen, zodat de raad die het vaststelt er ook op stuurt. Kies bij voorkeur ${advies.van}-${advies.tot} bij de instellingen.`,
      plek: 'instellingen#raadsperiode',
    });
  }
  if (raadsvergadering && coalitieakkoord) {
    if (coalitieakkoord > raadsvergadering) {
      uit.push({
        code: 'coalitieakkoord-na-vaststelling',
        melding:
          `Het coalitieakkoord (${datumTekst(coalitieakkoord)}) komt pas na de geplande vaststelling van het IVP (${datumTekst(raadsvergadering)}). ` +
          `Het IVP hoort voort te bouwen op de afspraken over veiligheid in het akkoord: plan de raadsvergadering na het akkoord.`,
        plek: 'cyclus#raadsperiode',
      });
    } else if (raad && coalitieakkoord < raad.verkiezing) {
      uit.push({
        code: 'coalitieakkoord-vorige-raad',
        melding:
          `Het coalitieakkoord van ${datumTekst(coalitieakkoord)} hoort bij de vorige raad: de raad die het IVP vaststelt, wordt gekozen op ${datumTekst(raad.verkiezing)}. ` +
          `Vul bij de instellingen de datum van het nieuwe coalitieakkoord in zodra die bekend is.`,
        plek: 'instellingen#raadsperiode',
      });
    }
  }
  return uit;
}

export interface RaadsperiodeOverzicht {
  /** De raad die nu zit. */
  huidig: Raadsperiode;
  /** De komende verkiezingsdagen (drie). */
  verkiezingen: string[];
  /** De raad die het IVP vaststelt (zie vaststellendeRaad), of null als er geen planning of periode is. */
  vaststellendeRaad: Raadsperiode | null;
  /** De planperiode die bij die raad past. */
  aangeradenPlanperiode: { van: number; tot: number } | null;
  coalitieakkoord: string | null;
  raadsvergadering: string | null;
  waarschuwingen: RaadsperiodeWaarschuwing[];
}

export function raadsperiodeOverzicht(invoer: RaadsperiodeInvoer, vandaag: string): RaadsperiodeOverzicht {
  const raad = vaststellendeRaad(invoer);
  return {
    huidig: raadsperiodeOp(vandaag),
    verkiezingen: verkiezingenVanaf(vandaag, 3),
    vaststellendeRaad: raad,
    aangeradenPlanperiode: raad ? aangeradenPlanperiode(raad) : null,
    coalitieakkoord: invoer.coalitieakkoord,
    raadsvergadering: invoer.raadsvergadering,
    waarschuwingen: raadsperiodeWaarschuwingen(invoer),
  };
}

/** Voor een label: '1 april 2026 tot en met 2 april 2030'. */
export function raadsperiodeTekst(r: Pick<Raadsperiode, 'begin' | 'einde'>): string {
  return `${datumTekst(r.begin)} tot en met ${datumTekst(r.einde)}`;
}
