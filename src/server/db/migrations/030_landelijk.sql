-- Kernplan: het landelijk beeld van prioriteiten (issue 17, punt 3; docs/landelijk-beeld.md). Een
-- landelijke werkruimte (regiosoort 'landelijk') leest lijsten met prioriteiten uit bestaande plannen
-- in (CSV: gemeentecode, jaar, titel, eventueel thema's), zodat de analyse met echte plannen kan
-- beginnen voordat die gemeenten Kernplan gebruiken. Een import is alles of niets (één transactie) en
-- verandert daarna niet: ze wordt alleen als geheel verwijderd.

create table landelijk_imports (
  id uuid primary key,
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  bestandsnaam text not null,
  sha256 text not null,
  gebruiker_id uuid references gebruikers (id) on delete set null,
  ingelezen_op timestamptz not null default now(),
  -- "De gemeenten in dit bestand stemden in met hun naam": alleen dan staan ze met naam in het beeld.
  bij_naam boolean not null default false,
  aantal integer not null check (aantal >= 0)
);
create index landelijk_imports_werkruimte on landelijk_imports (werkruimte_id, ingelezen_op desc);

-- De prioriteiten van een import; regel is het regelnummer in het bestand (1 = kopregel).
create table landelijk_prioriteiten (
  import_id uuid not null references landelijk_imports (id) on delete cascade,
  regel integer not null,
  gemeentecode text not null,
  jaar smallint not null check (jaar between 1990 and 2100),
  titel text not null check (length(titel) between 1 and 300),
  -- Met de hand gekoppelde thema-ids en strategische thema's, belangrijkste eerst; null: de titel wordt geclassificeerd.
  themas jsonb,
  primary key (import_id, regel)
);
