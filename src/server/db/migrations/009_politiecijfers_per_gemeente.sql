-- Kernplan: politiecijfers compacter opgeslagen (ADR 0011). In plaats van één rij per regio x periode
-- met een integer[59] nu één rij per gemeente x niveau x periode, met de regiocodes van die rij en hun
-- aantallen als bytes: per regio 59 getallen, elk `aantal + 1` in LEB128 (0 is onbekend). Een landelijke
-- import wordt zo enkele duizenden rijen in plaats van tienduizenden, en de database ontleedt geen
-- miljoenen getallen als tekst (src/domain/politie/opslagrij.ts).

-- Alleen voor het omzetten hieronder; weg aan het eind van deze migratie.
create function kernplan_leb128(getallen integer[]) returns bytea language plpgsql immutable as $$
declare
  uit bytea := ''::bytea;
  u bigint;
  x integer;
begin
  foreach x in array getallen loop
    u := coalesce(x, -1)::bigint + 1;
    while u >= 128 loop
      uit := uit || set_byte('\x00'::bytea, 0, ((u & 127) | 128)::integer);
      u := u >> 7;
    end loop;
    uit := uit || set_byte('\x00'::bytea, 0, u::integer);
  end loop;
  return uit;
end
$$;

create table politie_cijfers_nieuw (
  -- GMxxxx, of '' voor Nederland en overige regio's.
  gemeente text not null,
  niveau text not null check (niveau in ('land', 'gemeente', 'wijk', 'buurt', 'overig')),
  jaar smallint not null check (jaar between 1990 and 2100),
  -- 0: het hele jaar; 1-12: een maand.
  maand smallint not null check (maand between 0 and 12),
  -- Oplopend gesorteerd; aantallen hoort erbij: cardinality(regios) * 59 getallen (minstens een byte elk).
  regios text[] not null,
  aantallen bytea not null check (octet_length(aantallen) >= cardinality(regios) * 59),
  -- De laatste import die deze rij (deels) vulde (politie_imports.id, zonder foreign key).
  import_id uuid not null,
  primary key (gemeente, niveau, jaar, maand)
);

with oud as (
  select c.*,
         case when regio ~ '^NL\d{2}$' then 'land'
              when regio ~ '^GM\d{4}$' then 'gemeente'
              when regio ~ '^WK\d{4}[0-9A-Z]{2}$' then 'wijk'
              when regio ~ '^BU\d{4}[0-9A-Z]{4}$' then 'buurt'
              else 'overig' end as niveau,
         kernplan_leb128(c.aantallen) as bytes
    from politie_cijfers c
)
insert into politie_cijfers_nieuw (gemeente, niveau, jaar, maand, regios, aantallen, import_id)
select case when niveau in ('gemeente', 'wijk', 'buurt') then 'GM' || substr(regio, 3, 4) else '' end as gem,
       niveau, jaar, maand,
       array_agg(regio order by regio collate "C"),
       string_agg(bytes, ''::bytea order by regio collate "C"),
       (array_agg(import_id order by regio collate "C"))[1]
  from oud
 group by gem, niveau, jaar, maand;

drop table politie_cijfers;
alter table politie_cijfers_nieuw rename to politie_cijfers;
alter index politie_cijfers_nieuw_pkey rename to politie_cijfers_pkey;
drop function kernplan_leb128(integer[]);

-- De tijdelijke opslag van een grote import krijgt dezelfde vorm (leeg na elke import).
drop table politie_import_buffer;
create table politie_import_buffer (
  import_id uuid not null,
  gemeente text not null,
  niveau text not null,
  jaar smallint not null,
  maand smallint not null,
  regios text[] not null,
  aantallen bytea not null,
  aangemaakt_op timestamptz not null default now(),
  primary key (import_id, gemeente, niveau, jaar, maand)
);

-- Geen compressie: de aantallen comprimeren slecht en pglz kost bij een landelijke import honderden
-- milliseconden (bench:import).
alter table politie_cijfers alter column regios set storage external, alter column aantallen set storage external;
alter table politie_import_buffer alter column regios set storage external, alter column aantallen set storage external;
