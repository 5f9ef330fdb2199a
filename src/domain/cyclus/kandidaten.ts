/**
 * Stap 3a van een gezamenlijk IVP (issue 17, punt 2): elke gemeente bepaalt eerst lokaal haar
 * kandidaat-prioriteiten (stap 2 en 3 "vooral lokaal, in elke gemeente afzonderlijk"); daarna leggen de
 * gemeenten ze naast elkaar en bepalen een set gezamenlijke en lokaal-specifieke prioriteiten,
 * rekening houdend met de prioriteiten op eenheidsniveau (de regio). Zuiver.
 *
 * Het voorstel is een hulpmiddel, geen besluit: een thema dat alle gemeenten kiezen, of ten minste de
 * helft en minstens twee, wordt een gezamenlijke kandidaat; een thema van minder gemeenten een lokale
 * kandidaat van elk van die gemeenten.
 */
import { isThemaId, themas, vindThema } from '../kennisbank/kennisbank.ts';

/** Per CBS-code de kandidaat-thema's van die gemeente. */
export type Kandidaten = Record<string, { themaIds: string[]; toelichting?: string }>;

export interface KandidaatRij {
  themaId: string;
  naam: string;
  /** CBS-codes van de gemeenten die dit thema als kandidaat hebben. */
  gemeenten: string[];
  aantal: number;
  voorstel: 'gezamenlijk' | 'lokaal';
  /** Regionale thema's (van een regio waarin een van de gemeenten ligt) die dit thema omvatten. */
  regio: string[];
}

export interface Kandidatenmatrix {
  gemeenten: { code: string; naam: string; aantal: number; ingevuld: boolean }[];
  rijen: KandidaatRij[];
  /** Eén zin per gemeente die nog niets invulde. */
  ontbreekt: string[];
}

export interface Probleem {
  veld: string;
  reden: string;
}

export function controleerKandidaten(k: Kandidaten, gemeenten: readonly { code: string; naam: string }[]): Probleem[] {
  const problemen: Probleem[] = [];
  if (gemeenten.length < 2) return [{ veld: '', reden: 'Kandidaat-prioriteiten per gemeente horen bij een gezamenlijk IVP; deze werkruimte is van één gemeente.' }];
  for (const [code, v] of Object.entries(k)) {
    if (!gemeenten.some((g) => g.code === code)) problemen.push({ veld: code, reden: `Gemeente ${code} doet niet mee aan dit IVP.` });
    const gezien = new Set<string>();
    v.themaIds.forEach((t, i) => {
      if (!isThemaId(t)) problemen.push({ veld: `${code}.themaIds[${i}]`, reden: `Thema '${t}' bestaat niet; gebruik een nummer van 1.1 tot en met 5.5.` });
      else if (gezien.has(t)) problemen.push({ veld: `${code}.themaIds[${i}]`, reden: `Thema ${t} staat twee keer bij ${gemeenten.find((g) => g.code === code)?.naam ?? code}.` });
      gezien.add(t);
    });
  }
  return problemen;
}

export function kandidatenmatrix(k: Kandidaten, gemeenten: readonly { code: string; naam: string }[], regiothemas: readonly { titel: string; themaIds: string[] }[] = []): Kandidatenmatrix {
  const ingevuld = gemeenten.filter((g) => (k[g.code]?.themaIds.length ?? 0) > 0);
  const drempel = Math.max(2, Math.ceil(gemeenten.length / 2));
  const rijen = themas
    .map((t): KandidaatRij => {
      const codes = gemeenten.filter((g) => k[g.code]?.themaIds.includes(t.id)).map((g) => g.code);
      return {
        themaId: t.id,
        naam: vindThema(t.id)!.naam,
        gemeenten: codes,
        aantal: codes.length,
        voorstel: codes.length === gemeenten.length || codes.length >= drempel ? 'gezamenlijk' : 'lokaal',
        regio: [...new Set(regiothemas.filter((r) => r.themaIds.includes(t.id)).map((r) => r.titel))],
      };
    })
    .filter((r) => r.aantal > 0)
    .sort((a, b) => b.aantal - a.aantal || a.themaId.localeCompare(b.themaId, 'nl', { numeric: true }));
  return {
    gemeenten: gemeenten.map((g) => ({ code: g.code, naam: g.naam, aantal: k[g.code]?.themaIds.length ?? 0, ingevuld: ingevuld.includes(g) })),
    rijen,
    ontbreekt: gemeenten.filter((g) => !ingevuld.includes(g)).map((g) => `${g.naam} heeft nog geen kandidaat-prioriteiten.`),
  };
}
