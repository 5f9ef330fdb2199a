-- Kernplan: the council prioritisation round (issue 15). A round puts candidate themes to a group
-- (raad, college, driehoek, werkgroep); each participant ranks them or spends points, with an
-- argument per choice. The round row carries a version for ETag/If-Match (ADR 0012); a participant's
-- ranking is his own row and does not change the round's version.
create table prioriteringsrondes (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  naam text not null,
  groep text not null check (groep in ('raad', 'college', 'driehoek', 'werkgroep')),
  wijze text not null check (wijze in ('rangorde', 'punten')),
  punten integer not null default 10 check (punten between 3 and 100),
  anoniem boolean not null default false,
  status text not null default 'open' check (status in ('open', 'gesloten', 'overgenomen')),
  datum date,
  thema_ids text[] not null,
  werkgroep_argumenten jsonb not null default '{}',
  -- The themes carried into the priorities (status 'overgenomen').
  overgenomen_thema_ids text[],
  versie integer not null default 1,
  aangemaakt_op timestamptz not null default now(),
  aangemaakt_door uuid references gebruikers (id) on delete set null,
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id) on delete set null
);
create index prioriteringsrondes_werkruimte on prioriteringsrondes (werkruimte_id, aangemaakt_op);

-- Who is invited; only they may rank (and, for the raad, see the round at all).
create table prioriteringsronde_deelnemers (
  ronde_id uuid not null references prioriteringsrondes (id) on delete cascade,
  gebruiker_id uuid not null references gebruikers (id) on delete cascade,
  primary key (ronde_id, gebruiker_id)
);
create index prioriteringsronde_deelnemers_gebruiker on prioriteringsronde_deelnemers (gebruiker_id);

-- One ranking per participant; submitting again replaces it. Removing a participant removes it.
create table prioriteringsronde_rangordes (
  ronde_id uuid not null,
  gebruiker_id uuid not null,
  rangorde jsonb not null,
  ontvangen_op timestamptz not null default now(),
  primary key (ronde_id, gebruiker_id),
  foreign key (ronde_id, gebruiker_id) references prioriteringsronde_deelnemers (ronde_id, gebruiker_id) on delete cascade
);
