-- Schema version 7: every CHECK of a column against a list of values, `x IN ('a', 'b', 'c')`,
-- is written as comparisons, `(x = 'a' OR x = 'b' OR x = 'c')`. Same rule, same tables and
-- rows; SQLite checks an IN list of more than two values by building a temporary index
-- for every row it writes, which took a quarter of an import's time. The rewrite of each
-- table's definition is done in Rust (`checks_as_comparisons` in src/store/sqlite/mod.rs):
-- this file only holds the version's place.
SELECT 1;
