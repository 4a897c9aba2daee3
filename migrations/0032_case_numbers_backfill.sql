-- Case numbers count per organisation. They came from one sequence shared by every organisation, so
-- a new organisation's first case was #38 after the demo's #1–#37: it told every organisation how
-- many cases the others had. Existing cases are renumbered per organisation in the order they were
-- opened (through negative numbers, so the unique (org_id, number) index never sees two at once),
-- and each organisation's counter continues after its last case.
UPDATE "cases" SET "number" = -"number";--> statement-breakpoint
UPDATE "cases" c SET "number" = r.n
  FROM (SELECT id, row_number() OVER (PARTITION BY org_id ORDER BY -"number") AS n FROM "cases") r
 WHERE c.id = r.id;--> statement-breakpoint
INSERT INTO "case_counters" (org_id, last) SELECT org_id, max("number") FROM "cases" GROUP BY org_id;--> statement-breakpoint
-- Every insert takes the organisation's next number, whatever path it comes by (rules, manual, imports).
CREATE FUNCTION next_case_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_counters AS c (org_id, last) VALUES (NEW.org_id, 1)
    ON CONFLICT (org_id) DO UPDATE SET last = c.last + 1
    RETURNING last INTO NEW.number;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER cases_number BEFORE INSERT ON "cases" FOR EACH ROW EXECUTE FUNCTION next_case_number();
