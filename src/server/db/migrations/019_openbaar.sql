-- Kernplan: the public safety dashboard (issue 18, point 1). The coordinator publishes per item
-- (the adopted IVP with its priorities, an effect indicator, the measures' progress, the latest report
-- offered to the council, the police figures of a theme); withdrawing deletes the row. What is shown is
-- computed when it is read, without anything confidential, also when an item became confidential after
-- it was published.
create table publicaties (
  werkruimte_id uuid not null references werkruimtes (id) on delete cascade,
  onderdeel text not null check (length(onderdeel) between 1 and 80),
  gepubliceerd_door uuid references gebruikers (id) on delete set null,
  gepubliceerd_op timestamptz not null default now(),
  primary key (werkruimte_id, onderdeel)
);
