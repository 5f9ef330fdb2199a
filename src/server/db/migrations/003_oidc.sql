-- Sign-in with OpenID Connect: the IdP's subject per user, and short-lived sign-in attempts
-- (state, nonce and PKCE verifier) that the callback must match.
alter table gebruikers add column oidc_issuer text;
alter table gebruikers add column oidc_sub text;
create unique index gebruikers_oidc on gebruikers (oidc_issuer, oidc_sub) where oidc_sub is not null;

create table oidc_aanvragen (
  id_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  terug text,
  aangemaakt_op timestamptz not null default now()
);
