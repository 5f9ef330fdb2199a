-- Kernplan: a joint IVP of several municipalities (the method's step 3a). The workspace's own
-- municipality leads; the others take part. Priorities can be shared or local to one municipality,
-- and each municipality's council adopts its own version of the document.
alter table werkruimtes add column deelnemers jsonb not null default '[]';

alter table besluiten add column gemeentecode text not null default '';
alter table vastgestelde_versies add column gemeentecode text not null default '';
alter table vastgestelde_versies drop constraint vastgestelde_versies_pkey;
alter table vastgestelde_versies add primary key (werkruimte_id, document, jaar, gemeentecode, versie);
