/**
 * Het inlezen van een lijst prioriteiten uit bestaande veiligheidsplannen (CSV), zodat het landelijk
 * beeld met echte plannen kan beginnen.
 *
 * Kolommen (kopregel verplicht, hoofdletters en volgorde vrij, andere kolommen worden genegeerd):
 * - gemeentecode: CBS-code van een gemeente van 2024, als 'GM0363', '0363' of '363';
 * - jaar: het eerste jaar van het plan (bv. 2023 voor een plan 2023-2026);
 * - titel: de titel van de prioriteit zoals het plan hem noemt;
 * - thema (niet verplicht): thema-ids van Kernbeleid Veiligheid ('1.3') en/of ids van strategische
 *   thema's ('zorg-en-veiligheid'), gescheiden door komma's (of ; of |), met de hand gekoppeld.
 * Scheidingsteken ';' of ',' (uit de kopregel afgeleid), UTF-8 met of zonder BOM, velden mogen tussen
 * dubbele aanhalingstekens staan ("" voor een aanhalingsteken, regeleinden binnen aanhalingstekens mogen).
 *
 * Zuiver: tekst erin, {rijen, fouten} eruit. Of een bestand met fouten geheel geweigerd wordt, beslist
 * de server; elke fout noemt regel en kolom in het Nederlands.
 */
import { isThemaId, strategischeThemas } from '../kennisbank/kennisbank.ts';
import { gemeenteBijCode } from '../gemeenten/gemeenten.ts';

export interface PrioriteitRij {
  /** Regelnummer in het bestand (1 = kopregel), voor verwijzingen. */
  regel: number;
  /** Genormaliseerd: 'GM0363'. */
  gemeentecode: string;
  jaar: number;
  titel: string;
  /** Met de hand gekoppelde thema's; undefined als de kolom ontbreekt of leeg is. */
  themas?: string[];
}

export interface Invoerfout {
  regel: number;
  /** De kolom waar het om gaat; ontbreekt bij een fout die de hele regel of het bestand betreft. */
  kolom?: string;
  /** Volledige zin, bv. "Regel 12, kolom gemeentecode: 'GM9999' is geen gemeente van 2024". */
  melding: string;
}

export interface Inleesresultaat {
  rijen: PrioriteitRij[];
  fouten: Invoerfout[];
  /** Het scheidingsteken dat gebruikt is. */
  scheidingsteken: ';' | ',';
}

export const VERPLICHTE_KOLOMMEN = ['gemeentecode', 'jaar', 'titel'] as const;
export const MAX_RIJEN = 20_000;
export const MAX_TITEL = 300;
export const EERSTE_JAAR = 1990;
export const LAATSTE_JAAR = 2100;
/** Meer fouten dan dit worden niet elk gemeld (de rest telt mee in een slotmelding). */
export const MAX_FOUTEN = 200;

const strategischeIds = new Set<string>(strategischeThemas.map((s) => s.id));

/** Of een id een thema of een strategisch thema van Kernbeleid Veiligheid is. */
export function isBekendThema(id: string): boolean {
  return isThemaId(id) || strategischeIds.has(id);
}

/**
 * 'GM0363', 'gm0363', '0363', '363' -> 'GM0363'; undefined als het geen code kan zijn.
 * (Of het een gemeente van 2024 is, zegt gemeenteBijCode.)
 */
export function normaliseerGemeentecode(invoer: string): string | undefined {
  const m = /^(?:GM)?(\d{1,4})$/i.exec(invoer.trim());
  return m ? `GM${m[1]!.padStart(4, '0')}` : undefined;
}

interface Record_ {
  regel: number;
  velden: string[];
}

/** Splitst CSV-tekst in records, met het regelnummer waar elk record begint. */
function leesRecords(tekst: string, sep: string): { records: Record_[]; openAanhaling?: number } {
  const records: Record_[] = [];
  let velden: string[] = [];
  let veld = '';
  let inAanhaling = false;
  let regel = 1;
  let beginRegel = 1;
  let aanhalingBegin = 0;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (inAanhaling) {
      if (c === '"') {
        if (tekst[i + 1] === '"') {
          veld += '"';
          i++;
        } else inAanhaling = false;
      } else {
        if (c === '\n') regel++;
        if (c !== '\r') veld += c;
      }
      continue;
    }
    if (c === '"' && veld.trim() === '') {
      veld = '';
      inAanhaling = true;
      aanhalingBegin = regel;
    } else if (c === sep) {
      velden.push(veld);
      veld = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && tekst[i + 1] === '\n') i++;
      velden.push(veld);
      records.push({ regel: beginRegel, velden });
      velden = [];
      veld = '';
      regel++;
      beginRegel = regel;
    } else veld += c;
  }
  if (inAanhaling) return { records, openAanhaling: aanhalingBegin };
  if (veld !== '' || velden.length > 0) {
    velden.push(veld);
    records.push({ regel: beginRegel, velden });
  }
  return { records };
}

/** ';' of ',' : welke buiten aanhalingstekens het vaakst in de kopregel staat (bij gelijkspel ';'). */
function kiesScheidingsteken(tekst: string): ';' | ',' {
  let puntkomma = 0;
  let komma = 0;
  let inAanhaling = false;
  for (const c of tekst) {
    if (c === '"') inAanhaling = !inAanhaling;
    else if (!inAanhaling && (c === '\n' || c === '\r')) break;
    else if (!inAanhaling && c === ';') puntkomma++;
    else if (!inAanhaling && c === ',') komma++;
  }
  return komma > puntkomma ? ',' : ';';
}

const toon = (s: string) => `'${s.length > 60 ? `${s.slice(0, 57)}...` : s}'`;

/** Leest een CSV met prioriteiten; zie de uitleg bovenaan. */
export function leesPrioriteitenlijst(invoer: string): Inleesresultaat {
  const tekst = invoer.replace(/^\uFEFF/, '');
  const scheidingsteken = kiesScheidingsteken(tekst);
  const fouten: Invoerfout[] = [];
  let weggelaten = 0;
  const fout = (regel: number, kolom: string | undefined, wat: string) => {
    if (fouten.length >= MAX_FOUTEN) {
      weggelaten++;
      return;
    }
    fouten.push({ regel, ...(kolom ? { kolom } : {}), melding: `Regel ${regel}${kolom ? `, kolom ${kolom}` : ''}: ${wat}` });
  };
  const rijen: PrioriteitRij[] = [];

  const { records, openAanhaling } = leesRecords(tekst, scheidingsteken);
  const nietLeeg = records.filter((r) => r.velden.some((v) => v.trim() !== ''));
  if (nietLeeg.length === 0) {
    fout(1, undefined, 'het bestand is leeg; verwacht een kopregel met gemeentecode, jaar en titel');
    return { rijen, fouten, scheidingsteken };
  }
  if (openAanhaling !== undefined) {
    fout(openAanhaling, undefined, 'een aanhalingsteken (") wordt niet gesloten');
  }

  const [kop, ...data] = nietLeeg;
  const kolommen = kop!.velden.map((k) => k.trim().toLowerCase());
  const index = (naam: string, ...andere: string[]) => {
    for (const n of [naam, ...andere]) {
      const i = kolommen.indexOf(n);
      if (i >= 0) return i;
    }
    return -1;
  };
  const iCode = index('gemeentecode', 'gm_code', 'code');
  const iJaar = index('jaar');
  const iTitel = index('titel');
  const iThema = index('thema', 'themas', "thema's");
  const ontbrekend = [
    ...(iCode < 0 ? ['gemeentecode'] : []),
    ...(iJaar < 0 ? ['jaar'] : []),
    ...(iTitel < 0 ? ['titel'] : []),
  ];
  if (ontbrekend.length > 0) {
    fout(
      kop!.regel,
      undefined,
      `de kopregel mist ${ontbrekend.length === 1 ? 'de kolom' : 'de kolommen'} ${ontbrekend.join(', ')} (gevonden: ${kolommen.filter(Boolean).join(', ') || 'niets'}; scheidingsteken '${scheidingsteken}')`,
    );
    return { rijen, fouten, scheidingsteken };
  }
  if (data.length > MAX_RIJEN) {
    fout(data[MAX_RIJEN]!.regel, undefined, `te veel regels: hoogstens ${MAX_RIJEN} prioriteiten per bestand`);
    return { rijen, fouten, scheidingsteken };
  }

  for (const r of data) {
    const waarde = (i: number) => (r.velden[i] ?? '').trim();
    let goed = true;

    // Meer gevulde velden dan de kopregel kolommen heeft: meestal een scheidingsteken in een veld zonder
    // aanhalingstekens ("1.3,5.2" bij komma's). Niet stil weggooien.
    if (r.velden.slice(kolommen.length).some((v) => v.trim() !== '')) {
      fout(
        r.regel,
        undefined,
        `de regel heeft ${r.velden.length} velden, de kopregel ${kolommen.length}; zet een veld met '${scheidingsteken}' erin tussen dubbele aanhalingstekens`,
      );
      continue;
    }

    const ruweCode = waarde(iCode);
    let gemeentecode = '';
    if (!ruweCode) {
      fout(r.regel, 'gemeentecode', 'ontbreekt');
      goed = false;
    } else {
      const code = normaliseerGemeentecode(ruweCode);
      if (!code) {
        fout(r.regel, 'gemeentecode', `${toon(ruweCode)} is geen gemeentecode (verwacht bv. GM0363, 0363 of 363)`);
        goed = false;
      } else if (!gemeenteBijCode(code)) {
        fout(r.regel, 'gemeentecode', `${toon(code)} is geen gemeente van 2024`);
        goed = false;
      } else gemeentecode = code;
    }

    const ruwJaar = waarde(iJaar);
    let jaar = 0;
    if (!ruwJaar) {
      fout(r.regel, 'jaar', 'ontbreekt');
      goed = false;
    } else if (!/^\d{4}$/.test(ruwJaar) || Number(ruwJaar) < EERSTE_JAAR || Number(ruwJaar) > LAATSTE_JAAR) {
      fout(r.regel, 'jaar', `${toon(ruwJaar)} is geen jaartal tussen ${EERSTE_JAAR} en ${LAATSTE_JAAR}`);
      goed = false;
    } else jaar = Number(ruwJaar);

    const titel = waarde(iTitel).replace(/\s+/g, ' ');
    if (!titel) {
      fout(r.regel, 'titel', 'ontbreekt');
      goed = false;
    } else if (titel.length > MAX_TITEL) {
      fout(r.regel, 'titel', `is langer dan ${MAX_TITEL} tekens`);
      goed = false;
    }

    let themas: string[] | undefined;
    if (iThema >= 0 && waarde(iThema)) {
      const ids = waarde(iThema)
        .split(/[,;|\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const onbekend = ids.filter((id) => !isBekendThema(id));
      if (onbekend.length > 0) {
        fout(
          r.regel,
          'thema',
          `${onbekend.map(toon).join(', ')} ${onbekend.length === 1 ? 'is geen thema' : 'zijn geen thema\'s'} van Kernbeleid Veiligheid (verwacht bv. 1.3, 5.2 of zorg-en-veiligheid)`,
        );
        goed = false;
      } else themas = [...new Set(ids)];
    }

    if (goed) rijen.push({ regel: r.regel, gemeentecode, jaar, titel, ...(themas ? { themas } : {}) });
  }
  if (weggelaten > 0) {
    fouten.push({ regel: data.at(-1)?.regel ?? 1, melding: `En nog ${weggelaten} fouten die hier niet elk genoemd worden.` });
  }
  return { rijen, fouten, scheidingsteken };
}
