/**
 * Houdt de methodencatalogus (data.ts) tegen de bron: de Quick Scan van veiligheidsmethoden
 * (Seinpost/CCV, 2008), zoals opgeslagen in shared/seeds naast de repository.
 *
 * (a) handmatig uit de scan overgenomen verwachtingen per indeling;
 * (b) tellingen en volledigheid;
 * (c) volledige vergelijking: de lijsten van 3.2-3.4 en de X-tabellen van 3.5-3.7 worden uit de
 *     bron geparsed en elke rij wordt met de data vergeleken.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { methoden } from './data.ts';
import {
  gemeentelijkeRollen,
  methodeObjecten,
  partijen,
  problemen,
  samenwerkingsvormen,
  type GemeentelijkeRol,
  type Methode,
  type MethodeObject,
  type Partij,
  type Probleem,
  type Samenwerkingsvorm,
} from './types.ts';
import { themaIds, type VeldNummer } from '../kennisbank/types.ts';

const seed = readFileSync(
  new URL('../../../../shared/seeds/001_31259f24438db41d.txt', import.meta.url),
  'utf8',
);

const perId = new Map<string, Methode>(methoden.map((m) => [m.id, m]));

function methode(id: string): Methode {
  const m = perId.get(id);
  if (!m) throw new Error(`Methode ${id} ontbreekt in data.ts`);
  return m;
}

// ─── Namen uit de scan terugvoeren op een methode ──────────────────────────────────────────────

/** Kleine letters, zonder afkorting of toelichting tussen haakjes, enkele spaties. */
function normaliseer(naam: string): string {
  return naam
    .replace(/<[^>]+>/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Afgekorte of afwijkende rijnamen in de scan. `null`: staat wel in een lijst, maar is geen
 * van de 26 methoden (Hektor Venlo is in 4.2 een voorbeeld bij de hotspotaanpak).
 */
const ALIAS: Record<string, string | null> = {
  veelplegers: 'persoonsgerichte-aanpak',
  hotspotbenadering: 'hotspotaanpak',
  abcd: 'asset-based-community-development',
  'sociale veiligheid openbaar vervoer': 'sociale-veiligheid-openbaar-vervoersgebieden',
  'sociale veiligheid o.v. gebieden': 'sociale-veiligheid-openbaar-vervoersgebieden',
  'deelgemeentelijk overleg sluitende': 'deelgemeentelijk-overleg-sluitende-aanpak',
  'beheerplan politiekeurmerk veilig': 'beheerplan-politiekeurmerk-veilig-wonen',
  'veiligheidsmanagement voor': 'veiligheidsmanagement-voor-peuterspeelzalen',
  'hektor venlo': null,
};

/** Id van de methode bij een naam uit de scan; `null` voor bekende niet-methoden. */
function herleid(naamInScan: string): string | null {
  const n = normaliseer(naamInScan);
  if (n in ALIAS) return ALIAS[n] ?? null;
  const m = methoden.find((x) => normaliseer(x.naam) === n);
  if (!m) throw new Error(`Naam uit de scan niet te herleiden: "${naamInScan}"`);
  return m.id;
}

// ─── Secties van de scan ───────────────────────────────────────────────────────────────────────

/** Tekst van de kop "3.x ..." tot aan de volgende kop op hetzelfde of een hoger niveau-nummer. */
function sectie(nummer: string, volgende: string): string {
  const kop = (nr: string) => new RegExp(`^#{1,6}\\s*\\**\\s*${nr.replace('.', '\\.')}\\s`, 'm');
  const start = seed.search(kop(nummer));
  if (start < 0) throw new Error(`Sectie ${nummer} niet gevonden`);
  const rest = seed.slice(start + 1);
  const eind = rest.search(kop(volgende));
  if (eind < 0) throw new Error(`Sectie ${volgende} niet gevonden`);
  return seed.slice(start, start + 1 + eind);
}

interface Groep {
  titel: string;
  namen: string[];
}

/** De HTML-lijsten van 3.2 en 3.4: <p><b>Titel</b></p> gevolgd door <li>- naam</li>. */
function htmlLijst(tekst: string): Groep[] {
  const groepen: Groep[] = [];
  const re = /<p><b>(.*?)<\/b><\/p>|<li>-\s*(.*?)<\/li>/g;
  for (const match of tekst.matchAll(re)) {
    if (match[1] !== undefined) groepen.push({ titel: match[1].trim(), namen: [] });
    else if (match[2] !== undefined) {
      const laatste = groepen.at(-1);
      if (!laatste) throw new Error('Lijstregel zonder kop');
      laatste.namen.push(match[2].trim());
    }
  }
  return groepen;
}

/** De lijst van 3.3: "<b>Titel</b>\t" gevolgd door regels "-\tnaam". */
function tabLijst(tekst: string): Groep[] {
  const groepen: Groep[] = [];
  for (const regel of tekst.split('\n')) {
    const kop = /^<b>(.*?)<\/b>\t/.exec(regel);
    const item = /^-\t(.+)$/.exec(regel);
    if (kop?.[1] !== undefined) groepen.push({ titel: kop[1].trim(), namen: [] });
    else if (item?.[1] !== undefined) {
      const laatste = groepen.at(-1);
      if (!laatste) throw new Error('Lijstregel zonder kop');
      laatste.namen.push(item[1].trim());
    }
  }
  return groepen;
}

interface TabelRij {
  naam: string;
  groep: string;
  cellen: string[];
}
interface Tabel {
  kolommen: string[];
  rijen: TabelRij[];
}

/** Een tab-gescheiden X-tabel: eerste tabregel is de kop, "<b>..</b>"-regels zijn groepen. */
function xTabel(tekst: string): Tabel {
  const regels = tekst.split('\n').filter((r) => r.includes('\t'));
  const [kop, ...rest] = regels;
  if (kop === undefined) throw new Error('Tabel zonder kop');
  const kolommen = kop.split('\t').slice(1).map((k) => k.trim());
  const rijen: TabelRij[] = [];
  let groep = '';
  for (const regel of rest) {
    const [eerste = '', ...cellen] = regel.split('\t');
    if (eerste.startsWith('<b>')) {
      groep = eerste.replace(/<[^>]+>/g, '').trim();
      continue;
    }
    rijen.push({ naam: eerste.trim(), groep, cellen: cellen.map((c) => c.trim()) });
  }
  return { kolommen, rijen };
}

function groepNaarObject(groep: string): MethodeObject {
  const g = groep.toLowerCase();
  if (g.startsWith('perso')) return 'persoon';
  if (g.startsWith('gebied')) return 'gebied';
  if (g.startsWith('thema')) return 'thema';
  if (g.startsWith('overig')) return 'overig';
  throw new Error(`Onbekende groep in tabel: "${groep}"`);
}

const lijst32 = htmlLijst(sectie('3.2', '3.3'));
const lijst33 = tabLijst(sectie('3.3', '3.4'));
const lijst34 = htmlLijst(sectie('3.4', '3.5'));
const tabel35 = xTabel(sectie('3.5', '3.6'));
const tabel36 = xTabel(sectie('3.6', '3.7'));
const tabel37 = xTabel(sectie('3.7', '4'));

// ─── (a) Handmatig uit de scan overgenomen rijen ───────────────────────────────────────────────

describe('methoden: handmatig overgenomen rijen uit de scan', () => {
  const velden: Record<string, VeldNummer[]> = {
    veiligheidseffectrapportage: [1],
    'asset-based-community-development': [1],
    'keurmerk-veilig-ondernemen': [2],
    handhavingsarrangementen: [2],
    streetwise: [3],
    'veiligheidsmanagement-voor-peuterspeelzalen': [3],
    integriteitsmeter: [5],
    veiligheidshuis: [], // 3.2: onder "Overige"
    'persoonsgerichte-aanpak': [], // 3.2: "Veelplegers" onder "Overige"
    'lokale-veiligheidsplanner': [],
    'matrix-integrale-veiligheidszorg': [],
  };
  it.each(Object.entries(velden))('3.2 velden: %s', (id, verwacht) => {
    expect(methode(id).velden).toEqual(verwacht);
  });

  const object: Record<string, MethodeObject> = {
    'persoonsgerichte-aanpak': 'persoon',
    veiligheidshuis: 'persoon',
    'communities-that-care': 'persoon',
    hotspotaanpak: 'gebied',
    'kwaliteitsmeter-veilig-uitgaan': 'gebied',
    'veilig-op-school': 'gebied',
    handhavingsarrangementen: 'thema',
    'aanpak-polarisatie-en-radicalisering': 'thema',
    'lokale-veiligheidsplanner': 'overig',
    'matrix-integrale-veiligheidszorg': 'overig',
  };
  it.each(Object.entries(object))('3.3 object: %s', (id, verwacht) => {
    expect(methode(id).object).toBe(verwacht);
  });

  const samenwerking: Record<string, Samenwerkingsvorm[]> = {
    'zet-in-op-12-min': ['ketenaanpak'],
    veiligheidshuis: ['ketenaanpak'],
    'sociale-veiligheid-openbaar-vervoersgebieden': ['arrangement'],
    streetwise: ['convenant'],
    'veiligheidseffectrapportage': ['convenant'],
    'asset-based-community-development': ['netwerkontwikkeling'],
    'sociaal-veilige-stad': ['overig'],
    'matrix-integrale-veiligheidszorg': ['overig'],
  };
  it.each(Object.entries(samenwerking))('3.4 samenwerking: %s', (id, verwacht) => {
    expect(methode(id).samenwerking).toEqual(verwacht);
  });

  const rollen: Record<string, GemeentelijkeRol[]> = {
    'persoonsgerichte-aanpak': ['opdrachtgever', 'coordinator'],
    'aanpak-harde-kern-jeugd': ['facilitator', 'coordinator'],
    hotspotaanpak: ['coordinator'],
    'keurmerk-veilig-ondernemen': ['opdrachtgever', 'initiator', 'facilitator', 'coordinator'],
    'kwaliteitsmeter-veilig-uitgaan': ['initiator', 'facilitator'],
    handhavingsarrangementen: ['opdrachtgever', 'initiator'],
    'lokale-veiligheidsplanner': ['opdrachtgever', 'facilitator'],
  };
  it.each(Object.entries(rollen))('3.5 rollen: %s', (id, verwacht) => {
    expect(methode(id).rollen).toEqual(verwacht);
  });

  const betrokken: Record<string, Partij[]> = {
    'communities-that-care': ['gemeente', 'bewoners', 'onderwijs', 'welzijnswerk', 'politie', 'hulpverlening', 'corporatie'],
    hotspotaanpak: ['gemeente', 'ondernemer', 'politie', 'om', 'hulpverlening', 'corporatie'],
    'sociale-veiligheid-openbaar-vervoersgebieden': ['gemeente', 'ondernemer', 'vervoer'],
    'veilig-op-school': ['onderwijs', 'politie'],
    'veiligheidsmanagement-voor-peuterspeelzalen': ['onderwijs'],
    'aanpak-polarisatie-en-radicalisering': ['gemeente', 'onderwijs', 'om'],
    'matrix-integrale-veiligheidszorg': ['gemeente', 'welzijnswerk', 'politie', 'hulpverlening', 'corporatie'],
  };
  it.each(Object.entries(betrokken))('3.6 partijen: %s', (id, verwacht) => {
    expect(methode(id).partijen).toEqual(verwacht);
  });

  const voorProblemen: Record<string, Probleem[]> = {
    'communities-that-care': ['overlast-jeugd', 'onveiligheid-jeugd', 'maatschappelijke-onrust', 'drugsoverlast'],
    'sociaal-veilige-stad': ['onveiligheid-jeugd', 'overlast-volwassenen', 'inbraken-woning', 'openbare-ruimte'],
    'sociale-veiligheid-openbaar-vervoersgebieden': ['onveiligheid-stations'],
    'keurmerk-veilig-ondernemen': ['overlast-jeugd', 'overlast-volwassenen', 'openbare-ruimte', 'winkeldiefstallen'],
    handhavingsarrangementen: ['uitgaansoverlast'],
    integriteitsmeter: [],
    'matrix-integrale-veiligheidszorg': [
      'overlast-jeugd', 'overlast-volwassenen', 'uitgaansoverlast', 'inbraken-woning',
      'openbare-ruimte', 'onveiligheid-stations', 'winkeldiefstallen',
    ],
  };
  it.each(Object.entries(voorProblemen))('3.7 problemen: %s', (id, verwacht) => {
    expect(methode(id).problemen).toEqual(verwacht);
  });
});

// ─── (b) Tellingen en volledigheid ─────────────────────────────────────────────────────────────

describe('methoden: tellingen en volledigheid', () => {
  it('bevat 26 methoden: 9 persoons-, 12 gebieds-, 3 thema-/delictgericht en 2 overig', () => {
    expect(methoden).toHaveLength(26);
    const telling = (o: MethodeObject) => methoden.filter((m) => m.object === o).length;
    expect(telling('persoon')).toBe(9);
    expect(telling('gebied')).toBe(12);
    expect(telling('thema')).toBe(3);
    expect(telling('overig')).toBe(2);
  });

  it('heeft unieke ids in kebab-case, afgeleid van de naam', () => {
    const ids = methoden.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const slug = (s: string) =>
      s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    for (const m of methoden) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(m.id).toBe(slug(m.naam));
    }
    expect(new Set(methoden.map((m) => m.naam.toLowerCase())).size).toBe(methoden.length);
  });

  it.each(methoden.map((m) => [m.id, m] as const))('%s: doel, werkwijze, stappen en thema’s', (_id, m) => {
    expect(m.doel.trim().length).toBeGreaterThan(20);
    expect(m.werkwijze.length).toBeGreaterThanOrEqual(1);
    for (const alinea of m.werkwijze) expect(alinea.trim().length).toBeGreaterThan(20);
    expect(m.stappen.length).toBeGreaterThanOrEqual(3);
    expect(m.stappen.length).toBeLessThanOrEqual(8);
    for (const stap of m.stappen) expect(stap.trim()).not.toBe('');
    expect(new Set(m.stappen).size).toBe(m.stappen.length);
    expect(m.themas.length).toBeGreaterThanOrEqual(1);
    expect(new Set(m.themas).size).toBe(m.themas.length);
    for (const t of m.themas) expect(themaIds).toContain(t);
    expect(m.meerInformatie?.trim()).toBeTruthy();
  });

  it('gebruikt alleen bekende waarden, zonder dubbelingen en in de kolomvolgorde van types.ts', () => {
    const inVolgorde = <T extends string>(waarden: readonly T[], alle: readonly T[]) =>
      expect(waarden).toEqual(alle.filter((w) => waarden.includes(w)));
    for (const m of methoden) {
      expect(methodeObjecten).toContain(m.object);
      for (const v of m.velden) expect([1, 2, 3, 4, 5]).toContain(v);
      expect(new Set(m.velden).size).toBe(m.velden.length);
      inVolgorde(m.samenwerking, samenwerkingsvormen);
      inVolgorde(m.rollen, gemeentelijkeRollen);
      inVolgorde(m.partijen, partijen);
      inVolgorde(m.problemen, problemen);
      expect(new Set(m.samenwerking).size).toBe(m.samenwerking.length);
    }
  });

  it('volgt de scan in een paar vaste punten', () => {
    expect(methode('keurmerk-veilig-ondernemen').themas).toEqual(expect.arrayContaining(['2.1', '2.2']));
    expect(methode('kwaliteitsmeter-veilig-uitgaan').themas).toContain('2.3');
    expect(methode('beheerplan-politiekeurmerk-veilig-wonen').themas).toEqual(expect.arrayContaining(['1.2', '1.3']));
    expect(methode('aanpak-polarisatie-en-radicalisering').themas).toContain('5.1');
    expect(methode('integriteitsmeter').themas).toContain('5.5');
    // De zes stappen van de Lokale Veiligheidsplanner (4.6).
    expect(methode('lokale-veiligheidsplanner').stappen).toHaveLength(6);
    // De acht stappen van het KVO (4.3).
    expect(methode('keurmerk-veilig-ondernemen').stappen).toHaveLength(8);
  });

  it('neemt geen lange zinsdelen letterlijk over uit de scan (eigen woorden)', () => {
    const woorden = (s: string) =>
      s.toLowerCase().replace(/[^a-z0-9à-ÿ\s-]/g, ' ').split(/\s+/).filter(Boolean);
    const bron = ` ${woorden(seed).join(' ')} `;
    const lengte = 8;
    for (const m of methoden) {
      for (const tekst of [m.doel, ...m.werkwijze, ...m.stappen]) {
        const w = woorden(tekst);
        for (let i = 0; i + lengte <= w.length; i++) {
          const reeks = w.slice(i, i + lengte).join(' ');
          expect(bron.includes(` ${reeks} `), `${m.id}: "${reeks}"`).toBe(false);
        }
      }
    }
  });
});

// ─── (c) Volledige vergelijking met de lijsten en tabellen van de scan ─────────────────────────

describe('3.2 Kernbeleid Veiligheid: veiligheidsvelden (volledig)', () => {
  const veldBijTitel: Record<string, VeldNummer | null> = {
    'Woon- en leefomgeving': 1,
    'Bedrijvigheid en veiligheid': 2,
    'Jeugd en veiligheid': 3,
    'Integriteit en veiligheid': 5,
    Overige: null,
  };

  it('heeft de verwachte groepen en noemt samen alle 26 methoden precies één keer', () => {
    expect(lijst32.map((g) => g.titel)).toEqual(Object.keys(veldBijTitel));
    const ids = lijst32.flatMap((g) => g.namen.map(herleid));
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(methoden.map((m) => m.id).sort());
  });

  const verwacht = new Map<string, VeldNummer[]>();
  for (const g of lijst32) {
    const veld = veldBijTitel[g.titel];
    for (const naam of g.namen) {
      const id = herleid(naam);
      if (id === null) continue;
      const lijst = verwacht.get(id) ?? [];
      if (veld !== null && veld !== undefined) lijst.push(veld);
      verwacht.set(id, lijst);
    }
  }
  it.each(methoden.map((m) => m.id))('%s', (id) => {
    expect(methode(id).velden).toEqual(verwacht.get(id));
  });
});

describe('3.3 Object van de methoden (volledig)', () => {
  const objectBijTitel: Record<string, MethodeObject> = {
    Personen: 'persoon',
    Gebieden: 'gebied',
    'Thema of delict': 'thema',
    Overige: 'overig',
  };

  it('heeft de verwachte groepen en noemt alle 26 methoden precies één keer', () => {
    expect(lijst33.map((g) => g.titel)).toEqual(Object.keys(objectBijTitel));
    const ids = lijst33.flatMap((g) => g.namen.map(herleid));
    expect(new Set(ids).size).toBe(26);
    expect([...ids].sort()).toEqual(methoden.map((m) => m.id).sort());
  });

  const rijen = lijst33.flatMap((g) => g.namen.map((naam) => [naam, objectBijTitel[g.titel]] as const));
  it.each(rijen)('%s -> %s', (naam, object) => {
    const id = herleid(naam);
    expect(id).not.toBeNull();
    expect(methode(id ?? '').object).toBe(object);
  });
});

describe('3.4 Typen samenwerking (volledig)', () => {
  const vormBijTitel: Record<string, Samenwerkingsvorm> = {
    Ketenaanpak: 'ketenaanpak',
    Arrangementen: 'arrangement',
    Convenanten: 'convenant',
    'Publiek Private Samenwerking/contracten': 'pps',
    Netwerkontwikkeling: 'netwerkontwikkeling',
    Overig: 'overig',
  };

  it('heeft de zes groepen in de volgorde van types.ts', () => {
    expect(lijst34.map((g) => g.titel)).toEqual(Object.keys(vormBijTitel));
    expect(lijst34.map((g) => vormBijTitel[g.titel])).toEqual([...samenwerkingsvormen]);
  });

  it('laat alleen Hektor Venlo buiten de 26 methoden', () => {
    const nietHerleid = lijst34.flatMap((g) => g.namen.filter((n) => herleid(n) === null));
    expect(nietHerleid).toEqual(['Hektor Venlo']);
  });

  const verwacht = new Map<string, Samenwerkingsvorm[]>(methoden.map((m) => [m.id, []]));
  for (const g of lijst34) {
    const vorm = vormBijTitel[g.titel];
    if (!vorm) throw new Error(`Onbekende samenwerkingsvorm "${g.titel}"`);
    for (const naam of g.namen) {
      const id = herleid(naam);
      if (id !== null) verwacht.get(id)?.push(vorm);
    }
  }
  for (const lijst of verwacht.values()) lijst.sort((a, b) => samenwerkingsvormen.indexOf(a) - samenwerkingsvormen.indexOf(b));

  it.each(methoden.map((m) => m.id))('%s', (id) => {
    expect(methode(id).samenwerking).toEqual(verwacht.get(id));
  });
});

/** Gemeenschappelijke controle voor de X-tabellen van 3.5, 3.6 en 3.7. */
function vergelijkTabel<K extends string>(
  titel: string,
  tabel: Tabel,
  koppen: readonly string[],
  waarden: readonly K[],
  veld: (m: Methode) => readonly K[],
): void {
  describe(`${titel} (volledig, elke rij)`, () => {
    it('heeft de kolommen in de volgorde van types.ts', () => {
      expect(koppen).toHaveLength(waarden.length);
      expect(tabel.kolommen).toEqual([...koppen]);
    });

    it('heeft 26 rijen die elk precies één methode aanwijzen', () => {
      expect(tabel.rijen).toHaveLength(26);
      const ids = tabel.rijen.map((r) => herleid(r.naam));
      expect(ids).not.toContain(null);
      expect([...ids].sort()).toEqual(methoden.map((m) => m.id).sort());
    });

    it.each(tabel.rijen.map((r) => [r.naam, r] as const))('%s', (_naam, rij) => {
      expect(rij.cellen).toHaveLength(waarden.length);
      for (const cel of rij.cellen) expect(['', 'X']).toContain(cel);
      const id = herleid(rij.naam);
      expect(id).not.toBeNull();
      const m = methode(id ?? '');
      expect(m.object).toBe(groepNaarObject(rij.groep));
      const verwacht = waarden.filter((_w, i) => rij.cellen[i] === 'X');
      expect(veld(m)).toEqual(verwacht);
    });
  });
}

vergelijkTabel(
  '3.5 Gemeentelijke rollen',
  tabel35,
  ['Opdrachtgever', 'Initiator', 'Facilitator', 'Coördinator'],
  gemeentelijkeRollen,
  (m) => m.rollen,
);

vergelijkTabel(
  '3.6 Betrokken partijen',
  tabel36,
  ['Gemeente', 'Bewoners', 'Ondernemer', 'Onderwijs', 'Welzijnswerk', 'Politie', 'Openb.Min.', 'Hulpverlening', 'Vervoer', 'Corporatie'],
  partijen,
  (m) => m.partijen,
);

vergelijkTabel(
  '3.7 Voor welke problemen?',
  tabel37,
  [
    'Overlast Jeugd', 'Onveiligheid Jeugd', 'Overlast volwassenen', 'Uitgaans overlast', 'Inbraken woning',
    'Openbare ruimte', 'Onveiligheid stations', 'Winkel diefstallen', 'Maatschappelijke onrust', 'Drugoverlast',
  ],
  problemen,
  (m) => m.problemen,
);
