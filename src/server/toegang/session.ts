/**
 * Server-side sessions: a random token in an HttpOnly, SameSite=Strict cookie; the database keeps
 * only its SHA-256. Sessions end after 12 hours, or after 30 minutes without activity (ASVS L2).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Rol } from '../../domain/toegang/rollen.ts';
import type { Queryable } from '../db/db.ts';
import type { Member } from './lidmaatschap.ts';
import { startRonde } from '../ronde.ts';
import { verbindingVan } from './verbinding.ts';

export const SESSION_COOKIE = 'kernplan_sessie';
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;

export interface SignedInUser {
  id: string;
  email: string;
  naam: string;
  organisatieId: string;
  organisatieNaam: string;
  /** gemeente, politie, om, partner, ...: only municipal staff start a workspace. */
  organisatieSoort: string;
  isBeheerder: boolean;
  totpActief: boolean;
}

export interface Session {
  idHash: string;
  csrfToken: string;
  totpVoldaan: boolean;
  gebruiker: SignedInUser;
  /**
   * For a request about a workspace: the user's membership of it (null: no member) and the stands of
   * the answer cache (ADR 0017), read in the same query as the session. Absent for other requests.
   */
  werkruimte?: WerkruimteVanVerzoek;
}

export interface WerkruimteVanVerzoek {
  id: string;
  lid: Member | null;
  werkruimteStand: string;
  algemeenStand: string;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function createSession(db: Queryable, userId: string, totpVoldaan: boolean): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.query('insert into sessies (id_hash, gebruiker_id, csrf_token, totp_voldaan) values ($1, $2, $3, $4)', [
    sha256(token),
    userId,
    csrfToken,
    totpVoldaan,
  ]);
  return { token, csrfToken };
}

interface SessionRow {
  id_hash: string;
  csrf_token: string;
  totp_voldaan: boolean;
  aangemaakt_op: Date;
  laatst_actief_op: Date;
  gebruiker_id: string;
  email: string;
  naam: string;
  organisatie_id: string;
  organisatie_naam: string;
  organisatie_soort: string;
  is_beheerder: boolean;
  totp_geheim: string | null;
  actief: boolean;
  rol: Rol | null;
  vertrouwelijk_toegang: boolean | null;
  ws_stand: string | null;
  alg_stand: string | null;
}

/** The validity rule findSession applies, for checks without a token (live connections re-check their sessions). */
export function sessieGeldig(s: { aangemaaktOp: Date; laatstActiefOp: Date; actief: boolean }, now = new Date()): boolean {
  return s.actief && now.getTime() - s.aangemaaktOp.getTime() <= ABSOLUTE_TIMEOUT_MS && now.getTime() - s.laatstActiefOp.getTime() <= IDLE_TIMEOUT_MS;
}

/**
 * How often a session's activity is written. Every signed-in request used to write
 * `laatst_actief_op` (an UPDATE and a commit; with many requests of one session, a row lock they all
 * queued on). Now a request writes it only when the stored value is at least this old, so a session
 * is written at most about once a minute. The idle timeout keeps being judged on the stored value, in
 * every process alike (findSession, the live connections' check): a session therefore ends between
 * 29 and 30 minutes after its last request, never later.
 */
export const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

/**
 * Sessions whose activity this process wrote in the last interval, with the stored value it saw then.
 * A burst of requests of one session all read the same old value; the first writes it, the others
 * see that value here and skip (one UPDATE instead of one per request, no row lock to queue on). A
 * request that reads another value (written by another process, or changed by hand) decides anew:
 * the database stays the truth.
 */
const recentWrites = new Map<string, { seen: number; at: number }>();

function shouldWriteActivity(idHash: string, stored: Date, now: Date): boolean {
  if (now.getTime() - stored.getTime() < ACTIVITY_WRITE_INTERVAL_MS) return false;
  const recent = recentWrites.get(idHash);
  if (recent && recent.seen === stored.getTime() && now.getTime() - recent.at < ACTIVITY_WRITE_INTERVAL_MS) return false;
  if (recentWrites.size >= 10_000) {
    for (const [key, w] of recentWrites) if (now.getTime() - w.at >= ACTIVITY_WRITE_INTERVAL_MS) recentWrites.delete(key);
  }
  recentWrites.set(idHash, { seen: stored.getTime(), at: now.getTime() });
  return true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds a live session for the token and marks it active (at most once a minute); ends expired ones.
 * With `werkruimteId` (a request about a workspace) the same query also reads the membership and the
 * stands of the answer cache: one query per request instead of three.
 */
export async function findSession(db: Queryable, token: string, now = new Date(), werkruimteId?: string): Promise<Session | null> {
  const ws = werkruimteId && UUID.test(werkruimteId) ? werkruimteId.toLowerCase() : null;
  const { rows } = await db.query<SessionRow>(
    `select s.id_hash, s.csrf_token, s.totp_voldaan, s.aangemaakt_op, s.laatst_actief_op,
            g.id as gebruiker_id, g.email, g.naam, g.organisatie_id, o.naam as organisatie_naam, o.soort as organisatie_soort,
            g.is_beheerder, g.totp_geheim, g.actief, l.rol, l.vertrouwelijk_toegang,
            (select stand from standen where sleutel = $2::text) as ws_stand,
            (select stand from standen where sleutel = 'algemeen') as alg_stand
       from sessies s join gebruikers g on g.id = s.gebruiker_id join organisaties o on o.id = g.organisatie_id
       left join leden l on l.werkruimte_id = $2::uuid and l.gebruiker_id = g.id
      where s.id_hash = $1`,
    [sha256(token), ws],
  );
  const row = rows[0];
  if (!row) return null;
  const stored = new Date(row.laatst_actief_op);
  if (!sessieGeldig({ aangemaaktOp: new Date(row.aangemaakt_op), laatstActiefOp: stored, actief: row.actief }, now)) {
    recentWrites.delete(row.id_hash);
    await db.query('delete from sessies where id_hash = $1', [row.id_hash]);
    return null;
  }
  if (shouldWriteActivity(row.id_hash, stored, now)) {
    try {
      // Only forward: a request of another process that wrote a later time in between stays.
      await db.query('update sessies set laatst_actief_op = $2 where id_hash = $1 and laatst_actief_op < $2', [row.id_hash, now]);
    } catch (err) {
      recentWrites.delete(row.id_hash);
      throw err;
    }
  }
  const werkruimte: WerkruimteVanVerzoek | undefined = ws
    ? {
        id: ws,
        lid: row.rol
          ? { gebruikerId: row.gebruiker_id, werkruimteId: ws, rol: row.rol, organisatieId: row.organisatie_id, vertrouwelijkToegang: row.vertrouwelijk_toegang === true }
          : null,
        werkruimteStand: String(row.ws_stand ?? 0),
        algemeenStand: String(row.alg_stand ?? 0),
      }
    : undefined;
  return {
    ...(werkruimte ? { werkruimte } : {}),
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    totpVoldaan: row.totp_voldaan,
    gebruiker: {
      id: row.gebruiker_id,
      email: row.email,
      naam: row.naam,
      organisatieId: row.organisatie_id,
      organisatieNaam: row.organisatie_naam,
      organisatieSoort: row.organisatie_soort,
      isBeheerder: row.is_beheerder,
      totpActief: row.totp_geheim !== null,
    },
  };
}

/**
 * Removes every session that ended by time (30 minutes idle or 12 hours old), also those of people who
 * never came back: findSession removes an ended session only when its cookie is shown again. Returns
 * how many were removed.
 */
export async function ruimVerlopenSessiesOp(db: Queryable, now = new Date()): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `with weg as (delete from sessies where laatst_actief_op < $1 or aangemaakt_op < $2 returning 1)
     select count(*)::int as n from weg`,
    [new Date(now.getTime() - IDLE_TIMEOUT_MS), new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS)],
  );
  return rows[0]?.n ?? 0;
}

/** The server's timer: removes ended sessions a minute after the start and then every 15 minutes. */
export function startSessiesOpruimen(db: Queryable, intervalMs = 15 * 60_000): () => void {
  return startRonde(() => ruimVerlopenSessiesOp(db), { eersteNaMs: 60_000, intervalMs, fout: 'Verlopen sessies niet opgeruimd' });
}

export async function deleteSession(db: Queryable, idHash: string): Promise<void> {
  recentWrites.delete(idHash);
  await db.query('delete from sessies where id_hash = $1', [idHash]);
}

/** Secure from PUBLIC_URL, or HTTPS directly or via a trusted proxy; never from the Host header. */
export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: verbindingVan(c).secureCookies(c),
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: verbindingVan(c).secureCookies(c), sameSite: 'Strict', httpOnly: true });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * Who may start a new workspace: an administrator (kernplan create-admin), or a coordinator of a
 * municipality: someone of a municipal organisation who is coordinator in at least one workspace.
 * Another municipal colleague becomes one by an invitation with the role coordinator.
 */
export async function magWerkruimteAanmaken(db: Queryable, g: Session['gebruiker']): Promise<boolean> {
  if (g.isBeheerder) return true;
  if (g.organisatieSoort !== 'gemeente') return false;
  const { rows } = await db.query(`select 1 from leden where gebruiker_id = $1 and rol = 'coordinator' limit 1`, [g.id]);
  return rows.length > 0;
}
