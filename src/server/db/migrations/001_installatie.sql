-- Kernplan: first migration. Records when and with which version this database was set up,
-- so support can tell an old data folder from a new one.
create table installatie (
  id boolean primary key default true check (id),
  aangemaakt_op timestamptz not null default now(),
  kernplan_versie text not null
);
