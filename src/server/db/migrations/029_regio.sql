-- Kernplan: de regionale werkruimte (issue 17, ADR 0023). Een regio (politie-eenheid, district,
-- veiligheidsregio, RIEC of een vrije regio) is een planwerkruimte met haar eigen thema's (bewaard als
-- de prioriteiten van het regionale plan) en een lijst lidgemeenten. De eigen gemeente van de
-- werkruimte is de trekker (bijvoorbeeld de gemeente van de regioburgemeester).
alter table werkruimtes add column regiosoort text
  check (regiosoort is null or regiosoort in ('politie-eenheid', 'district', 'veiligheidsregio', 'riec', 'vrij', 'landelijk'));
alter table werkruimtes add column regiogemeenten jsonb not null default '[]';
-- Een gemeente deelt haar prioriteiten in concept met de regio's waarin ze ligt; een vastgesteld IVP
-- deelt ze altijd (het is een openbaar raadsbesluit).
alter table werkruimtes add column deelt_met_regio boolean not null default false;
-- Een gemeente staat in het landelijke beeld van prioriteiten alleen bij naam als ze daarmee instemt;
-- anders telt ze alleen mee in de aantallen.
alter table werkruimtes add column landelijk_bij_naam boolean not null default false;
