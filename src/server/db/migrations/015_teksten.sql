-- Kernplan: long texts written together (ADR 0019). Each text is a Yjs document: `staat` is its
-- compacted state (one merged update), `tekst_updates` the updates since, each stored before the
-- server passes it on or confirms it. Compacting merges updates into `staat` and deletes them in one
-- transaction. `inhoud` (ProseMirror JSON) and `platte_tekst` are derived from `staat` in that same
-- transaction; a reader that finds updates after it merges them in memory.
create table teksten (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  sleutel text not null,
  staat bytea not null,
  inhoud jsonb not null,
  platte_tekst text not null default '',
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id) on delete set null,
  unique (werkruimte_id, sleutel)
);

create table tekst_updates (
  id bigserial primary key,
  tekst_id uuid not null references teksten (id) on delete cascade,
  update bytea not null,
  gebruiker_id uuid references gebruikers (id) on delete set null,
  gemaakt_op timestamptz not null default now()
);
create index tekst_updates_tekst on tekst_updates (tekst_id, id);

-- History: a version after each burst of writing (who wrote in it, when), appended only. Restoring
-- a version is a new change of the text and adds a version of its own.
create table tekst_versies (
  id bigserial primary key,
  tekst_id uuid not null references teksten (id) on delete cascade,
  staat bytea not null,
  inhoud jsonb not null,
  platte_tekst text not null,
  door uuid[] not null default '{}',
  door_namen text[] not null default '{}',
  gemaakt_op timestamptz not null default now(),
  hersteld_van bigint
);
create index tekst_versies_tekst on tekst_versies (tekst_id, id);
create trigger tekst_versies_alleen_toevoegen before update on tekst_versies
  for each row execute function kernplan_alleen_toevoegen();
