/** Domain objects to API answers. Names are the same Dutch terms; cross-references get a name. */
import { themas, vindThema, vindVeld } from '../../domain/kennisbank/kennisbank.ts';
import type { Aspect, StrategischThema, Thema, ThemaId, Veld } from '../../domain/kennisbank/types.ts';
import { methoden } from '../../domain/methoden/catalogus.ts';
import type { Methode } from '../../domain/methoden/types.ts';

function verwijzing(id: ThemaId) {
  return { id, naam: vindThema(id)?.naam ?? id };
}

export function presentVeld(v: Veld) {
  return {
    nummer: v.nummer,
    naam: v.naam,
    omschrijving: v.omschrijving,
    themas: themas.filter((t) => t.veld === v.nummer).map((t) => ({ id: t.id, naam: t.naam })),
  };
}

export function presentThemaSamenvatting(t: Thema) {
  return { id: t.id, veld: t.veld, naam: t.naam, trefwoorden: t.trefwoorden };
}

export function presentThema(t: Thema) {
  return {
    id: t.id,
    veld: t.veld,
    veldnaam: vindVeld(t.veld)?.naam ?? '',
    naam: t.naam,
    uitleg: t.uitleg,
    effectinformatie: t.effectinformatie,
    effectindicatoren: t.effectindicatoren,
    raakvlakken: t.raakvlakken.map(verwijzing),
    trefwoorden: t.trefwoorden,
    ...(t.aanpak ? { aanpak: t.aanpak } : {}),
    methoden: methoden.filter((m) => m.themas.includes(t.id)).map((m) => ({ id: m.id, naam: m.naam })),
  };
}

export function presentAspect(a: Aspect) {
  return { ...a };
}

export function presentStrategischThema(s: StrategischThema) {
  return { ...s, raakvlakken: s.raakvlakken.map(verwijzing) };
}

export function presentMethode(m: Methode) {
  return { ...m, themas: m.themas.map(verwijzing) };
}
