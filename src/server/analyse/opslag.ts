/**
 * Storage of the analysis: sections (one per theme) with their history, and comments on them.
 * The routes call these functions; all SQL of this area lives here (history lines via geschiedenis.ts).
 */
import type { Analyse } from '../../domain/cyclus/inhoud.ts';
import { leesTeksten } from '../teksten/opslag.ts';
import type { Queryable } from '../db/db.ts';
import type { VersieRij } from '../db/versies.ts';
import { type SectionRow, sectionSelect } from '../toegang/lidmaatschap.ts';

export interface Opmerking {
  id: string;
  sectie: string;
  auteur: { id: string; naam: string };
  tekst: string;
  aangemaaktOp: string;
  opgelost: boolean;
  opgelostOp: string | null;
  versie: number;
}

/** One line of a section's history, as stored. */
export interface SectieWijziging {
  id: string;
  tijdstip: Date;
  soort: string;
  /** Name of who made the change; null when the account is gone. */
  naam: string | null;
  voor: unknown;
  na: unknown;
  reden: string | null;
}

/** What a section holds after a change of text, analysis or settings. */
export interface SectieInhoud {
  tekst: string;
  analyse: Analyse;
  vertrouwelijk: boolean;
  toegewezenOrganisatieId: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** Where the version of a section lives (for neemVersie); taking it records who changed it and when. */
export const sectieVersieRij = (werkruimteId: string, sleutel: string, gebruikerId: string): VersieRij => ({
  tabel: 'secties',
  sleutel: { werkruimte_id: werkruimteId, sleutel },
  zet: { bijgewerkt_op: new Date(), bijgewerkt_door: gebruikerId },
  terug: ['tekst', 'analyse_inhoud', 'vertrouwelijk', 'toegewezen_organisatie_id'],
});

/** The content of a section as taking its version returned it (sectieVersieRij.terug). */
export function sectieNaVersie(rij: Record<string, unknown>): Pick<SectionRow, 'tekst' | 'analyse' | 'vertrouwelijk' | 'toegewezen_organisatie_id'> {
  return {
    tekst: rij.tekst as string,
    analyse: rij.analyse_inhoud as SectionRow['analyse'],
    vertrouwelijk: rij.vertrouwelijk as boolean,
    toegewezen_organisatie_id: rij.toegewezen_organisatie_id as string | null,
  };
}

/** Where the version of a comment lives (for neemVersie). */
export const opmerkingVersieRij = (opmerkingId: string): VersieRij => ({ tabel: 'opmerkingen', sleutel: { id: opmerkingId } });

/** A section's text once it is written together is its document's (ADR 0019); the column keeps the text from before. */
async function metSamenTekst(db: Queryable, werkruimteId: string, rows: SectionRow[], alleen?: string[]): Promise<SectionRow[]> {
  if (rows.length === 0) return rows;
  const teksten = await leesTeksten(db, werkruimteId, alleen?.flatMap((s) => [`sectie.${s}`, `sectie.${s}.huidigeAanpak`, `sectie.${s}.extra`]));
  if (teksten.size === 0) return rows;
  return rows.map((r) => {
    const t = teksten.get(`sectie.${r.sleutel}`);
    const aanpak = teksten.get(`sectie.${r.sleutel}.huidigeAanpak`);
    const extra = teksten.get(`sectie.${r.sleutel}.extra`);
    if (!t && !aanpak && !extra) return r;
    const analyse = aanpak || extra ? { ...(r.analyse as object), ...(aanpak ? { huidigeAanpak: aanpak.platteTekst } : {}), ...(extra ? { extra: extra.platteTekst } : {}) } : r.analyse;
    return { ...r, tekst: t ? t.platteTekst : r.tekst, analyse } as SectionRow;
  });
}

export async function laadSectie(db: Queryable, werkruimteId: string, sleutel: string): Promise<SectionRow | undefined> {
  const { rows } = await db.query<SectionRow>(`${sectionSelect} where s.werkruimte_id = $1 and s.sleutel = $2`, [werkruimteId, sleutel]);
  return (await metSamenTekst(db, werkruimteId, rows, [sleutel]))[0];
}

/** All sections of a workspace in their order, confidential ones included: the caller filters. */
export async function laadSecties(db: Queryable, werkruimteId: string): Promise<SectionRow[]> {
  const { rows } = await db.query<SectionRow>(`${sectionSelect} where s.werkruimte_id = $1 order by s.volgorde`, [werkruimteId]);
  return metSamenTekst(db, werkruimteId, rows);
}

/**
 * Stores a section's new content with its line in the history, and returns the stored section: one
 * statement (the version was taken before, in the same transaction).
 */
export async function bewaarSectie(
  tx: Queryable,
  werkruimteId: string,
  sleutel: string,
  gebruikerId: string,
  na: SectieInhoud,
  wijziging: { soort: string; voor: unknown; reden: string | null },
): Promise<SectionRow> {
  const { rows } = await tx.query<SectionRow>(
    `with u as (
       update secties set tekst = $3, vertrouwelijk = $4, toegewezen_organisatie_id = $5, bijgewerkt_op = now(), bijgewerkt_door = $6,
              analyse_inhoud = $7
        where werkruimte_id = $1 and sleutel = $2
        returning *
     ), w as (
       insert into wijzigingen (werkruimte_id, sectie_sleutel, gebruiker_id, soort, voor, na, reden) values ($1, $2, $6, $8, $9, $10, $11)
     )
     select u.werkruimte_id, u.sleutel, u.titel, u.volgorde, u.tekst, u.analyse_inhoud as analyse, u.vertrouwelijk, u.toegewezen_organisatie_id,
            o.naam as toegewezen_organisatie_naam, u.versie, u.bijgewerkt_op, g.naam as bijgewerkt_door_naam,
            (select count(*)::int from opmerkingen m
              where m.werkruimte_id = u.werkruimte_id and m.sectie_sleutel = u.sleutel and m.opgelost_op is null) as open_opmerkingen
       from u
       left join organisaties o on o.id = u.toegewezen_organisatie_id
       left join gebruikers g on g.id = u.bijgewerkt_door`,
    [
      werkruimteId,
      sleutel,
      na.tekst,
      na.vertrouwelijk,
      na.toegewezenOrganisatieId,
      gebruikerId,
      JSON.stringify(na.analyse),
      wijziging.soort,
      JSON.stringify(wijziging.voor),
      JSON.stringify(na),
      wijziging.reden,
    ],
  );
  return rows[0]!;
}

/** Puts an earlier text back (a restore); the version was taken before. */
export async function zetSectieTekst(tx: Queryable, werkruimteId: string, sleutel: string, tekst: string, gebruikerId: string): Promise<void> {
  await tx.query(`update secties set tekst = $3, bijgewerkt_op = now(), bijgewerkt_door = $4 where werkruimte_id = $1 and sleutel = $2`, [
    werkruimteId,
    sleutel,
    tekst,
    gebruikerId,
  ]);
}

/** The history of a section, newest first. */
export async function laadSectieWijzigingen(db: Queryable, werkruimteId: string, sleutel: string): Promise<SectieWijziging[]> {
  const { rows } = await db.query<SectieWijziging>(
    `select w.id, w.tijdstip, w.soort, g.naam, w.voor, w.na, w.reden from wijzigingen w left join gebruikers g on g.id = w.gebruiker_id
      where w.werkruimte_id = $1 and w.sectie_sleutel = $2 order by w.id desc`,
    [werkruimteId, sleutel],
  );
  return rows;
}

/** The text a history line of this section set; undefined when it is not one of its lines or holds no text. */
export async function tekstUitWijziging(tx: Queryable, wijzigingId: number, werkruimteId: string, sleutel: string): Promise<string | undefined> {
  const { rows } = await tx.query<{ na: { tekst?: string } | null }>('select na from wijzigingen where id = $1 and werkruimte_id = $2 and sectie_sleutel = $3', [
    wijzigingId,
    werkruimteId,
    sleutel,
  ]);
  return rows[0]?.na?.tekst;
}

/** The comments of a workspace (of one section, or of all with `sleutel` null), oldest first. */
export async function laadOpmerkingen(db: Queryable, werkruimteId: string, sleutel: string | null, alleenOpen = false): Promise<Opmerking[]> {
  const { rows } = await db.query<{ id: string; sectie_sleutel: string; auteur_id: string; naam: string; tekst: string; aangemaakt_op: Date; opgelost_op: Date | null; versie: number }>(
    `select m.id, m.sectie_sleutel, m.auteur_id, g.naam, m.tekst, m.aangemaakt_op, m.opgelost_op, m.versie
       from opmerkingen m join gebruikers g on g.id = m.auteur_id
      where m.werkruimte_id = $1 and ($2::text is null or m.sectie_sleutel = $2) and (not $3 or m.opgelost_op is null)
      order by m.aangemaakt_op`,
    [werkruimteId, sleutel, alleenOpen],
  );
  return rows.map((m) => ({
    id: m.id,
    sectie: m.sectie_sleutel,
    auteur: { id: m.auteur_id, naam: m.naam },
    tekst: m.tekst,
    aangemaaktOp: iso(m.aangemaakt_op),
    opgelost: m.opgelost_op !== null,
    opgelostOp: m.opgelost_op ? iso(m.opgelost_op) : null,
    versie: m.versie,
  }));
}

/** Stores a new comment; returns its id. */
export async function plaatsOpmerking(tx: Queryable, werkruimteId: string, sleutel: string, auteurId: string, tekst: string): Promise<string> {
  const { rows } = await tx.query<{ id: string }>('insert into opmerkingen (werkruimte_id, sectie_sleutel, auteur_id, tekst) values ($1, $2, $3, $4) returning id', [
    werkruimteId,
    sleutel,
    auteurId,
    tekst,
  ]);
  return rows[0]!.id;
}

/** Section and author of a comment in this workspace, or undefined. */
export async function vindOpmerking(db: Queryable, opmerkingId: string, werkruimteId: string): Promise<{ sectie_sleutel: string; auteur_id: string } | undefined> {
  const { rows } = await db.query<{ sectie_sleutel: string; auteur_id: string }>('select sectie_sleutel, auteur_id from opmerkingen where id = $1 and werkruimte_id = $2', [
    opmerkingId,
    werkruimteId,
  ]);
  return rows[0];
}

/** Resolves (by this user, now) or reopens a comment; the version was taken before. */
export async function zetOpmerkingOpgelost(tx: Queryable, opmerkingId: string, opgelost: boolean, gebruikerId: string): Promise<void> {
  await tx.query(
    `update opmerkingen set opgelost_op = case when $2 then now() else null end, opgelost_door = case when $2 then $3::uuid else null end where id = $1`,
    [opmerkingId, opgelost, gebruikerId],
  );
}
