/** Dutch display labels for the classifications of the methods catalogue. */
import type { GemeentelijkeRol, MethodeObject, Partij, Probleem, Samenwerkingsvorm } from './types.ts';

export const objectLabels: Record<MethodeObject, string> = {
  persoon: 'Persoonsgericht',
  gebied: 'Gebiedsgericht',
  thema: 'Thema- of delictgericht',
  overig: 'Overig',
};

export const samenwerkingLabels: Record<Samenwerkingsvorm, string> = {
  ketenaanpak: 'Ketenaanpak',
  arrangement: 'Arrangement',
  convenant: 'Convenant',
  pps: 'Publiek-private samenwerking / contract',
  netwerkontwikkeling: 'Netwerkontwikkeling',
  overig: 'Overig',
};

export const rolLabels: Record<GemeentelijkeRol, string> = {
  opdrachtgever: 'Opdrachtgever',
  initiator: 'Initiator',
  facilitator: 'Facilitator',
  coordinator: 'Coördinator',
};

export const partijLabels: Record<Partij, string> = {
  gemeente: 'Gemeente',
  bewoners: 'Bewoners',
  ondernemer: 'Ondernemers',
  onderwijs: 'Onderwijs',
  welzijnswerk: 'Welzijnswerk',
  politie: 'Politie',
  om: 'Openbaar Ministerie',
  hulpverlening: 'Hulpverlening',
  vervoer: 'Vervoer',
  corporatie: 'Woningcorporatie',
};

export const probleemLabels: Record<Probleem, string> = {
  'overlast-jeugd': 'Overlast jeugd',
  'onveiligheid-jeugd': 'Onveiligheid jeugd',
  'overlast-volwassenen': 'Overlast volwassenen',
  uitgaansoverlast: 'Uitgaansoverlast',
  'inbraken-woning': 'Woninginbraken',
  'openbare-ruimte': 'Openbare ruimte',
  'onveiligheid-stations': 'Onveiligheid stations',
  winkeldiefstallen: 'Winkeldiefstallen',
  'maatschappelijke-onrust': 'Maatschappelijke onrust',
  drugsoverlast: 'Drugsoverlast',
};

export const veldLabels: Record<'1' | '2' | '3' | '4' | '5', string> = {
  '1': 'Veilige woon- en leefomgeving',
  '2': 'Bedrijvigheid en veiligheid',
  '3': 'Jeugd en veiligheid',
  '4': 'Fysieke veiligheid',
  '5': 'Integriteit en veiligheid',
};
