-- Kernplan: agreements with partners and the Driehoek's capacity choices (issue 19, point 4).
-- An agreement says what a partner (police, OM, GGD, a housing association) promised for the plan:
-- capacity, exchanging information or delivering something; to which priorities and measures it
-- contributes, where it is recorded and whether it was kept. Each is versioned on its own (If-Match).

create table afspraken (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  partner text not null check (length(partner) between 1 and 200),
  soort text not null check (soort in ('capaciteit', 'informatie-uitwisseling', 'levering')),
  omschrijving text not null,
  -- Ids of priorities ('p1') and measures ('m7') of the workspace's plan, as a JSON array of strings.
  prioriteit_ids jsonb not null default '[]',
  maatregel_ids jsonb not null default '[]',
  status text not null check (status in ('in-voorbereiding', 'gemaakt', 'nagekomen', 'deels-nagekomen', 'niet-nagekomen', 'vervallen')),
  vastgelegd_in text not null default '',
  -- When it must be kept or looked at again.
  termijn date,
  toelichting text not null default '',
  aangemaakt_op timestamptz not null default now(),
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id) on delete set null,
  versie integer not null default 1
);
create index afspraken_werkruimte on afspraken (werkruimte_id);

-- Choices of the Driehoek (mayor, public prosecutor, police chief) on police capacity.
create table capaciteitskeuzes (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  datum date not null,
  onderwerp text not null,
  keuze text not null,
  capaciteit text not null default '',
  prioriteit_ids jsonb not null default '[]',
  aangemaakt_op timestamptz not null default now(),
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id) on delete set null,
  versie integer not null default 1
);
create index capaciteitskeuzes_werkruimte on capaciteitskeuzes (werkruimte_id);
