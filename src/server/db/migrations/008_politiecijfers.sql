-- Kernplan: politiecijfers (geregistreerde misdrijven, CBS 47018NED en data.politie.nl). De cijfers
-- zijn landelijke referentiedata, gedeeld door alle werkruimtes: een werkruimte kijkt naar de regio's
-- van haar eigen gemeente(n). Eén rij per regio x periode, met de 59 soorten misdrijf als array in
-- de volgorde van src/domain/politie/misdrijfsoorten.ts (0.0.0 eerst); null is onbekend. Zie
-- docs/adr/0009-politiecijfers-import.md.

-- Elke geslaagde import, met de samenvatting. Een mislukte of geannuleerde import laat niets na.
create table politie_imports (
  id uuid primary key,
  bestandsnaam text not null,
  sha256 text not null,
  formaat text not null,
  werkruimte_id uuid references werkruimtes (id) on delete set null,
  gebruiker_id uuid references gebruikers (id) on delete set null,
  gestart_op timestamptz not null,
  klaar_op timestamptz not null default now(),
  samenvatting jsonb not null
);
create index politie_imports_sha256 on politie_imports (sha256);
create index politie_imports_werkruimte on politie_imports (werkruimte_id, klaar_op desc);

create table politie_cijfers (
  regio text not null,
  jaar smallint not null check (jaar between 1990 and 2100),
  -- 0: het hele jaar; 1-12: een maand.
  maand smallint not null check (maand between 0 and 12),
  -- De gemeente van een gemeente, wijk of buurt (GMxxxx); null voor Nederland en overige regio's.
  gemeente text,
  aantallen integer[] not null check (cardinality(aantallen) = 59),
  -- De laatste import die deze rij (deels) vulde (politie_imports.id; zonder foreign key: die kost
  -- bij 40.000 rijen merkbaar tijd, en imports worden nooit verwijderd).
  import_id uuid not null,
  primary key (regio, jaar, maand)
);
create index politie_cijfers_gemeente on politie_cijfers (gemeente, jaar, maand);

-- Tijdelijke opslag van een import die meer cellen heeft dan in het geheugen passen. Weg na de
-- import (ook na annuleren); achtergebleven rijen van een afgebroken proces ruimt de volgende import op.
create table politie_import_buffer (
  import_id uuid not null,
  regio text not null,
  gemeente text,
  jaar smallint not null,
  maand smallint not null,
  aantallen integer[] not null,
  aangemaakt_op timestamptz not null default now(),
  primary key (import_id, regio, jaar, maand)
);

-- Namen van regio's uit een meegegeven codelijst die niet in de meegeleverde lijst (indeling 2024) staan.
create table politie_regios (
  code text primary key,
  naam text not null,
  gemeente text
);

-- Inwoners per regio en jaar (1 januari), als een gebruiker ze aanlevert; anders gebruikt Kernplan de
-- meegeleverde inwoners van 2024.
create table politie_inwoners (
  regio text not null,
  jaar smallint not null,
  inwoners integer not null check (inwoners > 0),
  primary key (regio, jaar)
);

-- Afwijkingen van de standaardkoppeling soort misdrijf -> thema, per werkruimte. thema_id null: geen thema.
create table politie_themakoppeling (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  code text not null,
  thema_id text,
  primary key (werkruimte_id, code)
);
