-- Kernplan: the council term (issue 15). The date of the coalition agreement is known to the
-- workspace (the coordinator sets it); the elections themselves are derived from the Kieswet.
alter table werkruimtes add column coalitieakkoord date;
