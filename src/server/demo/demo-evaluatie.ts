/**
 * The demo's evaluation (issue 19, point 2): the rekenkamer of Dijkstede judged the integral safety
 * policy against Kernplan's default norms framework, with a verdict, its reasoning and evidence per
 * norm, and made it final. The texts are the demo's own.
 */
import type { Rol } from '../../domain/toegang/rollen.ts';
import { type Bewijs, evaluatieVragen, type Oordeel, standaardNormenkader } from '../../domain/evaluatie/normenkader.ts';
import type { Queryable } from '../db/db.ts';
import { maakEvaluatie } from '../evaluatie/opslag.ts';

export const DEMO_EVALUATIE_NAAM = 'Rekenkameronderzoek integrale veiligheid';

type Oordelen = Record<string, { oordeel: Oordeel; toelichting: string; bewijs: [Bewijs['soort'], string, string][] }>;

/** Per norm of the default framework: the verdict, the reasoning and the evidence (paths relative to the workspace). */
const oordelen: Oordelen = {
  '1.1': {
    oordeel: 'voldoet',
    toelichting:
      'De veiligheidsanalyse beschrijft per thema de problemen met politiecijfers en cijfers uit de veiligheidsmonitor. Elke maatregel in het uitvoeringsplan verwijst naar het probleem uit die analyse dat zij moet verkleinen.',
    bewijs: [
      ['plan', 'Veiligheidsanalyse', ''],
      ['plan', 'Uitvoeringsplan 2027', 'uitvoeringsplan'],
    ],
  },
  '1.2': {
    oordeel: 'voldoet',
    toelichting: 'De drie prioriteiten zijn gekozen op de grootste knelpunten uit de analyse, en bij elke prioriteit staan maatregelen die op die knelpunten ingrijpen.',
    bewijs: [['plan', 'Prioriteiten en het verslag van de prioriteringsronde', 'prioriteiten']],
  },
  '1.3': {
    oordeel: 'voldoet-deels',
    toelichting:
      'Ongeveer de helft van de maatregelen past een methode uit de catalogus toe, zoals de groepsaanpak en de persoonsgerichte aanpak. Bij de andere helft staat een eigen onderbouwing, maar die verwijst zelden naar onderzoek naar wat werkt, en voor het veiligheidsgevoel ontbreekt zo’n toets vrijwel helemaal.',
    bewijs: [
      ['plan', 'Uitvoeringsplan: methode of onderbouwing per maatregel', 'uitvoeringsplan'],
      ['link', 'Methodencatalogus', '/methoden'],
    ],
  },
  '2.1': {
    oordeel: 'voldoet',
    toelichting: 'Elke maatregel heeft een bestuurlijk en een ambtelijk trekker en een prestatie-indicator die zegt wat zij moet opleveren.',
    bewijs: [['plan', 'Uitvoeringsplan 2027', 'uitvoeringsplan']],
  },
  '2.2': {
    oordeel: 'voldoet-deels',
    toelichting:
      'De grote instrumenten (groepsaanpak, cameratoezicht, inzet van boa’s) hebben een uitgewerkte aanpak met partners en planning. Bij kleinere maatregelen blijft de werkwijze beperkt tot één regel in het uitvoeringsplan.',
    bewijs: [['plan', 'Uitvoeringsplan 2027', 'uitvoeringsplan']],
  },
  '2.3': {
    oordeel: 'voldoet-deels',
    toelichting: 'De meeste gestarte maatregelen lopen volgens planning. Het cameratoezicht in het stationsgebied loopt vertraging op doordat de aanbesteding uitliep.',
    bewijs: [
      ['plan', 'Dashboard: voortgang van de maatregelen', 'dashboard'],
      ['plan', 'Verslagen van het voortgangsoverleg', 'voortgangsoverleg'],
    ],
  },
  '2.4': {
    oordeel: 'voldoet-deels',
    toelichting:
      'Waar output wordt bijgehouden, leidt de inzet tot concrete acties: controles, gesprekken met jongeren, sluitingen. Voor een deel van de maatregelen wordt de gerealiseerde output nog niet per kwartaal vastgelegd.',
    bewijs: [['plan', 'Dashboard: output per maatregel', 'dashboard']],
  },
  '2.5': {
    oordeel: 'voldoet-deels',
    toelichting: 'De helft van de effectindicatoren waarop de maatregelen moeten ingrijpen, ligt op koers. Bij woninginbraak en het veiligheidsgevoel van jongeren blijft de ontwikkeling achter.',
    bewijs: [['plan', 'Dashboard: effectindicatoren', 'dashboard']],
  },
  '3.1': {
    oordeel: 'voldoet-deels',
    toelichting:
      'Met politie, woningcorporatie en jongerenwerk zijn afspraken over inzet en informatie vastgelegd. Over de capaciteit van partners voor de aanpak van ondermijning zijn de afspraken nog niet concreet.',
    bewijs: [['plan', 'Afspraken met partners', 'afspraken']],
  },
  '3.2': {
    oordeel: 'voldoet',
    toelichting: 'De gemeente zit het voortgangsoverleg voor, bereidt het voor en volgt de acties op. Partners noemen de coördinatie in de gesprekken helder.',
    bewijs: [['plan', 'Verslagen van het voortgangsoverleg', 'voortgangsoverleg']],
  },
  '3.3': {
    oordeel: 'voldoet-deels',
    toelichting: 'Waar afspraken zijn nagekomen, zoals bij de groepsaanpak, is de bijdrage aan de doelen zichtbaar. Een deel van de afspraken is nog niet of maar deels nagekomen.',
    bewijs: [['plan', 'Afspraken met partners', 'afspraken']],
  },
  '4.1': {
    oordeel: 'voldoet-deels',
    toelichting:
      'Het aantal geregistreerde misdrijven daalt in lijn met de doelen. Het aandeel inwoners dat zich weleens onveilig voelt in de eigen buurt, blijft achter bij de streefwaarde, en de woninginbraken dalen minder snel dan beoogd.',
    bewijs: [
      ['plan', 'Dashboard', 'dashboard'],
      ['cijfer', 'Politiecijfers van Dijkstede', 'politiecijfers'],
    ],
  },
  '5.1': {
    oordeel: 'voldoet',
    toelichting: 'Elke prioriteit heeft een doel en ten minste één effectindicator met een referentiewaarde en streefwaarden, die de raad met het IVP heeft vastgesteld.',
    bewijs: [
      ['plan', 'IVP: doelen per prioriteit', 'ivp'],
      ['plan', 'Effectindicatoren en streefwaarden', 'indicatoren'],
    ],
  },
  '5.2': {
    oordeel: 'voldoet-deels',
    toelichting:
      'De raad heeft een eigen overzicht met per prioriteit het doel en de stand van de indicatoren. Een voortgangsrapportage is nog niet in de raad besproken; de rekenkamer beveelt aan dat twee keer per jaar te doen.',
    bewijs: [['plan', 'Raadsoverzicht', 'raad']],
  },
};

export async function seedDemoEvaluatie(tx: Queryable, werkruimteId: string, userIds: ReadonlyMap<Rol, string>): Promise<void> {
  const basis = `/werkruimtes/${werkruimteId}`;
  const vragen = evaluatieVragen(standaardNormenkader).map((v) => ({
    ...v,
    normen: v.normen.map((n) => {
      const o = oordelen[n.id];
      if (!o) return n;
      return {
        ...n,
        oordeel: o.oordeel,
        toelichting: o.toelichting,
        bewijs: o.bewijs.map(([soort, label, pad]): Bewijs => ({ soort, label, verwijzing: pad.startsWith('/') ? pad : pad ? `${basis}/${pad}` : basis })),
      };
    }),
  }));
  const door = userIds.get('auditor') ?? userIds.get('coordinator')!;
  await maakEvaluatie(tx, werkruimteId, { naam: DEMO_EVALUATIE_NAAM, uitvoerder: 'rekenkamer', status: 'definitief', kaderNaam: standaardNormenkader.naam, vragen }, door);
}
