/**
 * Storage of accounts and organisations for signing in (password, TOTP, OpenID Connect) and for new
 * accounts. Sessions themselves are kept by session.ts.
 */
import type { Queryable } from '../db/db.ts';

/** Whether the user coordinates at least one workspace (coordinators need a second factor in production). */
const isCoordinator = `exists (select 1 from leden l where l.gebruiker_id = g.id and l.rol = 'coordinator') as is_coordinator`;

/** What a password sign-in checks of an active account. */
export interface Aanmeldgegevens {
  id: string;
  wachtwoord_hash: string | null;
  totp_geheim: string | null;
  /** bigint, as text. */
  totp_laatste_stap: string | null;
  is_beheerder: boolean;
  is_coordinator: boolean;
}

/** What an OpenID Connect sign-in checks of an account. */
export interface OidcGebruiker {
  id: string;
  email: string;
  actief: boolean;
  oidc_sub: string | null;
  totp_geheim: string | null;
  is_beheerder: boolean;
  is_coordinator: boolean;
}

/** The active account with this e-mail address, for a password sign-in. */
export async function vindAanmeldgegevens(db: Queryable, email: string): Promise<Aanmeldgegevens | undefined> {
  const { rows } = await db.query<Aanmeldgegevens>(
    `select g.id, g.wachtwoord_hash, g.totp_geheim, g.totp_laatste_stap, g.is_beheerder, ${isCoordinator}
       from gebruikers g where g.email = $1 and g.actief`,
    [email],
  );
  return rows[0];
}

/** Remembers the last TOTP time step used, so a code is accepted only once. */
export async function zetTotpLaatsteStap(db: Queryable, gebruikerId: string, stap: number): Promise<void> {
  await db.query('update gebruikers set totp_laatste_stap = $2 where id = $1', [gebruikerId, stap]);
}

export async function zetWachtwoordHash(db: Queryable, gebruikerId: string, hash: string): Promise<void> {
  await db.query('update gebruikers set wachtwoord_hash = $2 where id = $1', [gebruikerId, hash]);
}

/** Turns on two-step verification with a confirmed secret and the step of the code that confirmed it. */
export async function activeerTotp(db: Queryable, gebruikerId: string, geheim: string, stap: number): Promise<void> {
  await db.query('update gebruikers set totp_geheim = $2, totp_laatste_stap = $3 where id = $1', [gebruikerId, geheim, stap]);
}

/** The session has passed its second factor. */
export async function markeerSessieTotpVoldaan(db: Queryable, idHash: string): Promise<void> {
  await db.query('update sessies set totp_voldaan = true where id_hash = $1', [idHash]);
}

const oidcKolommen = `g.id, g.email, g.actief, g.oidc_sub, g.totp_geheim, g.is_beheerder, ${isCoordinator}`;

/** The account linked to this subject at this identity provider. */
export async function vindOidcGebruiker(db: Queryable, issuer: string, sub: string): Promise<OidcGebruiker | undefined> {
  const { rows } = await db.query<OidcGebruiker>(`select ${oidcKolommen} from gebruikers g where g.oidc_issuer = $1 and g.oidc_sub = $2`, [issuer, sub]);
  return rows[0];
}

/** The account with this e-mail address (active or not), for linking it to an identity provider. */
export async function vindOidcGebruikerBijEmail(db: Queryable, email: string): Promise<OidcGebruiker | undefined> {
  const { rows } = await db.query<OidcGebruiker>(`select ${oidcKolommen} from gebruikers g where g.email = $1`, [email]);
  return rows[0];
}

export async function koppelOidc(db: Queryable, gebruikerId: string, issuer: string, sub: string): Promise<void> {
  await db.query('update gebruikers set oidc_issuer = $2, oidc_sub = $3 where id = $1', [gebruikerId, issuer, sub]);
}

/** The id of the account with this e-mail address, if any. */
export async function gebruikerIdBijEmail(db: Queryable, email: string): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('select id from gebruikers where email = $1', [email]);
  return rows[0]?.id;
}

/** A new account: with a password hash, or linked to an identity provider. Returns its id. */
export async function maakGebruiker(
  db: Queryable,
  g: { email: string; naam: string; organisatieId: string; wachtwoordHash?: string; oidc?: { issuer: string; sub: string } },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash, oidc_issuer, oidc_sub) values ($1, $2, $3, $4, $5, $6) returning id',
    [g.email, g.naam, g.organisatieId, g.wachtwoordHash ?? null, g.oidc?.issuer ?? null, g.oidc?.sub ?? null],
  );
  return rows[0]!.id;
}

/** The kinds of organisation (the check on organisaties.soort). */
export type OrganisatieSoort = 'gemeente' | 'politie' | 'om' | 'zorg' | 'jeugd' | 'woningcorporatie' | 'rekenkamer' | 'overig';

/** The id of the organisation with this name, made with this kind when it does not exist yet (an existing one keeps its kind). */
export async function organisatieMetNaam(db: Queryable, naam: string, soort: OrganisatieSoort): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `insert into organisaties (naam, soort) values ($1, $2) on conflict (naam) do update set naam = excluded.naam returning id`,
    [naam, soort],
  );
  return rows[0]?.id;
}

/**
 * The organisation of a new account via OpenID Connect: OIDC_ORGANISATIE (made as a municipality when
 * new), else the organisation of the first administrator; null when there is neither.
 */
export async function organisatieVoorNieuweGebruikers(db: Queryable, naam: string | undefined): Promise<string | null> {
  if (naam) return (await organisatieMetNaam(db, naam, 'gemeente')) ?? null;
  const { rows } = await db.query<{ organisatie_id: string }>('select organisatie_id from gebruikers where is_beheerder order by aangemaakt_op limit 1');
  return rows[0]?.organisatie_id ?? null;
}

/** A new administrator (kernplan create-admin): null when an account with this e-mail address exists. */
export async function maakBeheerder(db: Queryable, b: { email: string; naam: string; organisatie: string; wachtwoordHash: string }): Promise<string | null> {
  if (await gebruikerIdBijEmail(db, b.email)) return null;
  const organisatieId = (await organisatieMetNaam(db, b.organisatie, 'gemeente'))!;
  const { rows } = await db.query<{ id: string }>(
    'insert into gebruikers (email, naam, organisatie_id, wachtwoord_hash, is_beheerder) values ($1, $2, $3, $4, true) returning id',
    [b.email, b.naam, organisatieId, b.wachtwoordHash],
  );
  return rows[0]!.id;
}
