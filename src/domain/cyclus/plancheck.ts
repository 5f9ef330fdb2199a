/**
 * De plancheck: bevindingen over de documenten van een werkruimte, elk met ernst en een verwijzing
 * naar de plek waar het te herstellen is. Zuiver; de API, de pagina's en `kernplan check` delen hem.
 */
import { velden, vindThema } from '../kennisbank/kennisbank.ts';
import { type Besluit, documentMetLidwoord, juisteVaststeller, orgaanMetLidwoord, vaststellerTekst } from './besluiten.ts';
import type { DocumentSoort } from './inhoud.ts';
import type { Bevinding, Ernst } from './bevinding.ts';
import { beleidsketen, heeftStreefwaarde, type KetenPrioriteit } from './beleidsketen.ts';
import { richtingKlopt } from '../monitoring/indicatoren.ts';
import { richtingNamen } from '../monitoring/typen.ts';
import type { Prioriteit } from './inhoud.ts';
import { MAX_PRIORITEITEN } from './prioriteiten.ts';
import { opvolgingBevindingen } from './opvolging.ts';
import { raadsperiodeWaarschuwingen } from './raadsperiode.ts';
import { type CyclusStand, sectieIngevuld, veldVanSectie } from './stand.ts';

export type { Bevinding, Ernst } from './bevinding.ts';

export const MAX_WERKGROEP = 8;
/** Effectindicatoren per prioriteit volgens de methode. */
export const MIN_INDICATOREN = 2;
export const MAX_INDICATOREN = 3;

/** Een indicator die met een streefwaarde in het IVP komt (staat bij de beleidsketen, die hem ook gebruikt). */
export { heeftStreefwaarde };

export interface PrioriteitZonderStreefwaarde {
  prioriteit: Prioriteit;
  /** De reden die de coördinator vastlegde, of null. */
  reden: string | null;
}

/**
 * De prioriteiten zonder indicator met streefwaarde (zie heeftStreefwaarde), met de reden van de
 * coördinator als die er is. Met `gemeentecode` (gezamenlijk IVP): alleen de prioriteiten in de
 * versie die de raad van die gemeente vaststelt.
 */
export function prioriteitenZonderStreefwaarde(
  stand: Pick<CyclusStand, 'prioriteiten' | 'indicatoren' | 'uitzonderingen'>,
  gemeentecode: string | null = null,
): PrioriteitZonderStreefwaarde[] {
  const indicatoren = stand.indicatoren ?? [];
  return stand.prioriteiten
    .filter((p) => !gemeentecode || !p.gemeentecode || p.gemeentecode === gemeentecode)
    .filter((p) => !indicatoren.some((i) => i.prioriteitId === p.id && heeftStreefwaarde(i)))
    .map((prioriteit) => ({ prioriteit, reden: stand.uitzonderingen?.[prioriteit.id]?.reden.trim() || null }));
}

/** Is (een versie van) het IVP al door de Raad vastgesteld? Dan zeggen waarschuwingen over de planning niets meer. */
const ivpDoorRaad = (besluiten: readonly Besluit[]) => besluiten.some((b) => b.document === 'ivp' && b.soort === 'vastgesteld' && b.orgaan === 'Raad');

export function planCheck(stand: CyclusStand, besluiten: readonly Besluit[] = []): Bevinding[] {
  const uit: Bevinding[] = [];
  const b = (ernst: Ernst, code: string, document: DocumentSoort, melding: string, plek: string) => uit.push({ ernst, code, document, melding, plek });

  if (stand.startnotitie.werkgroep.length > MAX_WERKGROEP) {
    b(
      'waarschuwing',
      'werkgroep-te-groot',
      'startnotitie',
      `De werkgroep telt ${stand.startnotitie.werkgroep.length} leden. Boven de ${MAX_WERKGROEP} wordt samen schrijven en besluiten lastig; overweeg een kleinere kern en partners die bilateraal meelezen.`,
      'startnotitie#werkgroep',
    );
  }

  for (const v of velden) {
    const secties = stand.secties.filter((s) => veldVanSectie(s.sleutel) === v.nummer && s.sleutel.startsWith('thema-'));
    if (secties.length > 0 && !secties.some(sectieIngevuld)) {
      b('waarschuwing', 'veld-leeg', 'veiligheidsanalyse', `In veld ${v.nummer} (${v.naam}) is nog geen enkel thema geanalyseerd.`, `analyse#veld-${v.nummer}`);
    }
  }

  const gemeenten = stand.werkruimte.gemeenten ?? [];
  const tellingen =
    gemeenten.length > 1
      ? gemeenten.map((g) => ({ voor: ` voor ${g.naam}`, aantal: stand.prioriteiten.filter((p) => !p.gemeentecode || p.gemeentecode === g.code).length }))
      : [{ voor: '', aantal: stand.prioriteiten.length }];
  for (const t of tellingen) {
    if (t.aantal > MAX_PRIORITEITEN) {
      b('fout', 'te-veel-prioriteiten', 'ivp', `Er zijn ${t.aantal} prioriteiten${t.voor}; de methode staat er hooguit ${MAX_PRIORITEITEN} toe.`, 'prioriteiten');
    }
  }
  if (stand.prioriteiten.length === 0) {
    b('waarschuwing', 'geen-prioriteiten', 'ivp', 'Er zijn nog geen prioriteiten gekozen (stap 3).', 'prioriteiten');
  }
  for (const p of stand.prioriteiten) {
    if (!stand.ivp.prioriteiten[p.id]?.doel.trim()) {
      b('fout', 'prioriteit-zonder-doel', 'ivp', `Prioriteit '${p.titel}' heeft in het IVP nog geen doel.`, `ivp#prioriteit-${p.id}`);
    }
  }

  const indicatoren = stand.indicatoren ?? [];
  for (const p of stand.prioriteiten) {
    const eigen = indicatoren.filter((i) => i.prioriteitId === p.id);
    const plek = `indicatoren#prioriteit-${p.id}`;
    if (eigen.length < MIN_INDICATOREN || eigen.length > MAX_INDICATOREN) {
      b(
        'waarschuwing',
        'indicatoren-aantal',
        'ivp',
        `Prioriteit '${p.titel}' heeft ${eigen.length === 0 ? 'nog geen' : eigen.length} effectindicator${eigen.length === 1 ? '' : 'en'}; de methode raadt er ${MIN_INDICATOREN} of ${MAX_INDICATOREN} per prioriteit aan.`,
        plek,
      );
    }
    if (eigen.length > 0 && (!eigen.some((i) => i.aard === 'objectief') || !eigen.some((i) => i.aard === 'subjectief'))) {
      const mist = eigen.some((i) => i.aard === 'objectief') ? 'subjectieve (beleving, bv. uit de Veiligheidsmonitor)' : 'objectieve (geregistreerde feiten)';
      b('waarschuwing', 'indicatoren-aard', 'ivp', `Prioriteit '${p.titel}' heeft geen ${mist} effectindicator; neem er minstens één objectieve en één subjectieve op.`, plek);
    }
  }
  for (const { prioriteit: p, reden } of prioriteitenZonderStreefwaarde(stand)) {
    if (reden) {
      b(
        'waarschuwing',
        'prioriteit-zonder-streefwaarde-met-reden',
        'ivp',
        `Prioriteit '${p.titel}' heeft geen effectindicator met streefwaarde. De coördinator legde vast waarom: "${reden}" Die reden staat in het IVP bij de prioriteit.`,
        'ivp#streefwaarden',
      );
    } else {
      b(
        'fout',
        'prioriteit-zonder-streefwaarde',
        'ivp',
        `Prioriteit '${p.titel}' heeft nog geen effectindicator met streefwaarde. Zo kan de Raad het IVP niet vaststellen: voeg een indicator met streefwaarde toe, of laat de coördinator vastleggen waarom die er niet is.`,
        `indicatoren#prioriteit-${p.id}`,
      );
    }
  }
  for (const i of indicatoren) {
    const plek = `indicatoren#indicator-${i.id}`;
    if (i.referentiewaarde === null || i.referentiejaar === null) {
      b('fout', 'indicator-zonder-referentie', 'ivp', `Indicator '${i.naam}' heeft geen referentiejaar en -waarde (nulmeting).`, plek);
    }
    if (i.streefwaarden.length === 0) {
      b('fout', 'indicator-zonder-streefwaarde', 'ivp', `Indicator '${i.naam}' heeft geen streefwaarde met een doeljaar.`, plek);
    } else if (i.referentiewaarde !== null && !richtingKlopt(i)) {
      const eind = i.streefwaarden.at(-1)!;
      b(
        'fout',
        'streefwaarde-verkeerde-richting',
        'ivp',
        `Indicator '${i.naam}': ${richtingNamen[i.richting]}, maar de streefwaarde ${eind.waarde} (${eind.jaar}) is geen verbetering ten opzichte van de referentiewaarde ${i.referentiewaarde}.`,
        plek,
      );
    }
  }

  const prioriteitIds = new Set(stand.prioriteiten.map((p) => p.id));
  for (const plan of stand.uitvoeringsplannen) {
    for (const a of plan.actiepunten) {
      const gekoppeld = (a.prioriteitId !== null && prioriteitIds.has(a.prioriteitId)) || (a.themaId !== null && vindThema(a.themaId) !== undefined);
      for (const m of a.maatregelen) {
        const plek = `uitvoeringsplan/${plan.jaar}#maatregel-${m.id}`;
        const naam = `Maatregel '${m.naam || m.id}' (uitvoeringsplan ${plan.jaar})`;
        if (!m.bestuurlijkTrekker.trim() && !m.ambtelijkTrekker.trim()) b('fout', 'maatregel-zonder-trekker', 'uitvoeringsplan', `${naam} heeft geen trekker.`, plek);
        if (!m.startKwartaal || !m.eindKwartaal) b('fout', 'maatregel-zonder-planning', 'uitvoeringsplan', `${naam} heeft geen planning (start- en eindkwartaal).`, plek);
        if (!m.prestatieIndicator.trim() && !(m.prestaties ?? []).some((p) => p.gepland !== null)) {
          b('waarschuwing', 'maatregel-zonder-prestatie', 'uitvoeringsplan', `${naam} heeft geen prestatie-indicator.`, plek);
        }
        if (!gekoppeld) {
          b('fout', 'maatregel-zonder-koppeling', 'uitvoeringsplan', `${naam} hoort niet bij een prioriteit of thema van het IVP.`, plek);
        }
      }
    }
  }

  ketenBevindingen(stand, b);
  // The successor plan: priorities of the previous plan dropped without a written reason.
  uit.push(...opvolgingBevindingen(stand));

  // The council term (ivp planning): only while the IVP has not been adopted by the Raad.
  if (stand.raadsvergadering !== undefined && !ivpDoorRaad(besluiten)) {
    const w = stand.werkruimte;
    for (const r of raadsperiodeWaarschuwingen({ raadsvergadering: stand.raadsvergadering, periodeStart: w.periodeStart, periodeEinde: w.periodeEinde, coalitieakkoord: w.coalitieakkoord ?? null })) {
      b('waarschuwing', r.code, 'ivp', r.melding, r.plek);
    }
  }

  for (const besluit of besluiten) {
    if (besluit.soort === 'vastgesteld' && !juisteVaststeller(besluit.document, besluit.orgaan)) {
      const doc = documentMetLidwoord[besluit.document] + (besluit.jaar ? ` ${besluit.jaar}` : '');
      b(
        'fout',
        'verkeerd-orgaan',
        besluit.document,
        `${doc.charAt(0).toUpperCase()}${doc.slice(1)} is vastgesteld door ${orgaanMetLidwoord[besluit.orgaan]}; volgens de methode stelt ${vaststellerTekst(besluit.document)} dit vast.`,
        'besluiten',
      );
    }
  }
  return uit;
}

/**
 * Hiaten in de beleidsketen (issue 19) als waarschuwingen: ze houden de vaststelling niet tegen. Een
 * prioriteit zonder doel of zonder meetbaar doel meldt de plancheck al hierboven (als fout); hier
 * alleen wat de keten daaraan toevoegt. Over maatregelen pas zodra er een uitvoeringsplan is.
 */
function ketenBevindingen(stand: CyclusStand, b: (ernst: Ernst, code: string, document: DocumentSoort, melding: string, plek: string) => void): void {
  const keten = beleidsketen(stand);
  const laatstePlan = stand.uitvoeringsplannen.reduce<number | null>((j, p) => (j === null || p.jaar > j ? p.jaar : j), null);
  const maatregel = (p: KetenPrioriteit, id: string | undefined, jaar: number | undefined) => p.maatregelen.find((m) => m.id === id && m.jaar === jaar);
  for (const p of keten.prioriteiten) {
    for (const h of p.hiaten) {
      const m = maatregel(p, h.maatregelId, h.jaar);
      const naam = m ? `Maatregel '${m.naam || m.id}' (uitvoeringsplan ${m.jaar})` : '';
      const plekMaatregel = m ? `uitvoeringsplan/${m.jaar}#maatregel-${m.id}` : '';
      switch (h.soort) {
        case 'probleem-zonder-analyse': {
          const titel = p.problemen.find((x) => x.themaId === h.themaId)?.titel ?? h.themaId;
          b('waarschuwing', h.soort, 'veiligheidsanalyse', `Prioriteit '${p.titel}' rust op thema ${titel}, maar dat thema is nog niet geanalyseerd (geen problematiek en geen cijfers).`, `secties/thema-${h.themaId}`);
          break;
        }
        case 'doel-zonder-maatregel':
          if (laatstePlan !== null) {
            b('waarschuwing', h.soort, 'uitvoeringsplan', `Prioriteit '${p.titel}' heeft nog geen maatregel in een uitvoeringsplan.`, `uitvoeringsplan/${laatstePlan}`);
          }
          break;
        case 'indicator-zonder-maatregel':
          if (laatstePlan !== null) {
            const naamIndicator = p.indicatoren.find((i) => i.id === h.indicatorId)?.naam ?? '';
            b('waarschuwing', h.soort, 'uitvoeringsplan', `Geen maatregel van prioriteit '${p.titel}' moet de indicator '${naamIndicator}' bewegen; koppel er een maatregel aan.`, `uitvoeringsplan/${laatstePlan}`);
          }
          break;
        case 'maatregel-zonder-indicator':
          if (m) b('waarschuwing', h.soort, 'uitvoeringsplan', `${naam} beweegt geen effectindicator van prioriteit '${p.titel}'.`, plekMaatregel);
          break;
        case 'maatregel-zonder-probleem':
          if (m) b('waarschuwing', h.soort, 'uitvoeringsplan', `${naam} noemt geen probleem uit de analyse dat hij aanpakt.`, plekMaatregel);
          break;
        case 'maatregel-zonder-onderbouwing':
          if (m) b('waarschuwing', h.soort, 'uitvoeringsplan', `${naam} heeft geen enkele onderbouwing: geen methode uit de catalogus en geen andere onderbouwing (eigen evaluatie, onderzoek, landelijke aanpak).`, plekMaatregel);
          break;
        // probleem-zonder-doel and doel-niet-meetbaar: 'prioriteit-zonder-doel' and 'prioriteit-zonder-streefwaarde' above.
        default:
          break;
      }
    }
  }
}

export function heeftFout(bevindingen: readonly Bevinding[]): boolean {
  return bevindingen.some((b) => b.ernst === 'fout');
}
