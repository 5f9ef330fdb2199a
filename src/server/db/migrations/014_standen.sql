-- Kernplan: the state ("stand") of each workspace and of what all workspaces share, for the cache of
-- read answers (ADR 0017). Every write through the API gives the stands of what it changed a new
-- random value, after its commit and before its answer; a kept answer is used only while both stands
-- it was made at are unchanged. Random values never return to an earlier one, also not after a
-- restore. 'algemeen' is the shared part (users, organisations, police figures); a key without a row
-- has stand 0.
create table standen (
  sleutel text primary key,
  stand uuid not null
);
