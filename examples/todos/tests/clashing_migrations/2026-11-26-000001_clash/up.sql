-- Shares its version with passage-graphql's first migration: refused.
SELECT 1;
