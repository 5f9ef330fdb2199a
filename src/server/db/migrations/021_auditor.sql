-- Kernplan: the auditor role (issue 19). People from outside the municipality (a rekenkamer, an
-- internal audit) read the plan, its analysis, documents and dashboard and record their evaluation,
-- but change nothing in the plan. The default constraint names of migration 002 are replaced.

alter table leden drop constraint if exists leden_rol_check;
alter table leden add constraint leden_rol_check check (rol in ('coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'));

alter table uitnodigingen drop constraint if exists uitnodigingen_rol_check;
alter table uitnodigingen add constraint uitnodigingen_rol_check check (rol in ('coordinator', 'redacteur', 'partner', 'beslisser', 'raad', 'lezer', 'auditor'));

-- The organisation kind of a rekenkamer or audit office.
alter table organisaties drop constraint if exists organisaties_soort_check;
alter table organisaties add constraint organisaties_soort_check check (soort in ('gemeente', 'politie', 'om', 'zorg', 'jeugd', 'woningcorporatie', 'rekenkamer', 'overig'));
