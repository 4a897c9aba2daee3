-- Replies logged before the reply log had a kind: posted through Google's API, or copied for another site.
UPDATE "review_replies" SET "kind" = CASE WHEN "posted" THEN 'posted' ELSE 'copied' END;
