-- Kernplan: evaluations of the safety policy against a norms framework (issue 19, point 2). A
-- rekenkamer, an internal audit or a working group judges the plan per norm: a verdict, its reasoning
-- and the evidence. The shipped default framework lives in the domain (src/domain/evaluatie); a
-- workspace may add frameworks of its own (often an edited copy of the default).

create table normenkaders (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  naam text not null,
  beschrijving text not null default '',
  -- The questions with their norms: [{id, nummer, vraag, normen: [{id, norm, sleutel}]}].
  vragen jsonb not null,
  aangemaakt_door uuid references gebruikers (id) on delete set null,
  aangemaakt_op timestamptz not null default now(),
  versie integer not null default 1
);
create index normenkaders_werkruimte on normenkaders (werkruimte_id, aangemaakt_op);

create table evaluaties (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  naam text not null,
  uitvoerder text not null check (uitvoerder in ('rekenkamer', 'interne-audit', 'werkgroep')),
  status text not null default 'concept' check (status in ('concept', 'definitief')),
  -- The name of the framework it was made from; the framework itself is copied into `vragen`, so a
  -- later change of the framework does not change an evaluation under way.
  kader_naam text not null,
  -- [{id, nummer, vraag, normen: [{id, norm, sleutel, oordeel, toelichting, bewijs: [{soort, label, verwijzing}]}]}]
  vragen jsonb not null,
  aangemaakt_door uuid references gebruikers (id) on delete set null,
  aangemaakt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id) on delete set null,
  bijgewerkt_op timestamptz not null default now(),
  -- ADR 0012: every change is written with If-Match; two people judging at once cannot both win.
  versie integer not null default 1
);
create index evaluaties_werkruimte on evaluaties (werkruimte_id, aangemaakt_op);
