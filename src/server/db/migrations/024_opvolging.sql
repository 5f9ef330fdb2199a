-- Kernplan: the next plan starts from the old one (issue 19, point 5). A new IVP workspace can be
-- the successor of an earlier one; it remembers which. Deleting the old workspace keeps the new one.

alter table werkruimtes add column voorganger_id uuid references werkruimtes (id) on delete set null;
create index werkruimtes_voorganger on werkruimtes (voorganger_id) where voorganger_id is not null;
