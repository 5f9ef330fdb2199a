/**
 * The demo's agreements with partners and the Driehoek's capacity choices (issue 19, point 4), linked
 * to the priorities (p1-p3) and measures (m1-m17) of demo-plan.ts. One agreement links a confidential
 * measure (m1), so members without clearance see it without that link.
 */
import type { Rol } from '../../domain/toegang/rollen.ts';
import { type AfspraakInvoer, type KeuzeInvoer, maakAfspraak, maakKeuze } from '../cyclus/afspraken-opslag.ts';
import type { Queryable } from '../db/db.ts';

const POLITIE = 'Politie basisteam Dijkstede';
const OM = 'Openbaar Ministerie, arrondissementsparket';
const GGD = 'GGD IJsselland';
const WOONSTICHTING = 'Woonstichting Dijkstede';
const WELZIJN = 'Stichting Welzijn Dijkstede';

const afspraken: AfspraakInvoer[] = [
  {
    partner: POLITIE,
    soort: 'capaciteit',
    omschrijving: 'De twee wijkagenten van de Molenwijk besteden samen minstens zestien uur per week aan de hotspotaanpak, vooral op de avonden rond het Molenplein.',
    prioriteitIds: ['p2'],
    maatregelIds: ['m7'],
    status: 'gemaakt',
    vastgelegdIn: 'Verslag lokale Driehoek van 14 oktober 2026',
    termijn: '2027-12-31',
    toelichting: 'Na een halfjaar bekijken we met de teamchef of de uren ook echt zo besteed zijn.',
  },
  {
    partner: POLITIE,
    soort: 'informatie-uitwisseling',
    omschrijving: 'Elk kwartaal een bijgewerkte groepsscan van de jeugdgroepen op de shortlist, voor het casusoverleg groepsaanpak.',
    prioriteitIds: ['p3'],
    maatregelIds: ['m13'],
    status: 'gemaakt',
    vastgelegdIn: 'Werkafspraken groepsaanpak 2027',
    termijn: '2027-03-31',
    toelichting: '',
  },
  {
    partner: POLITIE,
    soort: 'informatie-uitwisseling',
    omschrijving: 'Signalen over verdachte bedrijfspanden op Haven-Oost gaan vóór elke integrale controle naar de gemeente en de KVO-werkgroep.',
    prioriteitIds: ['p1'],
    maatregelIds: ['m1', 'm2'],
    status: 'gemaakt',
    vastgelegdIn: 'Convenant bestuurlijke aanpak ondermijning',
    termijn: null,
    toelichting: 'Alleen gegevens die het convenant toestaat; geen namen van personen.',
  },
  {
    partner: POLITIE,
    soort: 'levering',
    omschrijving: 'Per kwartaal de cijfers over woninginbraak per wijk, zodat de campagne kan worden bijgestuurd.',
    prioriteitIds: ['p2'],
    maatregelIds: ['m10'],
    status: 'niet-nagekomen',
    vastgelegdIn: 'Uitvoeringsplan 2026',
    termijn: '2026-10-01',
    toelichting: 'De cijfers van het derde kwartaal kwamen niet; besproken in de Driehoek van november, nieuwe afspraak volgt.',
  },
  {
    partner: OM,
    soort: 'capaciteit',
    omschrijving: 'Een vaste officier van justitie voor de persoonsgerichte aanpak, die zaken van dezelfde persoon samen behandelt.',
    prioriteitIds: ['p2', 'p3'],
    maatregelIds: ['m11', 'm17'],
    status: 'gemaakt',
    vastgelegdIn: 'Samenwerkingsconvenant Zorg- en Veiligheidshuis',
    termijn: '2027-06-30',
    toelichting: '',
  },
  {
    partner: GGD,
    soort: 'levering',
    omschrijving: 'De uitkomsten van de Gezondheidsmonitor Jeugd per wijk, als nulmeting voor alcohol- en cannabisgebruik.',
    prioriteitIds: ['p3'],
    maatregelIds: ['m16'],
    status: 'nagekomen',
    vastgelegdIn: 'Brief van de GGD van 3 september 2026',
    termijn: '2026-11-01',
    toelichting: 'Ontvangen op 28 oktober; verwerkt in de analyse.',
  },
  {
    partner: GGD,
    soort: 'capaciteit',
    omschrijving: 'Een sociaal-psychiatrisch verpleegkundige schuift aan bij het wekelijkse overleg over personen met verward gedrag.',
    prioriteitIds: ['p2'],
    maatregelIds: [],
    status: 'in-voorbereiding',
    vastgelegdIn: '',
    termijn: '2027-02-01',
    toelichting: 'De GGD zoekt nog financiering voor de uren.',
  },
  {
    partner: WOONSTICHTING,
    soort: 'capaciteit',
    omschrijving: 'Huismeesters melden woonoverlast binnen twee werkdagen bij het meldpunt en nemen deel aan het casusoverleg woonoverlast.',
    prioriteitIds: ['p2'],
    maatregelIds: ['m8'],
    status: 'deels-nagekomen',
    vastgelegdIn: 'Convenant woonoverlast Dijkstede',
    termijn: '2026-12-31',
    toelichting: 'In de Molenwijk gebeurt het, in Oosterhof nog niet: daar is de huismeestervacature open.',
  },
  {
    partner: WOONSTICHTING,
    soort: 'levering',
    omschrijving: 'Bij elke nieuwe verhuur in de Molenwijk krijgt de woning hang- en sluitwerk dat voldoet aan het Politiekeurmerk Veilig Wonen.',
    prioriteitIds: ['p2'],
    maatregelIds: ['m10'],
    status: 'gemaakt',
    vastgelegdIn: 'Prestatieafspraken 2027',
    termijn: '2027-12-31',
    toelichting: '',
  },
  {
    partner: WELZIJN,
    soort: 'capaciteit',
    omschrijving: 'Twee ambulant jongerenwerkers op vrijdag- en zaterdagavond in Oosterhof en het stationsgebied.',
    prioriteitIds: ['p3'],
    maatregelIds: ['m14'],
    status: 'gemaakt',
    vastgelegdIn: 'Subsidiebeschikking jongerenwerk 2027',
    termijn: '2027-12-31',
    toelichting: '',
  },
];

const keuzes: KeuzeInvoer[] = [
  {
    datum: '2026-10-14',
    onderwerp: 'Wijkagenten voor de hotspotaanpak Molenwijk',
    keuze: 'De wijkagenten van de Molenwijk worden in 2027 zo geroosterd dat ze de avonden van de hotspotaanpak kunnen draaien; de noodhulp vangt hun meldingen elders op.',
    capaciteit: '2 fte wijkagent, waarvan 16 uur per week in de Molenwijk',
    prioriteitIds: ['p2'],
  },
  {
    datum: '2026-11-25',
    onderwerp: 'Integrale controles op Haven-Oost',
    keuze: 'Vier keer per jaar een integrale controle op het bedrijventerrein, met een vast politieteam; andere controles wijken daarvoor in die weken.',
    capaciteit: '6 agenten per controle, 4 controles per jaar',
    prioriteitIds: ['p1'],
  },
];

export async function seedDemoAfspraken(tx: Queryable, werkruimteId: string, userIds: Map<Rol, string>): Promise<void> {
  const coordinator = userIds.get('coordinator')!;
  for (const a of afspraken) await maakAfspraak(tx, werkruimteId, a, coordinator);
  for (const k of keuzes) await maakKeuze(tx, werkruimteId, k, coordinator);
}
