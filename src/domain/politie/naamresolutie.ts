/**
 * Regionamen (zoals in een download van data.politie.nl) terugvoeren op CBS-codes. Een naam is
 * geen sleutel: een wijk en een buurt kunnen dezelfde naam hebben (Amsterdam: wijk en buurt
 * Betondorp) en veel namen komen in meer gemeenten voor (Centrum). De regels, in volgorde:
 *
 * 1. Zoek alleen in de gemeenten van de werkruimte; zonder werkruimte in de gemeente(n) die het
 *    bestand zelf aanwijst: de gemeente waarin minstens 80% van de namen voorkomt, of anders de
 *    gemeenten die elk een flink deel van de namen dekken.
 * 2. Eén regio met die naam: die regio.
 * 3. Staat een naam twee keer in het bestand (zelfde soort misdrijf en periode) en heet een wijk net
 *    zo als een van haar eigen buurten, dan is de grootste waarde die van de wijk: een wijk omvat haar
 *    buurten. Bij gelijke waarden maakt de keuze niet uit.
 * 4. Staat een naam één keer in het bestand en kan die een wijk of een buurt zijn, terwijl de andere
 *    namen in het bestand alleen buurten (of alleen wijken) zijn, dan hoort de naam bij dat niveau.
 * 5. Anders blijft de naam onopgelost: de regels worden niet ingelezen en de samenvatting noemt de
 *    naam met de kandidaten. Kernplan gokt niet.
 * Zuivere code.
 */
import { type Regio, type RegioLijst, type RegioSoort, soortNamen } from './regios.ts';

export interface NaamInvoer {
  id: number;
  naam: string;
  /** Hoe vaak de naam hoogstens bij dezelfde soort en periode in het bestand staat. */
  keer: number;
  regels: number;
  eersteRegel: number;
}

export interface OpgelosteNaam {
  naam: string;
  codes: string[];
  hoe: string;
}

export interface OnopgelosteNaam {
  naam: string;
  reden: string;
  kandidaten: { code: string; naam: string; soort: RegioSoort }[];
  regels: number;
  eersteRegel: number;
}

export type NaamOplossing = { soort: 'code'; code: string } | { soort: 'splits'; wijk: string; buurt: string };

export interface Oplossing {
  perId: Map<number, NaamOplossing>;
  opgelost: OpgelosteNaam[];
  onopgelost: OnopgelosteNaam[];
  /** De gemeenten waarin is gezocht, en of ze uit het bestand zijn afgeleid. */
  gemeenten: string[];
  afgeleid: boolean;
}

function kandidaat(r: Regio) {
  return { code: r.code, naam: r.naam, soort: r.soort };
}

function gemeentenUitBestand(namen: NaamInvoer[], regios: RegioLijst): string[] {
  const dekking = new Map<string, Set<number>>();
  for (const n of namen) {
    for (const r of regios.bijNaam(n.naam)) {
      const g = r.gemeente;
      if (!g) continue;
      const s = dekking.get(g) ?? new Set<number>();
      s.add(n.id);
      dekking.set(g, s);
    }
  }
  const gesorteerd = [...dekking].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]));
  const beste = gesorteerd[0];
  if (!beste) return [];
  if (beste[1].size >= 0.8 * namen.length) return [beste[0]];
  // Meer gemeenten: kies steeds de gemeente die de meeste nog niet gedekte namen dekt.
  const gekozen: string[] = [];
  const gedekt = new Set<number>();
  const drempel = Math.max(2, Math.ceil(0.05 * namen.length));
  for (;;) {
    let kies: [string, number] | undefined;
    for (const [g, ids] of dekking) {
      if (gekozen.includes(g)) continue;
      let nieuw = 0;
      for (const id of ids) if (!gedekt.has(id)) nieuw++;
      if (nieuw >= drempel && (!kies || nieuw > kies[1])) kies = [g, nieuw];
    }
    if (!kies) break;
    gekozen.push(kies[0]);
    for (const id of dekking.get(kies[0])!) gedekt.add(id);
  }
  return gekozen.sort();
}

export function losNamenOp(namen: NaamInvoer[], regios: RegioLijst, gemeenten: readonly string[]): Oplossing {
  const afgeleid = gemeenten.length === 0;
  const binnen = new Set(afgeleid ? gemeentenUitBestand(namen, regios) : gemeenten);
  const perId = new Map<number, NaamOplossing>();
  const opgelost: OpgelosteNaam[] = [];
  const onopgelost: OnopgelosteNaam[] = [];
  const gemeenteTekst = [...binnen].map((g) => `${regios.bijCode(g)?.naam ?? g} (${g})`).join(', ');

  const wachtOpNiveau: { n: NaamInvoer; kandidaten: Regio[] }[] = [];
  const niveaus: Record<RegioSoort, number> = { land: 0, gemeente: 0, wijk: 0, buurt: 0, overig: 0 };

  for (const n of namen) {
    const alle = regios.bijNaam(n.naam);
    const kandidaten = alle.filter((r) => r.soort === 'land' || binnen.size === 0 || (r.gemeente !== null && binnen.has(r.gemeente)));
    const melding = (reden: string, lijst: readonly Regio[]) =>
      onopgelost.push({ naam: n.naam, reden, kandidaten: lijst.slice(0, 10).map(kandidaat), regels: n.regels, eersteRegel: n.eersteRegel });

    if (kandidaten.length === 0) {
      if (alle.length > 0) melding(`de naam hoort niet bij een regio in ${gemeenteTekst || 'de gekozen gemeenten'}`, alle);
      else melding('onbekende regionaam: niet gevonden in de CBS-lijst van wijken en buurten (indeling 2024)', []);
      continue;
    }
    if (kandidaten.length === 1) {
      const r = kandidaten[0]!;
      if (n.keer > 1) {
        melding(`de naam staat meer dan eens bij dezelfde soort misdrijf en periode, maar er is maar één ${soortNamen[r.soort]} met die naam`, kandidaten);
        continue;
      }
      perId.set(n.id, { soort: 'code', code: r.code });
      niveaus[r.soort]++;
      continue;
    }
    const wijken = kandidaten.filter((r) => r.soort === 'wijk');
    const buurten = kandidaten.filter((r) => r.soort === 'buurt');
    if (n.keer === 2 && kandidaten.length === 2 && wijken.length === 1 && buurten.length === 1 && buurten[0]!.code.startsWith(`BU${wijken[0]!.code.slice(2)}`)) {
      perId.set(n.id, { soort: 'splits', wijk: wijken[0]!.code, buurt: buurten[0]!.code });
      opgelost.push({
        naam: n.naam,
        codes: [wijken[0]!.code, buurten[0]!.code],
        hoe: 'de naam staat twee keer in het bestand; de grootste waarde hoort bij de wijk, want de wijk omvat de buurt met dezelfde naam',
      });
      continue;
    }
    if (n.keer === 1 && new Set(kandidaten.map((r) => r.soort)).size === kandidaten.length) {
      wachtOpNiveau.push({ n, kandidaten });
      continue;
    }
    melding(`de naam past bij ${kandidaten.length} regio's`, kandidaten);
  }

  // Regel 4: het niveau van de rest van het bestand.
  const niveau: RegioSoort | null = niveaus.buurt >= 3 && niveaus.wijk === 0 ? 'buurt' : niveaus.wijk >= 3 && niveaus.buurt === 0 ? 'wijk' : null;
  for (const { n, kandidaten } of wachtOpNiveau) {
    const r = niveau ? kandidaten.find((k) => k.soort === niveau) : undefined;
    if (r) {
      perId.set(n.id, { soort: 'code', code: r.code });
      opgelost.push({
        naam: n.naam,
        codes: [r.code],
        hoe: `de naam kan ${kandidaten.map((k) => `${soortNamen[k.soort]} ${k.code}`).join(' of ')} zijn; de andere namen in het bestand zijn alleen ${niveau === 'buurt' ? 'buurten' : 'wijken'}`,
      });
    } else {
      onopgelost.push({
        naam: n.naam,
        reden: `de naam past bij ${kandidaten.map((k) => `${soortNamen[k.soort]} ${k.code}`).join(' en ')}, en het bestand mengt wijken en buurten`,
        kandidaten: kandidaten.map(kandidaat),
        regels: n.regels,
        eersteRegel: n.eersteRegel,
      });
    }
  }
  onopgelost.sort((a, b) => a.eersteRegel - b.eersteRegel);
  return { perId, opgelost, onopgelost, gemeenten: [...binnen].sort(), afgeleid };
}
