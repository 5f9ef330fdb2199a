/**
 * Wijken en buurten van een tabel van de Veiligheidsmonitor herleiden met de regiolijst die Kernplan
 * meelevert (CBS 47018NED, indeling 2024): op naam als die naam één wijk of buurt aanwijst, of als
 * 'Wijknaam (Gemeentenaam)'; en een naam bij een losse code ('WK036300' heet dan 'Burgwallen-Oude Zijde').
 */
import { gemeentenOpNaam } from '../../domain/gemeenten/gemeenten.ts';
import type { VmRegio } from '../../domain/veiligheidsmonitor/regios.ts';
import { regioSleutel, vmRegioSoort } from '../../domain/veiligheidsmonitor/regios.ts';
import type { VmTabel } from '../../domain/veiligheidsmonitor/lezen.ts';
import { meegeleverdeRegio, regiolijst } from '../politie/regiolijst.ts';

const gemeenteOpNaam = new Map(gemeentenOpNaam.map((g) => [regioSleutel(g.naam), g.code]));

/** Zoekt een wijk of buurt op naam; undefined als de naam er geen of meer dan één aanwijst. */
export function zoekWijkOfBuurt(tekst: string): VmRegio | undefined {
  const lijst = regiolijst();
  const metGemeente = /^(.*?)\s*\(([^()]+)\)$/.exec(tekst.trim());
  const naam = metGemeente ? metGemeente[1]! : tekst.trim();
  const gemeente = metGemeente ? gemeenteOpNaam.get(regioSleutel(metGemeente[2]!)) : undefined;
  if (metGemeente && !gemeente) return undefined;
  const kandidaten = lijst.bijNaam(naam).filter((r) => (r.soort === 'wijk' || r.soort === 'buurt') && (!gemeente || r.gemeente === gemeente));
  if (kandidaten.length !== 1) return undefined;
  const r = kandidaten[0]!;
  return { code: r.code, naam: r.naam, soort: vmRegioSoort(r.code) };
}

/** Geeft wijken en buurten die alleen met hun code in het bestand stonden de naam uit de meegeleverde lijst. */
export function vulRegionamen(tabel: VmTabel): VmTabel {
  return {
    ...tabel,
    regios: tabel.regios.map((r) => {
      if (r.naam !== r.code || (r.soort !== 'wijk' && r.soort !== 'buurt')) return r;
      const bekend = meegeleverdeRegio(r.code);
      return bekend ? { ...r, naam: bekend.naam } : r;
    }),
  };
}
