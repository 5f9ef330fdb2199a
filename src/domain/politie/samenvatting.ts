/**
 * Wat een import van politiecijfers oplevert en hoe ver hij is: de samenvatting die bij de import
 * wordt bewaard (politie_imports.samenvatting) en de voortgang terwijl hij loopt. Gedeeld door de
 * import (schrijft ze), de opslag (leest de samenvatting terug), de opdrachtregel en de webapp.
 * Zuivere code.
 */
import type { FormaatNaam } from './formaat.ts';
import type { FouteRegel, OnbekendeSoort, Uitkomst } from './inlezen.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import type { OnopgelosteNaam, OpgelosteNaam } from './naamresolutie.ts';
import type { RegioSoort } from './regios.ts';
import { standaardKoppeling, themaVoorCode } from './themakoppeling.ts';

export interface Voortgang {
  fase: 'wachten' | 'lezen' | 'opslaan' | 'klaar';
  bytesGelezen: number;
  /** Grootte van het bestand, als die bekend is. */
  bytesTotaal: number | null;
  regelsGelezen: number;
  fouten: number;
}

export interface ImportSamenvatting {
  importId: string;
  bestandsnaam: string;
  sha256: string;
  /** Eerdere imports van precies hetzelfde bestand; de cijfers zijn dan niet verdubbeld, maar opnieuw gezet. */
  eerderIngelezen: { importId: string; klaarOp: string }[];
  formaat: FormaatNaam;
  formaatNaam: string;
  codering: Uitkomst['codering'];
  regeleinde: Uitkomst['regeleinde'];
  bytes: number;
  regelsGelezen: number;
  regelsGeimporteerd: number;
  onbekendeWaarden: number;
  geweigerdeRegels: FouteRegel[];
  geweigerdTotaal: number;
  /** Codes die niet bij de 59 soorten van CBS horen: niet ingelezen, wel gemeld. */
  onbekendeSoorten: (OnbekendeSoort & { titel: string | null })[];
  /** Soorten die (in deze werkruimte) bij geen thema horen, met het aantal in dit bestand. */
  zonderThema: { code: string; titel: string; reden: string; aantal: number }[];
  onbekendeRegiocodes: string[];
  zoekGemeenten: Uitkomst['zoekGemeenten'];
  opgelosteNamen: OpgelosteNaam[];
  onopgelosteNamen: OnopgelosteNaam[];
  perioden: { jaren: number[]; maanden: string[]; van: string | null; tot: string | null };
  regios: { aantal: Record<RegioSoort, number>; gemeenten: string[] };
  cellen: number;
  duurMs: number;
}

/**
 * De soorten die (met de afwijkingen van een werkruimte) bij geen thema horen, met hun totaal in het
 * bestand. Met `inBestand` alleen de soorten waarvan het bestand een ingelezen regel heeft: een
 * soort die er niet in staat, noemt de samenvatting niet (ook niet het totaal 0.0.0 met aantal 0).
 */
export function zonderThema(
  totalen: ArrayLike<number>,
  afwijkingen: ReadonlyMap<string, string | null>,
  inBestand?: ReadonlySet<string>,
): ImportSamenvatting['zonderThema'] {
  const lijst: ImportSamenvatting['zonderThema'] = [];
  misdrijfsoorten.forEach((m, i) => {
    if (inBestand && !inBestand.has(m.code)) return;
    if (themaVoorCode(m.code, afwijkingen) !== null) return;
    const standaard = standaardKoppeling.find((k) => k.code === m.code);
    const reden = afwijkingen.has(m.code)
      ? 'de werkruimte koppelt deze soort aan geen thema'
      : standaard && standaard.themaId === null
        ? standaard.reden === 'totaal'
          ? 'totaal van alle soorten; telt niet mee om dubbeltellen te voorkomen'
          : standaard.reden
        : 'geen thema';
    lijst.push({ code: m.code, titel: m.titel, reden, aantal: totalen[i]! });
  });
  return lijst;
}
