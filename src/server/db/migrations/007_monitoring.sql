-- Kernplan: step 6, steering. Effect indicators with their measurements, and notifications
-- (reminders to owners, alerts to the coordinator and the portefeuillehouder).
-- Measures keep living in the uitvoeringsplan; meetings and progress reports are cycle parts.

create table indicatoren (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  -- naam, prioriteitId, themaId, bron, bronToelichting, aard, eenheid, richting, referentie, streefwaarden
  gegevens jsonb not null,
  eigenaar_id uuid references gebruikers (id) on delete set null,
  volgorde integer not null default 0,
  versie integer not null default 1,
  aangemaakt_op timestamptz not null default now(),
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id)
);
create index indicatoren_werkruimte on indicatoren (werkruimte_id, volgorde);

-- One value per indicator and period ('2026' or '2026-K3'); a new value for the same period replaces it.
create table indicator_metingen (
  indicator_id uuid not null references indicatoren (id) on delete cascade,
  periode text not null check (periode ~ '^\d{4}(-K[1-4])?$'),
  waarde double precision not null,
  toelichting text not null default '',
  ingevoerd_door uuid references gebruikers (id),
  ingevoerd_op timestamptz not null default now(),
  primary key (indicator_id, periode)
);

create table meldingen (
  id uuid primary key default gen_random_uuid(),
  gebruiker_id uuid not null references gebruikers (id) on delete cascade,
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  soort text not null check (soort in ('herinnering', 'signaal')),
  tekst text not null,
  -- Where in the workspace it is about, e.g. 'dashboard#indicator-<id>'.
  pad text not null default '',
  -- Makes a reminder or alert unique, so a repeated sweep never sends it twice.
  sleutel text not null,
  gemaild_op timestamptz,
  aangemaakt_op timestamptz not null default now(),
  gelezen_op timestamptz,
  unique (gebruiker_id, sleutel)
);
create index meldingen_gebruiker on meldingen (gebruiker_id, gelezen_op, aangemaakt_op desc);
