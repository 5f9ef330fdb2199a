-- Throttling of sign-in (ADR 0013): the counters of rate-limiter-flexible (RateLimiterPostgres), in
-- the layout that library expects. One row per key: 'account:<user id>', 'account:onbekend:<sha256 of
-- an unknown e-mail address>' or 'adres:<client address>'; expire in milliseconds since 1970.
-- Shared by every server process on the same database. Expired rows are removed by the library.
create table aanmeldbeperking (
  key varchar(255) primary key,
  points integer not null default 0,
  expire bigint
);
create index aanmeldbeperking_expire on aanmeldbeperking (expire);

-- The old counting table is no longer read or written (kept: migrations only go forward).
comment on table aanmeldpogingen is 'Niet meer in gebruik sinds migratie 010 (aanmeldbeperking).';
