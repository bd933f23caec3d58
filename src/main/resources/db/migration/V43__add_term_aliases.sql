-- Names of a tag or category in other languages (Kubernetes / 容器编排), one per line; search indexes them with the
-- names so a query in one language finds posts labelled in the other. Null when there are none.
ALTER TABLE tag ADD COLUMN aliases VARCHAR(1100);
ALTER TABLE category ADD COLUMN aliases VARCHAR(1100);
