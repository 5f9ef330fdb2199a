-- Kernplan: accounts, organisations, workspaces, members, sections, comments and the audit trail.
-- History is appended, never edited: wijzigingen and beveiligingslog refuse UPDATE and DELETE.

create table organisaties (
  id uuid primary key default gen_random_uuid(),
  naam text not null unique,
  soort text not null check (soort in ('gemeente', 'politie', 'om', 'zorg', 'jeugd', 'woningcorporatie', 'overig')),
  aangemaakt_op timestamptz not null default now()
);

create table gebruikers (
  id uuid primary key default gen_random_uuid(),
  email text not null unique check (email = lower(email)),
  naam text not null,
  organisatie_id uuid not null references organisaties (id),
  wachtwoord_hash text,
  totp_geheim text,
  totp_laatste_stap bigint,
  is_beheerder boolean not null default false,
  actief boolean not null default true,
  aangemaakt_op timestamptz not null default now()
);

create table sessies (
  id_hash text primary key,
  gebruiker_id uuid not null references gebruikers (id) on delete cascade,
  csrf_token text not null,
  totp_voldaan boolean not null default false,
  aangemaakt_op timestamptz not null default now(),
  laatst_actief_op timestamptz not null default now()
);
create index sessies_gebruiker on sessies (gebruiker_id);

create table aanmeldpogingen (
  id bigserial primary key,
  email text not null,
  adres text not null,
  gelukt boolean not null,
  tijdstip timestamptz not null default now()
);
create index aanmeldpogingen_email on aanmeldpogingen (email, tijdstip);
create index aanmeldpogingen_adres on aanmeldpogingen (adres, tijdstip);

create table werkruimtes (
  id uuid primary key default gen_random_uuid(),
  soort text not null check (soort in ('ivp', 'project')),
  naam text not null,
  gemeente_naam text not null,
  cbs_code text not null check (cbs_code ~ '^GM[0-9]{4}$'),
  periode_van integer,
  periode_tot integer,
  versie integer not null default 1,
  aangemaakt_op timestamptz not null default now(),
  aangemaakt_door uuid references gebruikers (id),
  check (periode_van is null or periode_tot is null or periode_tot >= periode_van)
);

create table leden (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  gebruiker_id uuid not null references gebruikers (id),
  rol text not null check (rol in ('coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer')),
  vertrouwelijk_toegang boolean not null default false,
  versie integer not null default 1,
  toegevoegd_op timestamptz not null default now(),
  primary key (werkruimte_id, gebruiker_id)
);

create table uitnodigingen (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  email text not null check (email = lower(email)),
  rol text not null check (rol in ('coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer')),
  vertrouwelijk_toegang boolean not null default false,
  token_hash text not null unique,
  uitgenodigd_door uuid not null references gebruikers (id),
  aangemaakt_op timestamptz not null default now(),
  verloopt_op timestamptz not null,
  geaccepteerd_op timestamptz
);

create table secties (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  sleutel text not null,
  titel text not null,
  volgorde integer not null,
  tekst text not null default '',
  vertrouwelijk boolean not null default false,
  toegewezen_organisatie_id uuid references organisaties (id),
  versie integer not null default 1,
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id),
  primary key (werkruimte_id, sleutel)
);

create table opmerkingen (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null,
  sectie_sleutel text not null,
  auteur_id uuid not null references gebruikers (id),
  tekst text not null,
  versie integer not null default 1,
  aangemaakt_op timestamptz not null default now(),
  opgelost_op timestamptz,
  opgelost_door uuid references gebruikers (id),
  foreign key (werkruimte_id, sectie_sleutel) references secties (werkruimte_id, sleutel) on delete cascade
);
create index opmerkingen_sectie on opmerkingen (werkruimte_id, sectie_sleutel);

create table wijzigingen (
  id bigserial primary key,
  werkruimte_id uuid,
  sectie_sleutel text,
  gebruiker_id uuid,
  tijdstip timestamptz not null default now(),
  soort text not null,
  voor jsonb,
  na jsonb,
  reden text
);
create index wijzigingen_sectie on wijzigingen (werkruimte_id, sectie_sleutel, id);

create table beveiligingslog (
  id bigserial primary key,
  tijdstip timestamptz not null default now(),
  soort text not null,
  gebruiker_id uuid,
  email text,
  adres text,
  details jsonb
);

create function kernplan_alleen_toevoegen() returns trigger language plpgsql as $$
begin
  raise exception 'Tabel % is alleen-toevoegen: geschiedenis wordt nooit gewijzigd of verwijderd', tg_table_name;
end
$$;
create trigger wijzigingen_alleen_toevoegen before update or delete on wijzigingen
  for each row execute function kernplan_alleen_toevoegen();
create trigger beveiligingslog_alleen_toevoegen before update or delete on beveiligingslog
  for each row execute function kernplan_alleen_toevoegen();

-- Demo or production: a data folder made in demo mode holds accounts with published passwords
-- and must never be started in production mode.
alter table installatie add column modus text not null default 'demo' check (modus in ('demo', 'productie'));
