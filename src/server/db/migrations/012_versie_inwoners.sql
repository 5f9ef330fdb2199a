-- Kernplan: the population a user enters per region and year is versioned like every other
-- resource that is written with If-Match (ADR 0012).
alter table politie_inwoners add column versie integer not null default 1;
