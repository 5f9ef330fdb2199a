-- Kernplan: the policy cycle. Structured analysis on the sections (and sections for the six aspects
-- of field 1 and a conclusion per field), versioned cycle parts, decisions and frozen adopted versions.

alter table secties add column analyse_inhoud jsonb not null default '{}';

-- Order: per field its themes, then (field 1) the aspects, then the field's conclusion.
update secties set volgorde = (split_part(substr(sleutel, 7), '.', 1)::int * 100) + split_part(sleutel, '.', 2)::int
 where sleutel ~ '^thema-[1-5]\.[0-9]$';

insert into secties (werkruimte_id, sleutel, titel, volgorde, bijgewerkt_door)
select w.id, 'aspect-' || a.nr, 'Aspect 1.' || a.nr || ' ' || a.naam, 150 + a.nr, w.aangemaakt_door
  from werkruimtes w
 cross join (values (1, 'Infrastructuur'), (2, 'Investeren in fysieke kwaliteit'), (3, 'Investeren in sociale kwaliteit'),
                    (4, 'Betrekken bewoners bij veiligheid en leefbaarheid'), (5, 'Toezicht en handhaving'), (6, 'Aanpak van specifieke criminaliteitsfenomenen')) as a(nr, naam)
on conflict do nothing;

insert into secties (werkruimte_id, sleutel, titel, volgorde, bijgewerkt_door)
select w.id, 'veld-' || v.nr, 'Conclusie veld ' || v.nr || ': ' || v.naam, v.nr * 100 + 99, w.aangemaakt_door
  from werkruimtes w
 cross join (values (1, 'Veilige woon- en leefomgeving'), (2, 'Bedrijvigheid en veiligheid'), (3, 'Jeugd en veiligheid'),
                    (4, 'Fysieke veiligheid'), (5, 'Integriteit en veiligheid')) as v(nr, naam)
on conflict do nothing;

create table cyclusdelen (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  sleutel text not null,
  inhoud jsonb not null,
  versie integer not null,
  bijgewerkt_op timestamptz not null default now(),
  bijgewerkt_door uuid references gebruikers (id),
  primary key (werkruimte_id, sleutel)
);

create table besluiten (
  id uuid primary key default gen_random_uuid(),
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  document text not null check (document in ('startnotitie', 'veiligheidsanalyse', 'ivp', 'uitvoeringsplan')),
  jaar integer not null default 0,
  soort text not null check (soort in ('besproken', 'vastgesteld')),
  orgaan text not null check (orgaan in ('MT', 'Driehoek', 'College', 'Raad')),
  datum date not null,
  toelichting text not null default '',
  versie integer not null,
  vastgelegd_door uuid references gebruikers (id),
  vastgelegd_op timestamptz not null default now()
);
create index besluiten_document on besluiten (werkruimte_id, document, jaar);

-- An adopted version is frozen: the document as adopted, kept for good.
create table vastgestelde_versies (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  document text not null,
  jaar integer not null default 0,
  versie integer not null,
  besluit_id uuid not null references besluiten (id),
  model jsonb not null,
  primary key (werkruimte_id, document, jaar, versie)
);

create trigger vastgestelde_versies_alleen_toevoegen before update on vastgestelde_versies
  for each row execute function kernplan_alleen_toevoegen();
create trigger besluiten_alleen_toevoegen before update on besluiten
  for each row execute function kernplan_alleen_toevoegen();
