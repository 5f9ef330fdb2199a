-- Kernplan: CBS 83648NED "Geregistreerde criminaliteit; soort misdrijf, regio" (issue 16, punt 1).
-- De BBV-indicatoren geweldsmisdrijven en vernielingen tellen CBS-groepen naar wetsartikel (groep 3
-- "Gewelds- en seksuele misdrijven", groep 2 "Vernielingen, misdrijven tegen openbare orde en gezag"),
-- die niet uit de 59 politiesoorten op te tellen zijn. Met deze aantallen is het gemeentecijfer officieel
-- en volledig. Installatiebreed, zoals de politiecijfers en de Veiligheidsmonitor: een werkruimte leest
-- in en kijkt naar haar gemeenten. Zie docs/begrotingsindicatoren.md.

-- Elke geslaagde import, met de samenvatting. Een mislukte import laat niets na (één transactie).
create table cbs_misdrijfgroep_imports (
  id uuid primary key,
  bestandsnaam text not null,
  sha256 text not null,
  formaat text not null,
  werkruimte_id uuid references werkruimtes (id) on delete set null,
  gebruiker_id uuid references gebruikers (id) on delete set null,
  klaar_op timestamptz not null default now(),
  samenvatting jsonb not null
);
create index cbs_misdrijfgroep_imports_klaar on cbs_misdrijfgroep_imports (klaar_op desc);

-- Eén telling per regio (gemeente GMxxxx of Nederland NL01) x groep (CBS-sleutel: T001161 totaal,
-- CRI2000 groep 2, CRI3000 groep 3) x jaar: het aantal en, als het bestand het had, het cijfer per
-- 1.000 inwoners van CBS zelf. Een nieuwere import van dezelfde cel vervangt de oude.
create table cbs_misdrijfgroepen (
  regio text not null check (regio ~ '^(GM[0-9]{4}|NL01)$'),
  groep text not null check (groep in ('T001161', 'CRI2000', 'CRI3000')),
  jaar smallint not null check (jaar between 1990 and 2100),
  aantal integer check (aantal is null or aantal >= 0),
  per1000 double precision check (per1000 is null or per1000 >= 0),
  voorlopig boolean not null default false,
  import_id uuid not null references cbs_misdrijfgroep_imports (id),
  primary key (regio, groep, jaar),
  check (aantal is not null or per1000 is not null)
);
create index cbs_misdrijfgroepen_import on cbs_misdrijfgroepen (import_id);
