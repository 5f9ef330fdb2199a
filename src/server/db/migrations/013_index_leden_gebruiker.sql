-- Kernplan: the workspaces of a user (the overview after sign-in) and "is this user a coordinator
-- anywhere" (may start a workspace) look members up by user. Without an index that is a scan of all
-- members: 3,500 rows at national scale (bench:load --landelijk), a quarter of a millisecond per request.
create index leden_gebruiker on leden (gebruiker_id);
