-- Kernplan: de CBS Veiligheidsmonitor (issue 16, punt 5). Net als de politiecijfers landelijke
-- referentiedata, gedeeld door alle werkruimtes: een werkruimte kijkt naar de regio's die ze nodig
-- heeft (haar gemeente, wijken, de provincie, Nederland). Zie docs/veiligheidsmonitor.md.

-- Elke geslaagde import, met de samenvatting. Een mislukte import laat niets na (één transactie).
create table veiligheidsmonitor_imports (
  id uuid primary key,
  bestandsnaam text not null,
  sha256 text not null,
  formaat text not null,
  werkruimte_id uuid references werkruimtes (id) on delete set null,
  gebruiker_id uuid references gebruikers (id) on delete set null,
  klaar_op timestamptz not null default now(),
  samenvatting jsonb not null
);
create index veiligheidsmonitor_imports_werkruimte on veiligheidsmonitor_imports (werkruimte_id, klaar_op desc);

-- De onderwerpen zoals ze in de bestanden stonden: bekende (id uit src/domain/veiligheidsmonitor/catalogus.ts)
-- en eigen ('eigen:<label>:<eenheid>', zonder thema). Het label en de eenheid van de laatste import.
create table veiligheidsmonitor_onderwerpen (
  indicator_id text primary key,
  label text not null,
  cbs_eenheid text,
  eenheid text not null check (eenheid in ('percentage', 'rapportcijfer', 'schaalscore'))
);

-- Eén waarde per onderwerp x regio x jaar, met de marge (halve breedte van het 95%-betrouwbaarheidsinterval).
-- Een nieuwere import van dezelfde cel vervangt de oude.
create table veiligheidsmonitor_waarden (
  indicator_id text not null references veiligheidsmonitor_onderwerpen (indicator_id),
  regio text not null,
  jaar smallint not null check (jaar between 1990 and 2100),
  waarde double precision not null,
  marge double precision check (marge is null or marge >= 0),
  import_id uuid not null references veiligheidsmonitor_imports (id),
  primary key (indicator_id, regio, jaar)
);
create index veiligheidsmonitor_waarden_regio on veiligheidsmonitor_waarden (regio, indicator_id, jaar);

-- Namen en soort van de regio's zoals de laatste import ze noemde (wijken en buurten kent Kernplan anders niet bij naam).
create table veiligheidsmonitor_regios (
  code text primary key,
  naam text not null,
  soort text not null
);

-- De marge van een meting van een indicator die een reeks van de Veiligheidsmonitor volgt (of met de hand).
alter table indicator_metingen add column if not exists marge double precision check (marge is null or marge >= 0);
