/**
 * Rollen per werkruimte en wat elke rol mag. De regels zijn data (een tabel), de functies lezen
 * die tabel: weigeren tenzij toegestaan (deny by default).
 */

export const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'] as const;
export type Rol = (typeof rollen)[number];

export const rolNamen: Record<Rol, string> = {
  coordinator: 'Coördinator',
  redacteur: 'Redacteur (werkgroep)',
  partner: 'Partner',
  beslisser: 'Beslisser (portefeuillehouder, College, Driehoek)',
  raad: 'Raad',
  lezer: 'Lezer',
};

export const acties = [
  'werkruimte.lezen',
  'werkruimte.wijzigen',
  'leden.lezen',
  'leden.beheren',
  'secties.lezen',
  'sectie.bewerken',
  'sectie.instellen',
  'opmerkingen.lezen',
  'opmerking.plaatsen',
  'opmerking.oplossen',
  'geschiedenis.lezen',
  'geschiedenis.herstellen',
  'goedkeuring.vastleggen',
  'cyclus.lezen',
  'cyclus.bewerken',
  'proces.beheren',
  'documenten.vastgesteld.lezen',
  'dashboard.lezen',
  'voortgang.bijwerken',
  'overleg.beheren',
  'ronde.beheren',
  'ronde.lezen',
  'ronde.deelnemen',
  'raadsoverzicht.lezen',
  'raadsvraag.stellen',
  'raadsvraag.beantwoorden',
  'raadsbehandeling.vastleggen',
  'uitzondering.vastleggen',
] as const;
export type Actie = (typeof acties)[number];

/**
 * Wie wat mag. `partner` bij `sectie.bewerken` geldt alleen voor secties die aan de eigen
 * organisatie zijn toegewezen (zie magSectieBewerken). De raad leest alleen vastgestelde documenten
 * (en later het dashboard), geen concepten en geen analyse in wording.
 */
export const rechten: Record<Actie, readonly Rol[]> = {
  'werkruimte.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'],
  'werkruimte.wijzigen': ['coordinator'],
  'leden.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'leden.beheren': ['coordinator'],
  'secties.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'sectie.bewerken': ['coordinator', 'redacteur', 'partner'],
  'sectie.instellen': ['coordinator'],
  'opmerkingen.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'opmerking.plaatsen': ['coordinator', 'redacteur', 'partner', 'beslisser'],
  'opmerking.oplossen': ['coordinator', 'redacteur'],
  'geschiedenis.lezen': ['coordinator', 'redacteur'],
  'geschiedenis.herstellen': ['coordinator'],
  'goedkeuring.vastleggen': ['coordinator', 'beslisser'],
  'cyclus.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'cyclus.bewerken': ['coordinator', 'redacteur'],
  'proces.beheren': ['coordinator'],
  'documenten.vastgesteld.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'],
  // Stap 6: de raad stuurt op het dashboard (indicatoren en voortgang), niet op concepten.
  'dashboard.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'],
  // Iedere eigenaar werkt zijn eigen maatregelen en indicatoren bij (zie magVoortgangBijwerken).
  'voortgang.bijwerken': ['coordinator', 'redacteur'],
  'overleg.beheren': ['coordinator', 'redacteur'],
  // Stap 3, de prioriteringsronde (issue 15): de coördinator opent, sluit en neemt de uitkomst over.
  'ronde.beheren': ['coordinator'],
  // Een ronde en haar voorstel lezen: leden lezen alle rondes; de raad alleen de rondes waaraan hij
  // deelneemt (zie de rondes-opslag), een lezer alleen de uitslag van gesloten rondes.
  'ronde.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'],
  // Rangschikken mag alleen wie op de deelnemerslijst van de ronde staat (en een van deze rollen heeft).
  'ronde.deelnemen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad'],
  // Het raadsoverzicht: per prioriteit het doel, de indicatoren, de voortgang en de rapportages.
  'raadsoverzicht.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer'],
  // Technische vragen van raadsleden; de coördinator beantwoordt ze (zoals een griffie dat regelt).
  'raadsvraag.stellen': ['raad'],
  'raadsvraag.beantwoorden': ['coordinator'],
  // Een rapportage of jaarbeeld aan de raad aanbieden of als besproken vastleggen (bevriest de versie).
  'raadsbehandeling.vastleggen': ['coordinator'],
  // Een uitdrukkelijke reden vastleggen waarom een prioriteit (nog) geen indicator met streefwaarde heeft.
  'uitzondering.vastleggen': ['coordinator'],
};

export interface Lidmaatschap {
  rol: Rol;
  organisatieId: string;
  /** Mag vertrouwelijke secties zien (bv. ondermijning). */
  vertrouwelijkToegang: boolean;
}

export interface SectieToegang {
  vertrouwelijk: boolean;
  toegewezenOrganisatieId: string | null;
}

export function mag(lid: Lidmaatschap | null | undefined, actie: Actie): boolean {
  return lid ? rechten[actie].includes(lid.rol) : false;
}

/** Een vertrouwelijke sectie bestaat niet voor wie geen toegang heeft: niet in lijsten, niet los. */
export function magSectieZien(lid: Lidmaatschap | null | undefined, sectie: SectieToegang): boolean {
  if (!mag(lid, 'secties.lezen')) return false;
  return !sectie.vertrouwelijk || lid?.vertrouwelijkToegang === true;
}

/**
 * Vertrouwelijke maatregelen en indicatoren (en secties) ziet alleen wie toegang vertrouwelijk heeft;
 * voor anderen bestaan ze niet. Vertrouwelijkheid zelf instellen mag alleen de coördinator.
 */
export function magVertrouwelijkZien(lid: Pick<Lidmaatschap, 'vertrouwelijkToegang'> | null | undefined): boolean {
  return lid?.vertrouwelijkToegang === true;
}

/** Een maatregel of indicator zien: niet vertrouwelijk, of met toegang vertrouwelijk. */
export function magOnderdeelZien(lid: Pick<Lidmaatschap, 'vertrouwelijkToegang'> | null | undefined, onderdeel: { vertrouwelijk?: boolean }): boolean {
  return onderdeel.vertrouwelijk !== true || magVertrouwelijkZien(lid);
}

export function magVertrouwelijkInstellen(lid: Pick<Lidmaatschap, 'rol'> | null | undefined): boolean {
  return lid?.rol === 'coordinator';
}

export function magSectieBewerken(lid: Lidmaatschap | null | undefined, sectie: SectieToegang): boolean {
  if (!lid || !magSectieZien(lid, sectie) || !mag(lid, 'sectie.bewerken')) return false;
  if (lid.rol === 'partner') return sectie.toegewezenOrganisatieId === lid.organisatieId;
  return true;
}

/**
 * De voortgang van een maatregel of de meting van een indicator bijwerken mag wie dat volgens de
 * tabel mag, en de eigenaar zelf (ook een partner of beslisser), zolang hij lid is. De raad en
 * lezers nooit: zij kunnen geen eigenaar zijn.
 */
export function magVoortgangBijwerken(lid: Lidmaatschap | null | undefined, isEigenaar: boolean): boolean {
  if (!lid) return false;
  if (mag(lid, 'voortgang.bijwerken')) return true;
  return isEigenaar && (lid.rol === 'partner' || lid.rol === 'beslisser');
}

/** Een opmerking oplossen mag wie dat mag volgens de tabel, en altijd de schrijver zelf. */
export function magOpmerkingOplossen(lid: Lidmaatschap | null | undefined, isAuteur: boolean): boolean {
  if (!lid) return false;
  return isAuteur || mag(lid, 'opmerking.oplossen');
}
