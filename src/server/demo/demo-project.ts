/**
 * The demo's second workspace: a project worked out along the six questions of the Lokale
 * Veiligheidsplanner, started from the Hotspotaanpak and linked to priority p2 of the IVP. Fictional.
 */
import type { Project } from '../../domain/cyclus/project.ts';

export const demoProjectNaam = 'Veilig stationsgebied Dijkstede 2027-2028';

export function demoProject(ivpWerkruimteId: string): Project {
  return {
    probleem:
      'Rond het station en de fietsenstalling nemen fietsendiefstal, vernielingen en overlast van rondhangende groepen toe, vooral in de avond. ' +
      'Reizigers en omwonenden mijden de tunnel naar de Molenwijk na donker. Politie, NS, de fietsenstalling en de wijkteams herkennen hetzelfde beeld.',
    themaIds: ['1.2', '1.3', '1.4'],
    belangrijksteProblemen:
      'Fietsendiefstal uit de onbewaakte stalling (zwaartepunt), de onveilig ervaren tunnel en het gebrek aan toezicht tussen 20.00 en 23.00 uur. ' +
      'Overlast van groepen is minder ernstig dan gedacht en loopt via de groepsaanpak van prioriteit 3.',
    huidigeAanpak:
      'Boa-surveillance twee avonden per week, cameratoezicht op het stationsplein en een weesfietsenregeling. Er is geen gezamenlijke planning met NS en de stalling.',
    huidigeMaatregelen: [
      { naam: 'Boa-surveillance op het stationsplein', methodeId: null },
      { naam: 'Cameratoezicht stationsplein', methodeId: null },
    ],
    doelen: [
      { omschrijving: 'Minder fietsendiefstal in en rond de stalling', indicator: 'Geregistreerde fietsendiefstallen stationsgebied', nulwaarde: '212 (2025)', streefwaarde: '150', termijn: 'eind 2028' },
      { omschrijving: 'Reizigers voelen zich veiliger in de tunnel na donker', indicator: 'Aandeel dat zich (zeer) veilig voelt, eigen enquête', nulwaarde: '48% (2026)', streefwaarde: '65%', termijn: 'eind 2028' },
    ],
    maatregelen: [
      {
        id: 'm1',
        naam: 'Bewaakte stalling in de avond',
        prestatieIndicator: 'Stalling bemand tot 23.00 uur, 5 dagen per week',
        bestuurlijkTrekker: 'Wethouder Mobiliteit',
        ambtelijkTrekker: 'Team Verkeer',
        partners: 'NS, stallingsexploitant',
        startKwartaal: '2027-K2',
        eindKwartaal: '2028-K4',
        budget: 38000,
        status: 'niet-gestart',
      },
      {
        id: 'm2',
        naam: 'Tunnel verlichten en zichtlijnen openmaken',
        prestatieIndicator: 'Nieuwe verlichting en snoeiwerk opgeleverd',
        bestuurlijkTrekker: 'Wethouder Openbare Ruimte',
        ambtelijkTrekker: 'Team Beheer Openbare Ruimte',
        partners: 'ProRail',
        startKwartaal: '2027-K1',
        eindKwartaal: '2027-K3',
        budget: 65000,
        status: 'loopt',
      },
      {
        id: 'm3',
        naam: 'Gezamenlijk toezichtrooster boa, politie en NS-beveiliging',
        prestatieIndicator: 'Rooster dekt 20.00-23.00 uur op alle werkdagen',
        bestuurlijkTrekker: 'Burgemeester',
        ambtelijkTrekker: 'Team OOV',
        partners: 'Politie basisteam Dijkstede, NS',
        startKwartaal: '2027-K1',
        eindKwartaal: '2028-K4',
        budget: null,
        status: 'loopt',
      },
    ],
    resultaten: 'Eerste meting na de zomer van 2027; de veiligheidsindex van het gebied wordt elk half jaar in het Driehoeksoverleg besproken.',
    methodeId: 'hotspotaanpak',
    checklist: [true, true, true, false, false, false],
    ivpKoppeling: { werkruimteId: ivpWerkruimteId, prioriteitId: 'p2' },
  };
}
