-- Kernplan: confidential measures and indicators (ADR 0015). A measure carries `vertrouwelijk` in the
-- JSON of its uitvoeringsplan; an indicator gets a column. A notification about a confidential item is
-- marked, so a member without clearance never sees it (also when clearance is withdrawn later).
alter table indicatoren add column vertrouwelijk boolean not null default false;
alter table meldingen add column vertrouwelijk boolean not null default false;
