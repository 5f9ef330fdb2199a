-- Kernplan: what residents say (issue 18, points 2 and 3). Consultations with their results per
-- theme, and the online questionnaire Kernplan serves itself. Anonymous: an answer holds no name,
-- no address, no IP address and only the date it came in (not the time), so it cannot be matched
-- with a log line.

create table raadplegingen (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  soort text not null check (soort in ('enquete', 'bewonerspanel', 'wijkbijeenkomst', 'online-vragenlijst')),
  titel text not null,
  datum date not null,
  -- The municipality (GMxxxx) or a wijk or buurt (WK/BU code of CBS 47018NED).
  gebied text not null,
  deelnemers integer check (deelnemers is null or deelnemers >= 0),
  vastgelegd_door uuid references gebruikers (id) on delete set null,
  vastgelegd_op timestamptz not null default now()
);
create index raadplegingen_werkruimte on raadplegingen (werkruimte_id, datum);

create table raadplegingsresultaten (
  raadpleging_id uuid not null references raadplegingen (id) on delete cascade,
  regel integer not null,
  thema_id text not null,
  vraag text,
  gebied text not null,
  -- A share in percent (0-100) or a count; at least one.
  aandeel numeric check (aandeel is null or (aandeel >= 0 and aandeel <= 100)),
  aantal integer check (aantal is null or aantal >= 0),
  primary key (raadpleging_id, regel),
  check (aandeel is not null or aantal is not null)
);

create table vragenlijsten (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  titel text not null,
  start date not null,
  einde date not null,
  -- The choices as offered, each with the theme it counts for: [{id, tekst, themaId}].
  keuzes jsonb not null,
  geopend_door uuid references gebruikers (id) on delete set null,
  geopend_op timestamptz not null default now(),
  check (einde >= start)
);
create index vragenlijsten_werkruimte on vragenlijsten (werkruimte_id, start);

create table vragenlijstantwoorden (
  id uuid primary key default gen_random_uuid(),
  vragenlijst_id uuid not null references vragenlijsten (id) on delete cascade,
  -- A wijk or buurt code, or null: "weet ik niet / hele gemeente".
  buurt text,
  keuzes text[] not null,
  tekst text check (tekst is null or length(tekst) <= 500),
  -- 'geen' (no text), 'te-beoordelen' (held for moderation), 'goedgekeurd', 'afgewezen'.
  tekst_status text not null default 'geen' check (tekst_status in ('geen', 'te-beoordelen', 'goedgekeurd', 'afgewezen')),
  -- What the privacy check found in the text (soorten, e.g. telefoonnummer); the text is held back.
  vondsten text[] not null default '{}',
  ontvangen_op date not null default current_date,
  beoordeeld_door uuid references gebruikers (id) on delete set null,
  beoordeeld_op timestamptz
);
create index vragenlijstantwoorden_lijst on vragenlijstantwoorden (vragenlijst_id);
create index vragenlijstantwoorden_moderatie on vragenlijstantwoorden (vragenlijst_id) where tekst_status = 'te-beoordelen';

-- Proofs of work already used (the signed challenge, hashed), until they expire: a proof counts once.
create table vragenlijstbewijzen (
  sleutel text primary key,
  verloopt timestamptz not null
);

-- The server secret that signs the challenges, the same for every server process on this database.
create table inwonersgeheim (
  id integer primary key check (id = 1),
  geheim text not null
);
