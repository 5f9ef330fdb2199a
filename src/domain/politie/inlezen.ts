/**
 * De inlezer van politiecijfers: leest een bestand in stukken (streaming), herkent het formaat,
 * controleert elke regel en telt de aantallen meteen op in cellen van regio x periode met de 59
 * soorten misdrijf naast elkaar. Het geheugen groeit dus met het aantal regio's en perioden, niet
 * met de grootte van het bestand; bij meer dan `maxCellen` cellen vraagt de inlezer de aanroeper
 * om de cellen met een regiocode weg te schrijven (`moetLegen`, `neemCellen`).
 *
 * Snel door ontwerp: het lezen gaat over bytes (zie csv.ts), en sleutels worden als bytes
 * opgezocht in een eigen hashtabel; alleen een nieuwe sleutel wordt één keer tekst. Zuivere code:
 * de aanroeper leest het bestand en schrijft de cellen weg.
 */
import { decodeer, kiesScheiding, leesRecord, Velden, veldTekst } from './csv.ts';
import { type Formaat, herkenFormaat } from './formaat.ts';
import { misdrijfsoorten } from './misdrijfsoorten.ts';
import { type OpgelosteNaam, type OnopgelosteNaam, losNamenOp } from './naamresolutie.ts';
import { leesPeriode, type Periode, uitlegPeriode } from './perioden.ts';
import { isRegiocode, type RegioLijst } from './regios.ts';

/** Aantal soorten misdrijf per cel, in de volgorde van `misdrijfsoorten` (0.0.0 eerst). */
export const AANTAL_SOORTEN = misdrijfsoorten.length;
export const MAX_FOUTEN = 1000;

/** Status per waarde in een cel. */
export const LEEG = 0;
export const WAARDE = 1;
/** Het bestand noemt de waarde, maar als onbekend (`.` of leeg). */
export const ONBEKEND = 2;

const soortIndex = new Map(misdrijfsoorten.map((m, i) => [m.code, i]));
const soortOpTitel = new Map(misdrijfsoorten.map((m, i) => [m.titel.toLowerCase(), i]));

export class BestandGeweigerd extends Error {
  override name = 'BestandGeweigerd';
  constructor(
    message: string,
    readonly regel?: number,
  ) {
    super(message);
  }
}

/**
 * Zo lang mag een regel (een record) hoogstens zijn, in tekens (bytes), zonder het regeleinde. Een
 * echte regel met politiecijfers is korter dan 1.000 tekens. Een langere regel weigert het hele
 * bestand meteen, zonder de rest te lezen: zo blijft het geheugen begrensd, ook bij een bestand met
 * één regel, zonder regeleinden of met een aanhalingsteken dat niet sluit.
 */
export const MAX_REGEL = 65_536;
/** Zoveel bytes mag een onvolledig record hoogstens hebben: de regel en een CR die op zijn LF wacht. */
export const MAX_RECORD = MAX_REGEL + 1;

/** Of het volledige record buf[van..tot) zonder zijn regeleinde langer is dan MAX_REGEL. */
function teLang(buf: Uint8Array, van: number, tot: number): boolean {
  if (tot - van <= MAX_REGEL) return false;
  let e = tot;
  if (e > van && buf[e - 1] === 0x0a) e--;
  if (e > van && buf[e - 1] === 0x0d) e--;
  return e - van > MAX_REGEL;
}

/** De weigering bij een regel van meer dan MAX_REGEL tekens. */
export function teLangeRegel(regel: number): BestandGeweigerd {
  return new BestandGeweigerd(
    `Regel ${regel} is langer dan ${MAX_REGEL.toLocaleString('nl-NL')} tekens; een regel met politiecijfers is korter dan 1.000 tekens. ` +
      'Controleer of dit het goede bestand is, of het regeleinden heeft en of elk aanhalingsteken weer wordt gesloten.',
    regel,
  );
}

export interface FouteRegel {
  regel: number;
  reden: string;
}

/** De weigering bij meer dan `max` foute regels, met een van die regels als voorbeeld (als die er is). */
export function teVeelFouten(max: number, voorbeeld?: FouteRegel): BestandGeweigerd {
  const uitleg = voorbeeld ? ` (bijvoorbeeld ${voorbeeld.reden.replace(/\.$/, '').replace(/^Regel (\d+): /, 'op regel $1: ')})` : '';
  return new BestandGeweigerd(
    `Meer dan ${max.toLocaleString('nl-NL')} foute regels${uitleg}. De import is gestopt en er is niets ingelezen. Controleer of dit het goede bestand is.`,
    voorbeeld?.regel,
  );
}

export interface OnbekendeSoort {
  code: string;
  regels: number;
  aantal: number;
  eersteRegel: number;
}

export interface InleesOpties {
  regios: RegioLijst;
  /** Gemeenten (GMxxxx) waarin regionamen worden gezocht, bv. die van de werkruimte. */
  gemeenten?: readonly string[];
  maxFouten?: number;
  /** Bij dit aantal cellen in het geheugen vraagt de inlezer om legen. */
  maxCellen?: number;
}

/** Cellen in kolommen: per cel regio, jaar, maand en AANTAL_SOORTEN waarden met hun status. */
export interface CelBlok {
  aantal: number;
  regio: string[];
  jaar: Int16Array;
  maand: Int8Array;
  waarden: Int32Array;
  status: Uint8Array;
}

/**
 * Wat een inlezer van een deel van het bestand heeft gelezen, om samen te voegen met een andere
 * inlezer (parallel lezen, zie `verwerkSegment`, `neemDeel` en `voegDeelToe`). Alles in typed arrays,
 * zodat het zonder kopiëren naar een andere thread kan.
 */
export interface Deel extends Pick<Uitkomst, 'regelsGelezen' | 'regelsGeimporteerd' | 'onbekendeWaarden' | 'fouten' | 'foutenTotaal' | 'onbekendeSoorten'> {
  /** De regiosleutels zoals in het bestand (bytes, achter elkaar; `sleutelEind` per sleutel). */
  sleutelBytes: Uint8Array;
  sleutelEind: Int32Array;
  aantal: number;
  /** Per cel: sleutelnummer, jaar, maand en volgnummer (bij een naam die twee keer voorkomt). */
  regio: Int32Array;
  jaar: Int16Array;
  maand: Int8Array;
  keer: Uint8Array;
  /** Per cel en soort: waarde, status en regelnummer. */
  waarden: Int32Array;
  status: Uint8Array;
  regels: Int32Array;
  perioden: Periode[];
  latin1: boolean;
}

/** Wat een inlezer van een deel nodig heeft om zonder de kopregel te beginnen. */
export interface Beginstand {
  formaat: Formaat;
  scheiding: number;
  regeleinde: Uitkomst['regeleinde'];
}

export interface Uitkomst {
  formaat: Formaat;
  codering: 'UTF-8 met BOM' | 'UTF-8' | 'Latin-1';
  regeleinde: 'CRLF' | 'LF' | 'CR' | 'geen';
  regelsGelezen: number;
  regelsGeimporteerd: number;
  /** Regels met `.` of een leeg aantal: ingelezen als onbekend. */
  onbekendeWaarden: number;
  fouten: FouteRegel[];
  foutenTotaal: number;
  onbekendeSoorten: OnbekendeSoort[];
  /** Regiocodes die niet in de regiolijst staan; hun cijfers zijn wel ingelezen. */
  onbekendeRegiocodes: string[];
  /** Bij regionamen: de gemeenten waarin gezocht is, en of die uit het bestand zijn afgeleid. */
  zoekGemeenten: { gemeenten: string[]; afgeleid: boolean } | null;
  opgelosteNamen: OpgelosteNaam[];
  /** Namen die niet (eenduidig) bij een regio horen; hun regels zijn niet ingelezen. */
  onopgelosteNamen: OnopgelosteNaam[];
  /** De perioden met minstens één ingelezen regel (ook met een onbekend aantal); niet die van alleen geweigerde regels. */
  perioden: Periode[];
  /** De soorten misdrijf (codes) met minstens één ingelezen regel, in de volgorde van `misdrijfsoorten`. */
  soorten: string[];
  /** De cellen die nog niet via neemCellen zijn opgehaald. */
  rest: CelBlok;
}

/** Hashtabel van byte-sleutels naar volgnummers; alleen een nieuwe sleutel kost een kopie. */
class ByteSleutels {
  private tabel = new Int32Array(1024).fill(-1);
  private masker = 1023;
  private hashes = new Int32Array(256);
  private begin = new Int32Array(256);
  private lengte = new Int32Array(256);
  private bytes = new Uint8Array(4096);
  private vrij = 0;
  aantal = 0;

  /** Volgnummer van de sleutel buf[s..e); een nieuw nummer is gelijk aan `aantal - 1`. */
  zoek(buf: Uint8Array, s: number, e: number): number {
    // Opeenvolgende regels hebben vaak dezelfde sleutel (zelfde regio, zelfde periode): eerst die.
    const vorige = this.vorige;
    if (vorige >= 0 && this.lengte[vorige] === e - s) {
      const b = this.begin[vorige]!;
      let i = 0;
      while (i < e - s && this.bytes[b + i] === buf[s + i]) i++;
      if (i === e - s) return vorige;
    }
    const id = this.zoekInTabel(buf, s, e);
    this.vorige = id;
    return id;
  }

  private vorige = -1;

  private zoekInTabel(buf: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
    let plek = h & this.masker;
    const n = e - s;
    for (;;) {
      const id = this.tabel[plek]!;
      if (id === -1) break;
      if (this.hashes[id] === h && this.lengte[id] === n) {
        const b = this.begin[id]!;
        let gelijk = true;
        for (let i = 0; i < n; i++) {
          if (this.bytes[b + i] !== buf[s + i]) {
            gelijk = false;
            break;
          }
        }
        if (gelijk) return id;
      }
      plek = (plek + 1) & this.masker;
    }
    return this.voegToe(buf, s, e, h, plek);
  }

  private voegToe(buf: Uint8Array, s: number, e: number, h: number, plek: number): number {
    const id = this.aantal++;
    if (id === this.hashes.length) {
      this.hashes = groei32(this.hashes, id * 2);
      this.begin = groei32(this.begin, id * 2);
      this.lengte = groei32(this.lengte, id * 2);
    }
    const n = e - s;
    if (this.vrij + n > this.bytes.length) {
      const b = new Uint8Array(Math.max(this.bytes.length * 2, this.vrij + n));
      b.set(this.bytes);
      this.bytes = b;
    }
    this.bytes.set(buf.subarray(s, e), this.vrij);
    this.hashes[id] = h;
    this.begin[id] = this.vrij;
    this.lengte[id] = n;
    this.vrij += n;
    this.tabel[plek] = id;
    if (this.aantal * 2 > this.tabel.length) this.herbouw();
    return id;
  }

  sleutel(id: number): Uint8Array {
    return this.bytes.subarray(this.begin[id]!, this.begin[id]! + this.lengte[id]!);
  }

  private herbouw(): void {
    const tabel = new Int32Array(this.tabel.length * 2).fill(-1);
    const masker = tabel.length - 1;
    for (let id = 0; id < this.aantal; id++) {
      let plek = this.hashes[id]! & masker;
      while (tabel[plek] !== -1) plek = (plek + 1) & masker;
      tabel[plek] = id;
    }
    this.tabel = tabel;
    this.masker = masker;
  }
}

function groei32(a: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

function samenvoegen(a: Uint8Array, b: Uint8Array): Uint8Array {
  const c = new Uint8Array(a.length + b.length);
  c.set(a);
  c.set(b, a.length);
  return c;
}

const GEEN = -1;
const BLOK_BITS = 10;
const BLOK = 1 << BLOK_BITS;
const BLOK_MASKER = BLOK - 1;
/** Regio-id die nog niet is bekeken. */
const NIET_BEKEKEN = -2;

export class Inlezer {
  private readonly regios: RegioLijst;
  private readonly gemeenten: readonly string[];
  private readonly maxFouten: number;
  private readonly maxCellen: number;

  private formaat: Formaat | undefined;
  private scheiding = 0x3b;
  private readonly velden = new Velden();
  private rest: Uint8Array | undefined;
  private regel = 1;
  private begonnen = false;
  private bom = false;
  private latin1 = false;
  private regeleinde: Uitkomst['regeleinde'] = 'geen';
  bytesGelezen = 0;

  // Sleutels en wat ze betekenen.
  private readonly regioSleutels = new ByteSleutels();
  private readonly soortSleutels = new ByteSleutels();
  private readonly periodeSleutels = new ByteSleutels();
  /** Per regio-id: de code, of '' voor een naam (pas aan het eind op te lossen). */
  private regioCode: string[] = [];
  private soortVan = new Int32Array(64).fill(NIET_BEKEKEN);
  private periodeVan = new Int32Array(64).fill(NIET_BEKEKEN);
  private readonly periodeLijst: Periode[] = [];
  private readonly periodeTekst: string[] = [];
  private readonly onbekendeSoorten = new Map<string, OnbekendeSoort>();
  private readonly onbekendeRegiocodes = new Set<string>();
  /**
   * Per periode (plaats in periodeLijst) en per soort: of er een ingelezen waarde is in een cel die is
   * opgehaald (blok). Een periode of soort van alleen geweigerde regels komt zo niet in de uitkomst.
   */
  private periodeIngelezen: boolean[] = [];
  private readonly soortIngelezen = new Uint8Array(AANTAL_SOORTEN);

  // Cellen.
  private celPerRegio: (Int32Array | undefined)[] = [];
  /** Cellen voor een naam die in het bestand twee keer voorkomt: sleutel `cel,volgnummer`. */
  private readonly extraCel = new Map<string, number>();
  private cellen = 0;
  private celRegio = new Int32Array(1024);
  private celPeriode = new Int32Array(1024);
  private celKeer = new Uint8Array(1024);
  /** Waarden, status en regelnummer per cel en soort, in blokken van BLOK cellen (groeien zonder kopiëren). */
  private waardeBlokken: Int32Array[] = [];
  private statusBlokken: Uint8Array[] = [];
  private regelBlokken: Int32Array[] = [];

  // Tellingen.
  regelsGelezen = 0;
  private regelsGeimporteerd = 0;
  private onbekendeWaarden = 0;
  private readonly fouten: FouteRegel[] = [];
  private foutenTotaal = 0;

  constructor(opties: InleesOpties) {
    this.regios = opties.regios;
    this.gemeenten = opties.gemeenten ?? [];
    this.maxFouten = opties.maxFouten ?? MAX_FOUTEN;
    this.maxCellen = opties.maxCellen ?? 250_000;
  }

  /** Het herkende formaat, zodra de eerste regel gelezen is. */
  get herkend(): Formaat | undefined {
    return this.formaat;
  }

  /** true als de cellen met een regiocode weggeschreven moeten worden (neemCellen). */
  get moetLegen(): boolean {
    return this.cellen >= this.maxCellen;
  }

  /** Verwerkt het volgende stuk van het bestand. Gooit BestandGeweigerd bij een onbruikbaar bestand. */
  verwerk(stuk: Uint8Array): void {
    this.bytesGelezen += stuk.length;
    let buf = stuk;
    if (!this.begonnen) {
      if (this.rest) buf = samenvoegen(this.rest, buf);
      this.rest = undefined;
      if (buf.length < 3 && buf[0] === 0xef) {
        this.rest = buf.slice();
        return;
      }
      buf = this.begin(buf);
    }
    if (this.rest) {
      // Het record op de grens van twee stukken: plak alleen tot het eerste regeleinde aan, niet het hele stuk.
      let nl = buf.indexOf(0x0a);
      if (nl < 0) nl = buf.indexOf(0x0d);
      if (nl < 0) {
        // Nog steeds geen regeleinde: niet eindeloos opsparen.
        if (this.rest.length + buf.length > MAX_RECORD) throw teLangeRegel(this.regel);
        this.rest = samenvoegen(this.rest, buf);
        return;
      }
      const grens = samenvoegen(this.rest, buf.subarray(0, nl + 1));
      this.rest = undefined;
      const na = this.lees(grens, false);
      buf = buf.subarray(nl + 1);
      if (na < grens.length) buf = samenvoegen(grens.subarray(na), buf);
    }
    const volgende = this.lees(buf, false);
    if (volgende < buf.length) {
      // Het onvolledige laatste record (bv. een aanhalingsteken dat niet sluit) blijft begrensd.
      if (buf.length - volgende > MAX_RECORD) throw teLangeRegel(this.regel);
      this.rest = buf.slice(volgende);
    }
  }

  private begin(buf: Uint8Array): Uint8Array {
    this.begonnen = true;
    if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
      throw new BestandGeweigerd('Het bestand is in UTF-16 opgeslagen. Sla het op als CSV in UTF-8 (of Latin-1) en probeer het opnieuw.', 1);
    }
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      this.bom = true;
      return buf.subarray(3);
    }
    return buf;
  }

  /** Leest alle volledige records; geeft de positie van het eerste onvolledige. */
  private lees(buf: Uint8Array, laatste: boolean): number {
    const v = this.velden;
    let pos = 0;
    if (!this.formaat) {
      if (buf.length === 0) return 0;
      // De kopregel alleen in de eerste MAX_RECORD + 1 bytes zoeken, hoe groot het stuk ook is.
      const begin = buf.length > MAX_RECORD ? buf.subarray(0, MAX_RECORD + 1) : buf;
      this.scheiding = kiesScheiding(begin.subarray(0, Math.min(begin.length, 65536)));
      const na = leesRecord(begin, 0, this.scheiding, v, laatste && begin === buf);
      if (na < 0) {
        if (begin !== buf) throw teLangeRegel(this.regel);
        return 0;
      }
      if (teLang(begin, 0, na)) throw teLangeRegel(this.regel);
      this.regeleinde = buf[na - 1] === 0x0a ? (buf[na - 2] === 0x0d ? 'CRLF' : 'LF') : buf[na - 1] === 0x0d ? 'CR' : 'geen';
      const kop: string[] = [];
      for (let i = 0; i < v.aantal; i++) kop.push(this.tekst(buf.subarray(v.start[i]!, v.eind[i]!)));
      const h = herkenFormaat(kop);
      if (!h.ok) throw new BestandGeweigerd(h.reden, 1);
      this.formaat = h.formaat;
      if (h.formaat.kopregel) {
        this.regel += v.regels;
        pos = na;
      }
    }
    const f = this.formaat;
    // Constanten als lokale waarden: in deze lus (miljoenen regels) kost een binding van de module per keer een controle.
    const nSoorten = AANTAL_SOORTEN;
    const blokBits = BLOK_BITS;
    const blokMasker = BLOK_MASKER;
    const leeg = LEEG;
    const ri = f.kolommen.regio;
    const si = f.kolommen.soort;
    const pi = f.kolommen.periode;
    const ai = f.kolommen.aantal;
    const nVelden = f.aantalVelden;
    const maxRegel = MAX_REGEL;
    for (;;) {
      if (pos >= buf.length) return pos;
      const na = leesRecord(buf, pos, this.scheiding, v, laatste);
      if (na < 0) return pos;
      if (na - pos > maxRegel && teLang(buf, pos, na)) throw teLangeRegel(this.regel);
      const regel = this.regel;
      this.regel += v.regels;
      pos = na;
      if (v.aantal !== nVelden) {
        if (v.aantal === 1 && v.start[0] === v.eind[0]) continue; // lege regel
        this.regelsGelezen++;
        this.fout(regel, `verwacht ${nVelden} velden, gevonden ${v.aantal}`);
        continue;
      }
      this.regelsGelezen++;

      // Periode.
      const periodeId = v.dubbel[pi] ? this.periodeSleutels.zoek(...this.ontdubbel(buf, pi)) : this.periodeSleutels.zoek(buf, v.start[pi]!, v.eind[pi]!);
      let periode = periodeId < this.periodeVan.length ? this.periodeVan[periodeId]! : NIET_BEKEKEN;
      if (periode === NIET_BEKEKEN) periode = this.bekijkPeriode(periodeId);
      if (periode === GEEN) {
        this.fout(regel, uitlegPeriode(this.periodeTekst[periodeId]!));
        continue;
      }

      // Aantal.
      const as = v.start[ai]!;
      const ae = v.eind[ai]!;
      let aantal = 0;
      let bekend = true;
      if (as === ae || (ae - as === 1 && buf[as] === 0x2e)) {
        bekend = false;
      } else {
        let ok = true;
        for (let i = as; i < ae; i++) {
          const c = buf[i]! - 48;
          if (c < 0 || c > 9) {
            ok = false;
            break;
          }
          aantal = aantal * 10 + c;
        }
        if (!ok || aantal > 2147483647) {
          this.fout(regel, this.uitlegAantal(buf.subarray(as, ae)));
          continue;
        }
      }

      // Soort misdrijf.
      const soortId = v.dubbel[si] ? this.soortSleutels.zoek(...this.ontdubbel(buf, si)) : this.soortSleutels.zoek(buf, v.start[si]!, v.eind[si]!);
      let soort = soortId < this.soortVan.length ? this.soortVan[soortId]! : NIET_BEKEKEN;
      if (soort === NIET_BEKEKEN) soort = this.bekijkSoort(soortId);
      if (soort < 0) {
        if (v.start[si] === v.eind[si]) {
          this.fout(regel, 'de soort misdrijf ontbreekt');
          continue;
        }
        const code = this.soortTekst(soortId);
        const o = this.onbekendeSoorten.get(code) ?? { code, regels: 0, aantal: 0, eersteRegel: regel };
        o.regels++;
        o.aantal += aantal;
        this.onbekendeSoorten.set(code, o);
        continue;
      }

      // Regio.
      const regioId = v.dubbel[ri] ? this.regioSleutels.zoek(...this.ontdubbel(buf, ri)) : this.regioSleutels.zoek(buf, v.start[ri]!, v.eind[ri]!);
      if (regioId === this.regioCode.length) {
        if (v.start[ri] === v.eind[ri]) {
          this.regioCode.push('\u0000');
        } else {
          this.bekijkRegio(regioId);
        }
      }
      if (this.regioCode[regioId] === '\u0000') {
        this.fout(regel, 'de regio ontbreekt');
        continue;
      }

      // In de cel.
      let perRegio = this.celPerRegio[regioId];
      if (perRegio === undefined || periode >= perRegio.length) perRegio = this.groeiRegio(regioId, periode);
      let cel = perRegio[periode]!;
      if (cel < 0) {
        cel = this.nieuweCel(regioId, periode, 0);
        perRegio[periode] = cel;
      }
      let plek = (cel & blokMasker) * nSoorten + soort;
      let st = this.statusBlokken[cel >>> blokBits]!;
      if (st[plek] !== leeg) {
        if (this.regioCode[regioId] !== '') {
          this.fout(regel, `dubbele regel: regio, soort misdrijf en periode staan ook op regel ${this.regelBlokken[cel >>> blokBits]![plek]}`);
          continue;
        }
        // Een naam die twee keer voorkomt (een wijk en een buurt met dezelfde naam): volgende cel.
        let keer = 1;
        for (;;) {
          const sleutel = `${cel},${keer}`;
          let extra = this.extraCel.get(sleutel);
          if (extra === undefined) {
            extra = this.nieuweCel(regioId, periode, keer);
            this.extraCel.set(sleutel, extra);
          }
          plek = (extra & blokMasker) * nSoorten + soort;
          st = this.statusBlokken[extra >>> blokBits]!;
          if (st[plek] === leeg) {
            cel = extra;
            break;
          }
          keer++;
        }
      }
      st[plek] = bekend ? WAARDE : ONBEKEND;
      this.waardeBlokken[cel >>> blokBits]![plek] = aantal;
      this.regelBlokken[cel >>> blokBits]![plek] = regel;
      if (bekend) this.regelsGeimporteerd++;
      else this.onbekendeWaarden++;
    }
  }

  private ontdubbel(buf: Uint8Array, i: number): [Uint8Array, number, number] {
    const tekst = veldTekst(buf, this.velden, i);
    const b = new TextEncoder().encode(tekst);
    return [b, 0, b.length];
  }

  private tekst(bytes: Uint8Array): string {
    const d = decodeer(bytes);
    if (d.latin1) this.latin1 = true;
    return d.tekst.replace(/^\uFEFF/, '');
  }

  private fout(regel: number, reden: string): void {
    this.foutenTotaal++;
    if (this.fouten.length < this.maxFouten) this.fouten.push({ regel, reden: `Regel ${regel}: ${reden}.` });
    if (this.foutenTotaal > this.maxFouten) throw teVeelFouten(this.maxFouten, { regel, reden: `Regel ${regel}: ${reden}.` });
  }

  private uitlegAantal(bytes: Uint8Array): string {
    const t = this.tekst(bytes);
    if (/^-\s*\d/.test(t)) return `negatief aantal '${t}'`;
    if (/^\d+[.,]\d+$/.test(t)) return `het aantal '${t}' is geen geheel getal (schrijf aantallen zonder scheidingsteken voor duizendtallen)`;
    if (/^\d+$/.test(t)) return `het aantal '${t}' is te groot`;
    return `het aantal '${t}' is geen getal`;
  }

  private bekijkPeriode(id: number): number {
    if (id >= this.periodeVan.length) this.periodeVan = groeiMet(this.periodeVan, id);
    const t = this.tekst(this.periodeSleutels.sleutel(id));
    this.periodeTekst[id] = t;
    const p = leesPeriode(t);
    let index = GEEN;
    if (p) {
      index = this.periodeLijst.findIndex((q) => q.jaar === p.jaar && q.maand === p.maand);
      if (index < 0) {
        index = this.periodeLijst.length;
        this.periodeLijst.push(p);
      }
    }
    this.periodeVan[id] = index;
    return index;
  }

  private soortTekst(id: number): string {
    return this.tekst(this.soortSleutels.sleutel(id));
  }

  private bekijkSoort(id: number): number {
    if (id >= this.soortVan.length) this.soortVan = groeiMet(this.soortVan, id);
    const t = this.soortTekst(id);
    const m = /^(\d+\.\d+\.\d+)(?:\s|$)/.exec(t);
    const index = m ? (soortIndex.get(m[1]!) ?? GEEN) : (soortOpTitel.get(t.toLowerCase()) ?? GEEN);
    this.soortVan[id] = index;
    return index;
  }

  private bekijkRegio(id: number): void {
    const t = this.tekst(this.regioSleutels.sleutel(id));
    if (isRegiocode(t)) {
      this.regioCode.push(t);
      if (!this.regios.bijCode(t)) this.onbekendeRegiocodes.add(t);
    } else {
      this.regioCode.push('');
    }
  }

  private groeiRegio(regioId: number, periode: number): Int32Array {
    const oud = this.celPerRegio[regioId];
    const nieuw = new Int32Array(Math.max(periode + 1, this.periodeLijst.length, 4)).fill(-1);
    if (oud) nieuw.set(oud);
    this.celPerRegio[regioId] = nieuw;
    return nieuw;
  }

  private nieuweCel(regioId: number, periode: number, keer: number): number {
    const cel = this.cellen++;
    if (cel === this.celRegio.length) {
      const n = cel * 2;
      this.celRegio = groei32(this.celRegio, n);
      this.celPeriode = groei32(this.celPeriode, n);
      const k = new Uint8Array(n);
      k.set(this.celKeer);
      this.celKeer = k;
    }
    if ((cel >>> BLOK_BITS) === this.statusBlokken.length) {
      this.waardeBlokken.push(new Int32Array(BLOK * AANTAL_SOORTEN));
      this.statusBlokken.push(new Uint8Array(BLOK * AANTAL_SOORTEN));
      this.regelBlokken.push(new Int32Array(BLOK * AANTAL_SOORTEN));
    }
    this.celRegio[cel] = regioId;
    this.celPeriode[cel] = periode;
    this.celKeer[cel] = keer;
    return cel;
  }

  private status(cel: number, soort: number): number {
    return this.statusBlokken[cel >>> BLOK_BITS]![(cel & BLOK_MASKER) * AANTAL_SOORTEN + soort]!;
  }

  private waarde(cel: number, soort: number): number {
    return this.waardeBlokken[cel >>> BLOK_BITS]![(cel & BLOK_MASKER) * AANTAL_SOORTEN + soort]!;
  }

  private regelVan(cel: number, soort: number): number {
    return this.regelBlokken[cel >>> BLOK_BITS]![(cel & BLOK_MASKER) * AANTAL_SOORTEN + soort]!;
  }

  private zet(cel: number, soort: number, status: number, waarde: number): void {
    const plek = (cel & BLOK_MASKER) * AANTAL_SOORTEN + soort;
    this.statusBlokken[cel >>> BLOK_BITS]![plek] = status;
    this.waardeBlokken[cel >>> BLOK_BITS]![plek] = waarde;
  }

  /** De waarden, status en regels van een cel als stukjes van de blokken. */
  private celData(cel: number): [Int32Array, Uint8Array, Int32Array] {
    const b = cel >>> BLOK_BITS;
    const van = (cel & BLOK_MASKER) * AANTAL_SOORTEN;
    return [
      this.waardeBlokken[b]!.subarray(van, van + AANTAL_SOORTEN),
      this.statusBlokken[b]!.subarray(van, van + AANTAL_SOORTEN),
      this.regelBlokken[b]!.subarray(van, van + AANTAL_SOORTEN),
    ];
  }

  // --- Parallel lezen ---------------------------------------------------------------------------
  // Na de kopregel kan de rest van een bestand met regels (LF of CRLF) in segmenten die op een
  // regeleinde eindigen, door meerdere inlezers tegelijk worden gelezen: elk segment krijgt zijn
  // eerste regelnummer mee. Een record loopt dan niet over een regeleinde heen (in cijferbestanden
  // komt een regeleinde binnen aanhalingstekens niet voor). Daarna voegt één inlezer de delen samen;
  // dubbele regels tussen de delen worden dan gemeld zoals bij één inlezer.

  /** Een inlezer die midden in een bestand begint (na de kopregel van een andere inlezer). */
  static voorSegmenten(opties: InleesOpties, stand: Beginstand): Inlezer {
    const inlezer = new Inlezer(opties);
    inlezer.begonnen = true;
    inlezer.formaat = stand.formaat;
    inlezer.scheiding = stand.scheiding;
    inlezer.regeleinde = stand.regeleinde;
    return inlezer;
  }

  /** De stand na de kopregel, of null zolang het bestand niet in segmenten gelezen kan worden. */
  get beginstand(): Beginstand | null {
    if (!this.formaat || (this.regeleinde !== 'LF' && this.regeleinde !== 'CRLF')) return null;
    return { formaat: this.formaat, scheiding: this.scheiding, regeleinde: this.regeleinde };
  }

  /** Het nummer van de volgende regel. */
  get regelnummer(): number {
    return this.regel;
  }

  /** Het onvolledige laatste record van `verwerk`, om in segmenten verder te lezen. */
  neemRest(): Uint8Array {
    const rest = this.rest ?? new Uint8Array(0);
    this.rest = undefined;
    return rest;
  }

  /**
   * Gaat na segmenten verder met `verwerk`, vanaf regel `regel`: voor een stroom die niet (meer) in
   * segmenten te knippen is (een te lange regel, of regels met alleen CR als einde).
   */
  hervat(regel: number): void {
    this.regel = regel;
    this.rest = undefined;
  }

  /** Leest een segment dat op een regeleinde eindigt (of het einde van het bestand is). */
  verwerkSegment(segment: Uint8Array, eersteRegel: number): void {
    if (!this.formaat) throw new Error('verwerkSegment: eerst de kopregel (verwerk) of voorSegmenten.');
    this.regel = eersteRegel;
    this.lees(segment, true);
  }

  /** Het aantal cellen in het geheugen. */
  get aantalCellen(): number {
    return this.cellen;
  }

  get foutenTot(): number {
    return this.foutenTotaal;
  }

  /** Alles wat deze inlezer las, als deel; daarna is hij leeg (tellingen en fouten ook). */
  neemDeel(): Deel {
    const gebruikt = new Map<number, number>();
    const sleutels: Uint8Array[] = [];
    const n = this.cellen;
    const regio = new Int32Array(n);
    const jaar = new Int16Array(n);
    const maand = new Int8Array(n);
    const keer = new Uint8Array(n);
    const waarden = new Int32Array(n * AANTAL_SOORTEN);
    const status = new Uint8Array(n * AANTAL_SOORTEN);
    const regels = new Int32Array(n * AANTAL_SOORTEN);
    for (let cel = 0; cel < n; cel++) {
      const id = this.celRegio[cel]!;
      let nr = gebruikt.get(id);
      if (nr === undefined) {
        nr = sleutels.length;
        gebruikt.set(id, nr);
        sleutels.push(this.regioSleutels.sleutel(id));
      }
      regio[cel] = nr;
      const p = this.periodeLijst[this.celPeriode[cel]!]!;
      jaar[cel] = p.jaar;
      maand[cel] = p.maand;
      keer[cel] = this.celKeer[cel]!;
      const [w, st, rg] = this.celData(cel);
      waarden.set(w, cel * AANTAL_SOORTEN);
      status.set(st, cel * AANTAL_SOORTEN);
      regels.set(rg, cel * AANTAL_SOORTEN);
    }
    const sleutelEind = new Int32Array(sleutels.length);
    let lengte = 0;
    sleutels.forEach((b, i) => (sleutelEind[i] = lengte += b.length));
    const sleutelBytes = new Uint8Array(lengte);
    sleutels.forEach((b, i) => sleutelBytes.set(b, sleutelEind[i]! - b.length));
    const deel: Deel = {
      sleutelBytes,
      sleutelEind,
      aantal: n,
      regio,
      jaar,
      maand,
      keer,
      waarden,
      status,
      regels,
      perioden: [...this.periodeLijst],
      regelsGelezen: this.regelsGelezen,
      regelsGeimporteerd: this.regelsGeimporteerd,
      onbekendeWaarden: this.onbekendeWaarden,
      fouten: this.fouten.splice(0),
      foutenTotaal: this.foutenTotaal,
      onbekendeSoorten: [...this.onbekendeSoorten.values()],
      latin1: this.latin1,
    };
    this.waardeBlokken = [];
    this.statusBlokken = [];
    this.regelBlokken = [];
    this.celPerRegio = [];
    this.extraCel.clear();
    this.cellen = 0;
    this.regelsGelezen = 0;
    this.regelsGeimporteerd = 0;
    this.onbekendeWaarden = 0;
    this.foutenTotaal = 0;
    this.onbekendeSoorten.clear();
    return deel;
  }

  /**
   * Voegt het deel van een andere inlezer toe. Staat een regio, soort en periode in beide, dan blijft
   * de vroegste regel en is de latere een dubbele regel (zoals bij één inlezer); bij een naam gaat de
   * waarde naar een volgende cel. Gooit BestandGeweigerd bij meer dan maxFouten foute regels samen.
   */
  voegDeelToe(deel: Deel): void {
    this.regelsGelezen += deel.regelsGelezen;
    this.regelsGeimporteerd += deel.regelsGeimporteerd;
    this.onbekendeWaarden += deel.onbekendeWaarden;
    this.foutenTotaal += deel.foutenTotaal;
    this.fouten.push(...deel.fouten);
    if (deel.latin1) this.latin1 = true;
    for (const o of deel.onbekendeSoorten) {
      const oud = this.onbekendeSoorten.get(o.code);
      if (oud) {
        oud.regels += o.regels;
        oud.aantal += o.aantal;
        oud.eersteRegel = Math.min(oud.eersteRegel, o.eersteRegel);
      } else this.onbekendeSoorten.set(o.code, { ...o });
    }
    const periodeNr = new Map<string, number>();
    const periodeVan = (p: Periode) => {
      const k = `${p.jaar}-${p.maand}`;
      let i = periodeNr.get(k);
      if (i === undefined) {
        i = this.periodeLijst.findIndex((q) => q.jaar === p.jaar && q.maand === p.maand);
        if (i < 0) i = this.periodeLijst.push({ jaar: p.jaar, maand: p.maand }) - 1;
        periodeNr.set(k, i);
      }
      return i;
    };
    for (const p of deel.perioden) periodeVan(p);
    const ids = new Int32Array(deel.sleutelEind.length);
    for (let i = 0; i < ids.length; i++) {
      const van = i === 0 ? 0 : deel.sleutelEind[i - 1]!;
      const id = this.regioSleutels.zoek(deel.sleutelBytes, van, deel.sleutelEind[i]!);
      if (id === this.regioCode.length) this.bekijkRegio(id);
      ids[i] = id;
    }
    for (let c = 0; c < deel.aantal; c++) {
      const regioId = ids[deel.regio[c]!]!;
      const periode = periodeVan({ jaar: deel.jaar[c]!, maand: deel.maand[c]! });
      const isNaam = this.regioCode[regioId] === '';
      let perRegio = this.celPerRegio[regioId];
      if (perRegio === undefined || periode >= perRegio.length) perRegio = this.groeiRegio(regioId, periode);
      let basis = perRegio[periode]!;
      if (basis < 0) {
        basis = this.nieuweCel(regioId, periode, 0);
        perRegio[periode] = basis;
        // Een nieuwe cel (het gewone geval): in één keer overnemen.
        const b = basis >>> BLOK_BITS;
        const naar = (basis & BLOK_MASKER) * AANTAL_SOORTEN;
        const van = c * AANTAL_SOORTEN;
        this.waardeBlokken[b]!.set(deel.waarden.subarray(van, van + AANTAL_SOORTEN), naar);
        this.statusBlokken[b]!.set(deel.status.subarray(van, van + AANTAL_SOORTEN), naar);
        this.regelBlokken[b]!.set(deel.regels.subarray(van, van + AANTAL_SOORTEN), naar);
        continue;
      }
      for (let s = 0; s < AANTAL_SOORTEN; s++) {
        const plekIn = c * AANTAL_SOORTEN + s;
        const st = deel.status[plekIn]!;
        if (st === LEEG) continue;
        const waarde = deel.waarden[plekIn]!;
        const regel = deel.regels[plekIn]!;
        let cel = basis;
        if (isNaam) {
          // Een naam die twee keer voorkomt: de eerste cel (vanaf het volgnummer) waar deze soort nog leeg is.
          for (let k = 0; this.status(cel, s) !== LEEG; ) {
            k++;
            const sleutel = `${basis},${k}`;
            let extra = this.extraCel.get(sleutel);
            if (extra === undefined) {
              extra = this.nieuweCel(regioId, periode, k);
              this.extraCel.set(sleutel, extra);
            }
            cel = extra;
          }
        } else if (this.status(cel, s) !== LEEG) {
          // Dubbele regel tussen twee delen: de vroegste blijft staan.
          const andere = this.regelVan(cel, s);
          const [weg, blijft] = regel > andere ? [regel, andere] : [andere, regel];
          const wegStatus = regel > andere ? st : this.status(cel, s);
          if (wegStatus === WAARDE) this.regelsGeimporteerd--;
          else this.onbekendeWaarden--;
          this.foutenTotaal++;
          this.fouten.push({ regel: weg, reden: `Regel ${weg}: dubbele regel: regio, soort misdrijf en periode staan ook op regel ${blijft}.` });
          if (regel > andere) continue;
        }
        this.zet(cel, s, st, waarde);
        this.regelBlokken[cel >>> BLOK_BITS]![(cel & BLOK_MASKER) * AANTAL_SOORTEN + s] = regel;
      }
    }
    this.fouten.sort((a, b) => a.regel - b.regel);
    if (this.fouten.length > this.maxFouten) this.fouten.length = this.maxFouten;
    if (this.foutenTotaal > this.maxFouten) throw teVeelFouten(this.maxFouten, this.fouten.at(-1));
  }

  /** Haalt de cellen met een regiocode op en maakt ze leeg; cellen met een naam blijven tot het eind. */
  neemCellen(): CelBlok {
    const houden: number[] = [];
    const blok = this.blok((cel) => {
      const code = this.regioCode[this.celRegio[cel]!]!;
      if (code === '') houden.push(cel);
      return code === '' ? null : code;
    });
    // Bouw de opslag opnieuw op met alleen de cellen die blijven.
    const oudeData = houden.map((cel) => this.celData(cel).map((a) => a.slice()) as [Int32Array, Uint8Array, Int32Array]);
    const oudeKop = houden.map((cel) => [this.celRegio[cel]!, this.celPeriode[cel]!, this.celKeer[cel]!] as const);
    this.waardeBlokken = [];
    this.statusBlokken = [];
    this.regelBlokken = [];
    this.cellen = 0;
    const oudNaarNieuw = new Map<number, number>();
    houden.forEach((oud, i) => {
      const [regio, periode, keer] = oudeKop[i]!;
      const nieuw = this.nieuweCel(regio, periode, keer);
      oudNaarNieuw.set(oud, nieuw);
      const [w, st, rg] = this.celData(nieuw);
      const [ow, ost, org] = oudeData[i]!;
      w.set(ow);
      st.set(ost);
      rg.set(org);
    });
    for (let id = 0; id < this.celPerRegio.length; id++) {
      const perRegio = this.celPerRegio[id];
      if (!perRegio) continue;
      if (this.regioCode[id] !== '') this.celPerRegio[id] = undefined;
      else for (let p = 0; p < perRegio.length; p++) if (perRegio[p]! >= 0) perRegio[p] = oudNaarNieuw.get(perRegio[p]!) ?? -1;
    }
    const extra = [...this.extraCel];
    this.extraCel.clear();
    for (const [sleutel, cel] of extra) {
      const [basis, keer] = sleutel.split(',');
      const b = oudNaarNieuw.get(Number(basis));
      const c = oudNaarNieuw.get(cel);
      if (b !== undefined && c !== undefined) this.extraCel.set(`${b},${keer}`, c);
    }
    return blok;
  }

  private blok(codeVan: (cel: number) => string | null): CelBlok {
    const regio: string[] = [];
    const gekozen: number[] = [];
    for (let cel = 0; cel < this.cellen; cel++) {
      const code = codeVan(cel);
      if (code === null) continue;
      regio.push(code);
      gekozen.push(cel);
    }
    const n = gekozen.length;
    const jaar = new Int16Array(n);
    const maand = new Int8Array(n);
    const waarden = new Int32Array(n * AANTAL_SOORTEN);
    const status = new Uint8Array(n * AANTAL_SOORTEN);
    gekozen.forEach((cel, i) => {
      const p = this.periodeLijst[this.celPeriode[cel]!]!;
      jaar[i] = p.jaar;
      maand[i] = p.maand;
    });
    this.telIngelezen(gekozen);
    if (n === this.cellen) {
      // Alle cellen (het gewone geval): per blok van BLOK cellen in één keer kopiëren.
      for (let b = 0; b * BLOK < n; b++) {
        const lengte = Math.min(BLOK, n - b * BLOK) * AANTAL_SOORTEN;
        waarden.set(this.waardeBlokken[b]!.subarray(0, lengte), b * BLOK * AANTAL_SOORTEN);
        status.set(this.statusBlokken[b]!.subarray(0, lengte), b * BLOK * AANTAL_SOORTEN);
      }
    } else {
      gekozen.forEach((cel, i) => {
        const [w, st] = this.celData(cel);
        waarden.set(w, i * AANTAL_SOORTEN);
        status.set(st, i * AANTAL_SOORTEN);
      });
    }
    return { aantal: n, regio, jaar, maand, waarden, status };
  }

  /** Onthoudt van deze cellen welke perioden en soorten een ingelezen waarde (of onbekend aantal) hebben. */
  private telIngelezen(cellen: readonly number[]): void {
    for (const cel of cellen) {
      const [, st] = this.celData(cel);
      let iets = false;
      for (let s = 0; s < AANTAL_SOORTEN; s++) {
        if (st[s] === LEEG) continue;
        iets = true;
        this.soortIngelezen[s] = 1;
      }
      if (iets) this.periodeIngelezen[this.celPeriode[cel]!] = true;
    }
  }

  /** De tellingen tot nu toe (ook na een weigering). */
  tussenstand(): { regelsGelezen: number; fouten: FouteRegel[]; foutenTotaal: number } {
    return { regelsGelezen: this.regelsGelezen, fouten: this.fouten, foutenTotaal: this.foutenTotaal };
  }

  /** Leest het laatste stuk, lost de regionamen op en geeft de uitkomst. */
  einde(): Uitkomst {
    if (!this.begonnen) throw new BestandGeweigerd('Het bestand is leeg.', 1);
    const buf = this.rest ?? new Uint8Array(0);
    this.rest = undefined;
    this.lees(buf, true);
    if (!this.formaat) throw new BestandGeweigerd('Het bestand is leeg.', 1);
    // Na parallel lezen kunnen de fouten van de delen door elkaar staan.
    this.fouten.sort((a, b) => a.regel - b.regel);
    if (this.regelsGelezen === 0 && this.foutenTotaal === 0) {
      throw new BestandGeweigerd('Het bestand bevat alleen een kopregel en geen cijfers.', 1);
    }

    // Namen: per naam de cellen (ook de extra cellen bij een naam die twee keer voorkomt).
    const naamCellen = new Map<number, number[]>();
    for (let cel = 0; cel < this.cellen; cel++) {
      const id = this.celRegio[cel]!;
      if (this.regioCode[id] !== '') continue;
      const lijst = naamCellen.get(id) ?? [];
      lijst.push(cel);
      naamCellen.set(id, lijst);
    }
    const tel = (cellen: Iterable<number>) => {
      let regels = 0;
      let waarden = 0;
      let eersteRegel = Number.MAX_SAFE_INTEGER;
      for (const cel of cellen) {
        for (let s = 0; s < AANTAL_SOORTEN; s++) {
          const st = this.status(cel, s);
          if (st === LEEG) continue;
          regels++;
          if (st === WAARDE) waarden++;
          eersteRegel = Math.min(eersteRegel, this.regelVan(cel, s));
        }
      }
      return { regels, waarden, eersteRegel };
    };
    const namen = [...naamCellen].map(([id, cellen]) => {
      let keer = 1;
      for (const cel of cellen) keer = Math.max(keer, this.celKeer[cel]! + 1);
      return { id, naam: this.tekst(this.regioSleutels.sleutel(id)), keer, ...tel(cellen) };
    });
    // In de volgorde van het bestand (na parallel lezen is de volgorde van de cellen anders).
    namen.sort((a, b) => a.eersteRegel - b.eersteRegel);
    const oplossing = losNamenOp(namen, this.regios, this.gemeenten);
    const nietIngelezen = (cellen: Iterable<number>) => {
      const t = tel(cellen);
      this.regelsGeimporteerd -= t.waarden;
      this.onbekendeWaarden -= t.regels - t.waarden;
    };
    for (const [id, cellen] of naamCellen) if (!oplossing.perId.has(id)) nietIngelezen(cellen);

    // Per cel de code. Bij een naam die een wijk en een buurt kan zijn en twee keer voorkomt, is per
    // periode en soort de grootste waarde die van de wijk (de wijk omvat de buurt).
    const codeVanCel = new Map<number, string>();
    for (const [id, cellen] of naamCellen) {
      const o = oplossing.perId.get(id);
      if (!o) continue;
      if (o.soort === 'code') {
        for (const cel of cellen) codeVanCel.set(cel, o.code);
        continue;
      }
      const perPeriode = new Map<number, number[]>();
      for (const cel of cellen) {
        const p = this.celPeriode[cel]!;
        const lijst = perPeriode.get(p) ?? [];
        lijst[this.celKeer[cel]!] = cel;
        perPeriode.set(p, lijst);
      }
      let enkel = 0;
      let eersteEnkel = Number.MAX_SAFE_INTEGER;
      for (const [, [a, b]] of perPeriode) {
        if (a === undefined) continue;
        codeVanCel.set(a, o.wijk);
        if (b !== undefined) codeVanCel.set(b, o.buurt);
        for (let soort = 0; soort < AANTAL_SOORTEN; soort++) {
          const sa = this.status(a, soort);
          if (sa === LEEG) continue;
          const sb = b === undefined ? LEEG : this.status(b, soort);
          if (b === undefined || sb === LEEG) {
            // Maar één waarde: wijk of buurt is niet te zeggen, dus niet inlezen.
            enkel++;
            eersteEnkel = Math.min(eersteEnkel, this.regelVan(a, soort));
            if (sa === WAARDE) this.regelsGeimporteerd--;
            else this.onbekendeWaarden--;
            this.zet(a, soort, LEEG, 0);
            continue;
          }
          const wa = this.waarde(a, soort);
          const wb = this.waarde(b, soort);
          if (sb === WAARDE && (sa !== WAARDE || wb > wa)) {
            this.zet(a, soort, sb, wb);
            this.zet(b, soort, sa, wa);
          }
        }
      }
      if (enkel > 0) {
        const naam = this.tekst(this.regioSleutels.sleutel(id));
        oplossing.onopgelost.push({
          naam,
          reden: `de naam is wijk ${o.wijk} en buurt ${o.buurt}, maar staat bij deze regels maar één keer in het bestand`,
          kandidaten: [o.wijk, o.buurt].map((code) => ({ code, naam, soort: code.startsWith('WK') ? ('wijk' as const) : ('buurt' as const) })),
          regels: enkel,
          eersteRegel: eersteEnkel,
        });
      }
    }
    const rest = this.blok((cel) => {
      const code = this.regioCode[this.celRegio[cel]!]!;
      return code !== '' ? code : (codeVanCel.get(cel) ?? null);
    });
    // De blokken zijn nu gekopieerd naar `rest`: geef ze vrij voordat de aanroeper gaat wegschrijven.
    this.waardeBlokken = [];
    this.statusBlokken = [];
    this.regelBlokken = [];
    this.celPerRegio = [];
    this.cellen = 0;
    return {
      formaat: this.formaat,
      codering: this.bom ? 'UTF-8 met BOM' : this.latin1 ? 'Latin-1' : 'UTF-8',
      regeleinde: this.regeleinde,
      regelsGelezen: this.regelsGelezen,
      regelsGeimporteerd: this.regelsGeimporteerd,
      onbekendeWaarden: this.onbekendeWaarden,
      fouten: this.fouten,
      foutenTotaal: this.foutenTotaal,
      onbekendeSoorten: [...this.onbekendeSoorten.values()].sort((a, b) => a.eersteRegel - b.eersteRegel),
      onbekendeRegiocodes: [...this.onbekendeRegiocodes].sort(),
      zoekGemeenten: naamCellen.size > 0 ? { gemeenten: oplossing.gemeenten, afgeleid: oplossing.afgeleid } : null,
      opgelosteNamen: oplossing.opgelost,
      onopgelosteNamen: oplossing.onopgelost,
      perioden: this.periodeLijst.filter((_, i) => this.periodeIngelezen[i]).sort((a, b) => a.jaar - b.jaar || a.maand - b.maand),
      soorten: misdrijfsoorten.filter((_, i) => this.soortIngelezen[i] === 1).map((m) => m.code),
      rest,
    };
  }
}

function groeiMet(a: Int32Array, id: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, id + 1)).fill(NIET_BEKEKEN);
  b.set(a);
  return b;
}
