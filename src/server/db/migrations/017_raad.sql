-- Kernplan: the council (issue 15, point 3). Technical questions of council members on a priority or
-- a progress report, answered by the coordinator; and progress reports and yearbooks offered to the
-- council, frozen as they were offered, with the dates they were offered and discussed.

create table raadsvragen (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  -- What the question is about: a priority ('p1') or a report ('2027-K1', or '2027' for the yearbook).
  prioriteit_id text,
  periode text check (periode is null or periode ~ '^\d{4}(-K[1-4])?$'),
  -- The title of the priority or report when the question was asked.
  onderwerp text not null,
  vraag text not null,
  gesteld_door uuid references gebruikers (id) on delete set null,
  gesteld_op timestamptz not null default now(),
  antwoord text,
  beantwoord_door uuid references gebruikers (id) on delete set null,
  beantwoord_op timestamptz,
  -- ADR 0012: the answer is written with If-Match; two coordinators answering at once cannot both win.
  versie integer not null default 1,
  check ((prioriteit_id is null) <> (periode is null))
);
create index raadsvragen_werkruimte on raadsvragen (werkruimte_id, gesteld_op);

-- A report as offered to the council: its document model, kept for good. A later edit of the report
-- makes a new concept; offering that again adds the next version.
create table raadsrapportages (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  periode text not null check (periode ~ '^\d{4}(-K[1-4])?$'),
  versie integer not null check (versie >= 1),
  model jsonb not null,
  vastgelegd_door uuid references gebruikers (id) on delete set null,
  vastgelegd_op timestamptz not null default now(),
  primary key (werkruimte_id, periode, versie)
);

-- Offered to the council (with the freezing above) and discussed in the council, with the date.
create table raadsbehandelingen (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null,
  periode text not null,
  versie integer not null,
  soort text not null check (soort in ('aangeboden', 'besproken')),
  datum date not null,
  vastgelegd_door uuid references gebruikers (id) on delete set null,
  vastgelegd_op timestamptz not null default now(),
  unique (werkruimte_id, periode, versie, soort),
  foreign key (werkruimte_id, periode, versie) references raadsrapportages (werkruimte_id, periode, versie) on delete cascade
);

create trigger raadsrapportages_alleen_toevoegen before update on raadsrapportages
  for each row execute function kernplan_alleen_toevoegen();
create trigger raadsbehandelingen_alleen_toevoegen before update on raadsbehandelingen
  for each row execute function kernplan_alleen_toevoegen();
