-- Kernplan: a project workspace has a projectplan document that can be discussed and adopted too.
alter table besluiten drop constraint besluiten_document_check;
alter table besluiten add constraint besluiten_document_check
  check (document in ('startnotitie', 'veiligheidsanalyse', 'ivp', 'uitvoeringsplan', 'projectplan'));
