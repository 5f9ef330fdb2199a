-- Kernplan: the target forms real plans use (issue 16, point 4). A measurement may carry the
-- benchmark it is printed with in a budget ('6 / 8': value 6, benchmark 8). The new target forms,
-- the unit per 10,000 and the group of a rate (noemer) live in the indicator's JSON (gegevens) and
-- need no column: an indicator stored before this migration reads as before.
alter table indicator_metingen add column benchmark double precision;
