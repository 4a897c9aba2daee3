-- Each connector names the customers and interactions it makes with ids of its own: two accounts of
-- the same kind (two YCLIENTS branches) both have a client 55 and a visit 123, who are different
-- people and visits. Existing connectors keep the ids they made: per organisation and kind, the
-- first created keeps the kind, the next ones get `kind-2`, `kind-3`… so only records they import
-- from now on get ids of their own. What two of them already merged into one customer or
-- interaction stays merged: nothing records which account it came from.
UPDATE "connectors" c SET "id_prefix" = CASE WHEN r.n = 1 THEN c."kind" ELSE c."kind" || '-' || r.n END
  FROM (SELECT id, row_number() OVER (PARTITION BY org_id, kind ORDER BY created_at, id) AS n FROM "connectors") r
 WHERE c.id = r.id;
