/**
 * Het voorstel van Kernplan per norm (issue 19, punt 2): welk bewijs het plan zelf levert en welk
 * voorlopig oordeel daaruit volgt. Het oordeel blijft aan de beoordelaar; het voorstel is met één klik
 * over te nemen en daarna aan te passen. Zuiver: leest de beleidsketen, de afspraken met partners, de
 * onderbouwing van methoden en de behandeling van rapportages in de raad.
 *
 * Een regel kijkt naar een verhouding: alles in orde geeft 'voldoet', minstens de helft 'voldoet
 * deels', minder 'voldoet niet'. Waar het plan niets zegt, stelt Kernplan geen oordeel voor (null) en
 * zegt het waarom.
 */
import type { Beleidsketen, KetenIndicator, KetenMaatregel } from '../cyclus/beleidsketen.ts';
import { type AfspraakSoort, afspraakSoortNamen, type AfspraakStatus } from '../cyclus/afspraken.ts';
import type { Bewijs, EvaluatieVraag, NormSleutel, Oordeel } from './normenkader.ts';

export interface Voorstel {
  oordeel: Oordeel | null;
  /** Waarom, in een of twee zinnen. */
  uitleg: string;
  bewijs: Bewijs[];
}

export interface RaadsRapportage {
  titel: string;
  aangebodenOp: string;
  besprokenOp: string | null;
}

export interface VoorstelBron {
  keten: Beleidsketen;
  /** De afspraken met partners; null: (nog) niet bij te houden in deze werkruimte. */
  afspraken: { partner: string; soort: AfspraakSoort; status: AfspraakStatus }[] | null;
  /** Het bewijslabel van een methode uit de catalogus ('bewezen effectief'), of null als er geen is. */
  bewijsVan: (methodeId: string) => string | null;
  /** De rapportages die aan de raad zijn aangeboden, met de datum van bespreking. */
  rapportages: RaadsRapportage[];
  /** Het pad van de werkruimte in de app: '/werkruimtes/<id>'. */
  basis: string;
}

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** Alles: voldoet; ten minste de helft: deels; minder: niet; niets om te tellen: geen oordeel. */
function verhouding(goed: number, totaal: number): Oordeel | null {
  if (totaal === 0) return null;
  if (goed === totaal) return 'voldoet';
  return goed * 2 >= totaal ? 'voldoet-deels' : 'voldoet-niet';
}

const maatregelenVan = (k: Beleidsketen): KetenMaatregel[] => {
  const gezien = new Set<string>();
  return k.prioriteiten.flatMap((p) => p.maatregelen).filter((m) => m.status !== 'geschrapt' && !gezien.has(m.id) && gezien.add(m.id));
};
const indicatorenVan = (k: Beleidsketen): KetenIndicator[] => {
  const gezien = new Set<string>();
  return k.prioriteiten.flatMap((p) => p.indicatoren).filter((i) => !gezien.has(i.id) && gezien.add(i.id));
};

const namen = (lijst: { naam: string }[], max = 3) => {
  const eerste = lijst.slice(0, max).map((x) => `‘${x.naam}’`);
  return lijst.length > max ? `${eerste.join(', ')} en ${lijst.length - max} andere` : eerste.join(', ').replace(/, ([^,]*)$/, ' en $1');
};

function plan(b: VoorstelBron, label: string, pad: string): Bewijs {
  return { soort: 'plan', label, verwijzing: pad ? `${b.basis}/${pad}` : b.basis };
}

type Regel = (b: VoorstelBron) => Voorstel;

const regels: Record<NormSleutel, Regel> = {
  probleemanalyse: (b) => {
    const m = maatregelenVan(b.keten);
    const met = m.filter((x) => x.probleemSleutels.length > 0);
    const zonder = m.filter((x) => x.probleemSleutels.length === 0);
    return {
      oordeel: verhouding(met.length, m.length),
      uitleg:
        m.length === 0
          ? 'Het uitvoeringsplan heeft nog geen maatregelen.'
          : `${met.length} van de ${meervoud(m.length, 'maatregel', 'maatregelen')} noemt het probleem uit de analyse dat zij aanpakt.${zonder.length ? ` Zonder probleem: ${namen(zonder)}.` : ''}`,
      bewijs: [plan(b, 'Beleidsketen: van probleem naar maatregel', 'beleidsketen'), plan(b, 'Uitvoeringsplan: maatregelen met hun probleem', 'uitvoeringsplan'), plan(b, 'Veiligheidsanalyse', '')],
    };
  },
  knelpunten: (b) => {
    const p = b.keten.prioriteiten;
    const goed = p.filter((x) => x.problemen.some((pr) => pr.samenvatting.trim() !== '') && x.maatregelen.length > 0);
    const mis = p.filter((x) => !goed.includes(x));
    return {
      oordeel: verhouding(goed.length, p.length),
      uitleg:
        p.length === 0
          ? 'Er zijn nog geen prioriteiten.'
          : `${goed.length} van de ${meervoud(p.length, 'prioriteit', 'prioriteiten')} heeft een beschreven probleem én maatregelen die daarop ingrijpen.${mis.length ? ` Niet rond: ${namen(mis.map((x) => ({ naam: x.titel })))}.` : ''}`,
      bewijs: [plan(b, 'Prioriteiten', 'prioriteiten'), plan(b, 'Beleidsketen: hiaten per prioriteit', 'beleidsketen')],
    };
  },
  effectiviteit: (b) => {
    const m = maatregelenVan(b.keten);
    const metBewijs = m.filter((x) => x.methodeId !== null && b.bewijsVan(x.methodeId) !== null);
    const onderbouwd = m.filter((x) => !metBewijs.includes(x) && x.onderbouwing.trim() !== '');
    const labels = [...new Set(metBewijs.map((x) => b.bewijsVan(x.methodeId!)!))];
    return {
      oordeel: verhouding(metBewijs.length + onderbouwd.length, m.length),
      uitleg:
        m.length === 0
          ? 'Het uitvoeringsplan heeft nog geen maatregelen.'
          : `${metBewijs.length} van de ${meervoud(m.length, 'maatregel', 'maatregelen')} past een methode toe waarvan bekend is hoe goed zij werkt${labels.length ? ` (${labels.join(', ')})` : ''}; ${onderbouwd.length} ${onderbouwd.length === 1 ? 'heeft' : 'hebben'} een eigen onderbouwing.`,
      bewijs: [plan(b, 'Uitvoeringsplan: methode of onderbouwing per maatregel', 'uitvoeringsplan'), { soort: 'link', label: 'Methodencatalogus', verwijzing: '/methoden' }],
    };
  },
  opdracht: (b) => {
    const m = maatregelenVan(b.keten);
    const goed = m.filter((x) => x.output.prestatieIndicator.trim() !== '');
    const gepland = goed.filter((x) => x.output.gepland !== null);
    return {
      oordeel: verhouding(goed.length, m.length),
      uitleg:
        m.length === 0
          ? 'Het uitvoeringsplan heeft nog geen maatregelen.'
          : `${goed.length} van de ${meervoud(m.length, 'maatregel', 'maatregelen')} zegt met een prestatie-indicator wat zij moet opleveren; bij ${gepland.length} is de output ook per kwartaal gepland.`,
      bewijs: [plan(b, 'Uitvoeringsplan: trekkers en prestatie-indicatoren', 'uitvoeringsplan')],
    };
  },
  aanpak: (b) => {
    const m = maatregelenVan(b.keten);
    const goed = m.filter((x) => x.probleemSleutels.length > 0 && x.indicatorIds.length > 0);
    return {
      oordeel: verhouding(goed.length, m.length),
      uitleg:
        m.length === 0
          ? 'Het uitvoeringsplan heeft nog geen maatregelen.'
          : `${goed.length} van de ${meervoud(m.length, 'maatregel', 'maatregelen')} is gekoppeld aan zowel een probleem uit de analyse als een effectindicator die zij moet bewegen.`,
      bewijs: [plan(b, 'Uitvoeringsplan', 'uitvoeringsplan'), plan(b, 'Effectindicatoren', 'indicatoren')],
    };
  },
  uitvoering: (b) => {
    const m = maatregelenVan(b.keten).filter((x) => x.status !== 'niet-gestart');
    const goed = m.filter((x) => x.status !== 'vertraagd');
    const vertraagd = m.filter((x) => x.status === 'vertraagd');
    return {
      oordeel: verhouding(goed.length, m.length),
      uitleg:
        m.length === 0
          ? 'Er is nog geen maatregel gestart; over de uitvoering valt nog niets te zeggen.'
          : `${goed.length} van de ${meervoud(m.length, 'gestarte maatregel', 'gestarte maatregelen')} loopt volgens plan of is afgerond.${vertraagd.length ? ` Vertraagd: ${namen(vertraagd)}.` : ''}`,
      bewijs: [plan(b, 'Dashboard: voortgang van de maatregelen', 'dashboard'), plan(b, 'Voortgangsoverleg', 'voortgangsoverleg')],
    };
  },
  interventies: (b) => {
    const m = maatregelenVan(b.keten).filter((x) => x.output.gepland !== null && x.output.gepland > 0);
    const goed = m.filter((x) => (x.output.gerealiseerd ?? 0) >= 0.8 * x.output.gepland!);
    const gepland = m.reduce((s, x) => s + x.output.gepland!, 0);
    const gerealiseerd = m.reduce((s, x) => s + (x.output.gerealiseerd ?? 0), 0);
    return {
      oordeel: verhouding(goed.length, m.length),
      uitleg:
        m.length === 0
          ? 'Geen maatregel heeft nog geplande output; of de inzet tot interventies leidt, is niet af te lezen.'
          : `${goed.length} van de ${meervoud(m.length, 'maatregel', 'maatregelen')} met geplande output haalt ten minste 80% daarvan (samen ${gerealiseerd} van ${gepland} gepland).`,
      bewijs: [plan(b, 'Dashboard: output per maatregel', 'dashboard')],
    };
  },
  ontwikkeling: (b) => {
    const ids = new Set(maatregelenVan(b.keten).flatMap((x) => x.indicatorIds));
    const i = indicatorenVan(b.keten).filter((x) => ids.has(x.id) && x.status !== 'onbekend');
    const goed = i.filter((x) => x.status === 'op-koers');
    return {
      oordeel: verhouding(goed.length, i.length),
      uitleg:
        i.length === 0
          ? 'Geen effectindicator van een maatregel is al te beoordelen.'
          : `${goed.length} van de ${meervoud(i.length, 'effectindicator', 'effectindicatoren')} waarop maatregelen moeten ingrijpen ligt op koers.`,
      bewijs: [plan(b, 'Dashboard: effectindicatoren', 'dashboard')],
    };
  },
  afspraken: (b) => {
    if (b.afspraken === null) return { oordeel: null, uitleg: 'Afspraken met partners worden in deze werkruimte (nog) niet bijgehouden; beoordeel dit aan de hand van convenanten en verslagen.', bewijs: [] };
    const lopend = b.afspraken.filter((a) => a.status !== 'vervallen' && a.status !== 'in-voorbereiding');
    const soorten = new Set(lopend.map((a) => a.soort));
    const partners = new Set(lopend.map((a) => a.partner.trim().toLowerCase()));
    const oordeel: Oordeel = lopend.length === 0 ? 'voldoet-niet' : soorten.size === 3 ? 'voldoet' : 'voldoet-deels';
    return {
      oordeel,
      uitleg:
        lopend.length === 0
          ? 'Er zijn geen gemaakte afspraken met partners vastgelegd.'
          : `${meervoud(lopend.length, 'afspraak', 'afspraken')} met ${meervoud(partners.size, 'partner', 'partners')}, over ${[...soorten].map((x) => afspraakSoortNamen[x].toLowerCase()).join(', ')}${soorten.size < 3 ? '; niet over alle drie (capaciteit, informatie-uitwisseling, levering)' : ''}.`,
      bewijs: [plan(b, 'Afspraken met partners', 'afspraken')],
    };
  },
  regie: (b) => ({
    oordeel: null,
    uitleg: 'Of de gemeente de inzet van partners goed afstemt, blijkt niet uit de cijfers van het plan; lees de verslagen van het voortgangsoverleg en spreek met de partners.',
    bewijs: [plan(b, 'Voortgangsoverleg', 'voortgangsoverleg')],
  }),
  'samenwerking-doelen': (b) => {
    if (b.afspraken === null || b.afspraken.length === 0) {
      return { oordeel: null, uitleg: 'Zonder vastgelegde afspraken met partners is niet af te lezen of de samenwerking bijdraagt aan de doelen.', bewijs: [] };
    }
    const beoordeeld = b.afspraken.filter((a) => ['nagekomen', 'deels-nagekomen', 'niet-nagekomen'].includes(a.status));
    const nagekomen = beoordeeld.filter((a) => a.status === 'nagekomen');
    return {
      oordeel: verhouding(nagekomen.length, beoordeeld.length),
      uitleg:
        beoordeeld.length === 0
          ? 'Van geen afspraak is al vastgelegd of ze is nagekomen.'
          : `${nagekomen.length} van de ${meervoud(beoordeeld.length, 'afspraak', 'afspraken')} waarvan de uitkomst bekend is, is volledig nagekomen.`,
      bewijs: [plan(b, 'Afspraken met partners', 'afspraken')],
    };
  },
  voortgang: (b) => {
    const i = indicatorenVan(b.keten).filter((x) => x.status !== 'onbekend');
    const goed = i.filter((x) => x.status === 'op-koers');
    const achter = i.filter((x) => x.status === 'achter');
    return {
      oordeel: verhouding(goed.length, i.length),
      uitleg:
        i.length === 0
          ? 'Geen effectindicator is al te beoordelen: er zijn nog geen metingen tegen een streefwaarde.'
          : `${goed.length} van de ${meervoud(i.length, 'beoordeelde effectindicator', 'beoordeelde effectindicatoren')} ligt op koers.${achter.length ? ` Achter: ${namen(achter)}.` : ''}`,
      bewijs: [plan(b, 'Dashboard', 'dashboard'), plan(b, 'Rapportages', 'rapportages')],
    };
  },
  'doelen-meetbaar': (b) => {
    const p = b.keten.prioriteiten;
    const goed = p.filter((x) => x.doel.trim() !== '' && x.indicatoren.some((i) => i.streefwaarde !== null));
    const mis = p.filter((x) => !goed.includes(x));
    return {
      oordeel: verhouding(goed.length, p.length),
      uitleg:
        p.length === 0
          ? 'Er zijn nog geen prioriteiten.'
          : `${goed.length} van de ${meervoud(p.length, 'prioriteit', 'prioriteiten')} heeft een doel en een effectindicator met streefwaarde.${mis.length ? ` Nog niet meetbaar: ${namen(mis.map((x) => ({ naam: x.titel })))}.` : ''}`,
      bewijs: [plan(b, 'IVP: doelen per prioriteit', 'ivp'), plan(b, 'Effectindicatoren en streefwaarden', 'indicatoren')],
    };
  },
  'raad-geinformeerd': (b) => {
    const r = b.rapportages;
    const besproken = r.filter((x) => x.besprokenOp !== null);
    const oordeel: Oordeel = r.length === 0 ? 'voldoet-niet' : besproken.length > 0 ? 'voldoet' : 'voldoet-deels';
    return {
      oordeel,
      uitleg:
        r.length === 0
          ? 'Er is nog geen voortgangsrapportage of jaarbeeld aan de raad aangeboden.'
          : `${meervoud(r.length, 'rapportage is', 'rapportages zijn')} aan de raad aangeboden; ${besproken.length} daarvan ${besproken.length === 1 ? 'is' : 'zijn'} in de raad besproken.`,
      bewijs: [plan(b, 'Raadsoverzicht', 'raad'), ...r.slice(0, 3).map((x): Bewijs => ({ soort: 'document', label: `${x.titel}, aangeboden ${x.aangebodenOp}`, verwijzing: `${b.basis}/raad#rapportages-kop` }))],
    };
  },
};

/** Het voorstel bij één norm; een norm zonder sleutel (een eigen norm) krijgt er geen. */
export function voorstelVoor(sleutel: NormSleutel | null | undefined, bron: VoorstelBron): Voorstel | null {
  if (!sleutel) return null;
  return regels[sleutel](bron);
}

/** Het voorstel bij elke norm van een evaluatie, op norm-id. */
export function voorstellen(vragen: readonly EvaluatieVraag[], bron: VoorstelBron): Record<string, Voorstel | null> {
  return Object.fromEntries(vragen.flatMap((v) => v.normen.map((n) => [n.id, voorstelVoor(n.sleutel, bron)])));
}
