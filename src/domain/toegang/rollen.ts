/**
 * Rollen per werkruimte en wat elke rol mag. De regels zijn data (een tabel), de functies lezen
 * die tabel: weigeren tenzij toegestaan (deny by default).
 */

export const rollen = ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'] as const;
export type Rol = (typeof rollen)[number];

export const rolNamen: Record<Rol, string> = {
  coordinator: 'Coördinator',
  redacteur: 'Redacteur (werkgroep)',
  partner: 'Partner',
  beslisser: 'Beslisser (portefeuillehouder, College, Driehoek)',
  raad: 'Raad',
  lezer: 'Lezer',
  auditor: 'Auditor (rekenkamer of audit, buiten de gemeente)',
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
  'beleidsketen.lezen',
  'evaluatie.lezen',
  'evaluatie.bewerken',
  'normenkader.beheren',
  'afspraken.lezen',
  'afspraken.beheren',
  'werkruimte.opvolgen',
] as const;
export type Actie = (typeof acties)[number];

/**
 * Wie wat mag. `partner` bij `sectie.bewerken` geldt alleen voor secties die aan de eigen
 * organisatie zijn toegewezen (zie magSectieBewerken). De raad leest alleen vastgestelde documenten
 * (en later het dashboard), geen concepten en geen analyse in wording.
 */
export const rechten: Record<Actie, readonly Rol[]> = {
  'werkruimte.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'],
  'werkruimte.wijzigen': ['coordinator'],
  'leden.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'leden.beheren': ['coordinator'],
  'secties.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer', 'auditor'],
  'sectie.bewerken': ['coordinator', 'redacteur', 'partner'],
  'sectie.instellen': ['coordinator'],
  'opmerkingen.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer'],
  'opmerking.plaatsen': ['coordinator', 'redacteur', 'partner', 'beslisser'],
  'opmerking.oplossen': ['coordinator', 'redacteur'],
  'geschiedenis.lezen': ['coordinator', 'redacteur'],
  'geschiedenis.herstellen': ['coordinator'],
  'goedkeuring.vastleggen': ['coordinator', 'beslisser'],
  'cyclus.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer', 'auditor'],
  'cyclus.bewerken': ['coordinator', 'redacteur'],
  'proces.beheren': ['coordinator'],
  'documenten.vastgesteld.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'],
  // Stap 6: de raad stuurt op het dashboard (indicatoren en voortgang), niet op concepten.
  'dashboard.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'],
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
  'raadsoverzicht.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'],
  // Technische vragen van raadsleden; de coördinator beantwoordt ze (zoals een griffie dat regelt).
  'raadsvraag.stellen': ['raad'],
  'raadsvraag.beantwoorden': ['coordinator'],
  // Een rapportage of jaarbeeld aan de raad aanbieden of als besproken vastleggen (bevriest de versie).
  'raadsbehandeling.vastleggen': ['coordinator'],
  // Een uitdrukkelijke reden vastleggen waarom een prioriteit (nog) geen indicator met streefwaarde heeft.
  'uitzondering.vastleggen': ['coordinator'],
  // Issue 19. De beleidsketen (probleem -> doel -> maatregel -> output -> effect) lezen; de auditor
  // leest het plan, de analyse, de documenten en het dashboard, maar wijzigt niets aan het plan.
  'beleidsketen.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer', 'auditor'],
  // Evaluaties tegen een normenkader: lezen, en oordelen vastleggen. De auditor (rekenkamer) legt zijn
  // eigen oordelen vast; dat is zijn werk, het plan zelf blijft voor hem alleen lezen.
  'evaluatie.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'],
  'evaluatie.bewerken': ['coordinator', 'redacteur', 'auditor'],
  // Een eigen normenkader toevoegen of het standaardkader aanpassen.
  'normenkader.beheren': ['coordinator', 'auditor'],
  // Afspraken met partners (capaciteit, informatie, leveringen) en de capaciteitskeuzes van de Driehoek.
  'afspraken.lezen': ['coordinator', 'redacteur', 'partner', 'beslisser', 'lezer', 'auditor'],
  'afspraken.beheren': ['coordinator', 'redacteur'],
  // Een opvolgende werkruimte (het volgende IVP) maken die begint bij deze.
  'werkruimte.opvolgen': ['coordinator'],
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
