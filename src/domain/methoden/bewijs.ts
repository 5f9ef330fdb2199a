/**
 * Hoe sterk is het bewijs dat een methode uit de catalogus werkt (issue 19, punt 3)?
 *
 * Eerlijkheid gaat voor: een methode krijgt alleen een ander niveau dan 'onbekend' als een erkende bron
 * het geeft en we die bron precies kunnen noemen (een systematische review van de Campbell
 * Collaboration, een beoordeling van de Erkenningscommissie Interventies in de databanken van NJi,
 * Movisie of CCV, een register als Blueprints, of een genoemd effectonderzoek). Waar we niets vonden,
 * staat 'onbekend': dat betekent dat het niet bekend is, niet dat de methode niet werkt. De bronnen en
 * hoe we zochten staan in docs/methoden-bewijs.md.
 */
import { methoden } from './data.ts';

export const bewijsNiveaus = ['effectief', 'veelbelovend', 'theoretisch-onderbouwd', 'onbekend'] as const;
export type BewijsNiveau = (typeof bewijsNiveaus)[number];

export const bewijsNamen: Record<BewijsNiveau, string> = {
  effectief: 'Effectief',
  veelbelovend: 'Veelbelovend',
  'theoretisch-onderbouwd': 'Theoretisch onderbouwd',
  onbekend: 'Bewijs onbekend',
};

/** Wat elk niveau betekent, in gewone woorden (voor de uitleg op de pagina's). */
export const bewijsUitleg: Record<BewijsNiveau, string> = {
  effectief: 'Een erkende bron stelt op grond van goed effectonderzoek met een vergelijkingsgroep vast dat de methode zelf het beoogde effect heeft.',
  veelbelovend: 'Er zijn eerste aanwijzingen uit goed onderzoek dat de methode (of haar kern) werkt, maar nog niet genoeg om haar effectief te noemen.',
  'theoretisch-onderbouwd': 'Een erkende beoordelaar vindt de methode goed beschreven en onderbouwd met theorie of onderzoek; of ze werkt, is nog niet aangetoond.',
  onbekend: 'We vonden geen beoordeling door een erkende bron. Dat zegt niet dat de methode niet werkt, alleen dat het niet bekend is.',
};

export interface Bewijs {
  niveau: BewijsNiveau;
  /** De bron van het oordeel, zo precies dat een lezer haar kan terugvinden. */
  bron: string;
  toelichting: string;
}

const GEEN_BRON = 'Geen erkende beoordeling gevonden.';
const GEEN_TOELICHTING =
  'Voor deze methode vonden we geen oordeel van een erkende instantie (Erkenningscommissie Interventies, Campbell Collaboration, Blueprints) en geen effectonderzoek met een vergelijkingsgroep. Dat zegt niet dat de methode niet werkt: het is niet bekend.';

/** Alleen de methoden waarvoor we iets vonden; de rest van de catalogus is 'onbekend'. */
const gevonden: Record<string, Bewijs> = {
  hotspotaanpak: {
    niveau: 'veelbelovend',
    bron:
      'Campbell Collaboration: Braga, Papachristos en Hureau (2012), Hot spots policing effects on crime, Campbell Systematic Reviews 2012:8 (doi 10.4073/csr.2012.8); bijgewerkt in Braga e.a. (2019), Hot spots policing and crime reduction: an update of an ongoing systematic review and meta-analysis, Journal of Experimental Criminology 15(3), 289-311.',
    toelichting:
      'De systematische review vindt dat gerichte politie-inzet op hotspots de criminaliteit op die plekken vermindert, met een klein effect, en dat de criminaliteit zich niet naar de omgeving verplaatst (eerder gaat ze daar ook omlaag). Dat oordeel gaat over politie-inzet. De bredere Nederlandse gebiedsaanpak uit de catalogus, met zorg, woningcorporaties en fysieke maatregelen, is als geheel niet zo onderzocht; daarom veelbelovend en niet effectief.',
  },
  'communities-that-care': {
    niveau: 'veelbelovend',
    bron: 'Blueprints for Healthy Youth Development (University of Colorado Boulder): Communities That Care, beoordeeld als ‘Promising’.',
    toelichting:
      'Blueprints noemt een programma ‘Promising’ als minstens één goed gerandomiseerd onderzoek of twee goede quasi-experimentele onderzoeken een positief effect laten zien zonder schadelijke effecten. Dat onderzoek is in de Verenigde Staten gedaan. De Nederlandse evaluatie (Mak, Huygen, Steketee en Jonkman, Opgroeien in veilige wijken, Verwey-Jonker Instituut 2009) gaat vooral over de uitvoering in drie Zuid-Hollandse wijken; een Nederlandse erkenning vonden we niet.',
  },
  'keurmerk-veilig-ondernemen': {
    niveau: 'onbekend',
    bron: GEEN_BRON,
    toelichting:
      'De Monitor Keurmerk Veilig Ondernemen 2007-2009 (DSP-groep voor het CCV, 2010) en metingen van het Hoofdbedrijfschap Detailhandel melden minder criminaliteit en een beter veiligheidsgevoel in KVO-gebieden. Dat zijn monitors die vooral steunen op wat deelnemers ervaren, geen erkende beoordeling van het effect.',
  },
  'beheerplan-politiekeurmerk-veilig-wonen': {
    niveau: 'onbekend',
    bron: GEEN_BRON,
    toelichting:
      'Het CCV noemt een veel kleinere kans op inbraak in woningen met het keurmerk, maar een onafhankelijke, erkende beoordeling van het effect van het beheerplan vonden we niet. Het onderzoek Politiekeurmerk Veilig Wonen onder de loep (DSP-groep, 2018) ging over bekendheid en gebruik van het keurmerk, niet over het effect.',
  },
  'asset-based-community-development': {
    niveau: 'onbekend',
    bron: GEEN_BRON,
    toelichting:
      'Movisie nam in 2010 een methodebeschrijving van ABCD op in de databank Effectieve sociale interventies. Een erkenningsniveau van de Erkenningscommissie Interventies vonden we niet, en ook geen effectonderzoek naar veiligheid.',
  },
};

const bekend = new Set(methoden.map((m) => m.id));

/** Het bewijs voor een methode uit de catalogus; null voor een onbekend id. */
export function bewijsVan(methodeId: string): Bewijs | null {
  if (!bekend.has(methodeId)) return null;
  return gevonden[methodeId] ?? { niveau: 'onbekend', bron: GEEN_BRON, toelichting: GEEN_TOELICHTING };
}
