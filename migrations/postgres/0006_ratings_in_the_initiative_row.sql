-- Server schema version 6 (the file's version 9): an initiative's eight scaling-readiness
-- ratings are columns of its own row, `rating_<criterion>` (0 not met, 1 partly met,
-- 2 met; NULL not rated), instead of a row each in the table readiness_rating (half of
-- all rows at 100,000 initiatives, read on every load and written on every import). The
-- ratings move over unchanged; the table goes.
ALTER TABLE initiative ADD COLUMN rating_public_value INTEGER CHECK (rating_public_value BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_ethics_privacy INTEGER CHECK (rating_ethics_privacy BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_structural_funding INTEGER CHECK (rating_structural_funding BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_knowledge_capacity INTEGER CHECK (rating_knowledge_capacity BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_ownership INTEGER CHECK (rating_ownership BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_integration_standards INTEGER CHECK (rating_integration_standards BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_regulation INTEGER CHECK (rating_regulation BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_collaboration_adoption INTEGER CHECK (rating_collaboration_adoption BETWEEN 0 AND 2);
UPDATE initiative SET
    rating_public_value = r.public_value,
    rating_ethics_privacy = r.ethics_privacy,
    rating_structural_funding = r.structural_funding,
    rating_knowledge_capacity = r.knowledge_capacity,
    rating_ownership = r.ownership,
    rating_integration_standards = r.integration_standards,
    rating_regulation = r.regulation,
    rating_collaboration_adoption = r.collaboration_adoption
FROM (SELECT initiative_id,
           max(rating) FILTER (WHERE criterion = 'public_value') AS public_value,
           max(rating) FILTER (WHERE criterion = 'ethics_privacy') AS ethics_privacy,
           max(rating) FILTER (WHERE criterion = 'structural_funding') AS structural_funding,
           max(rating) FILTER (WHERE criterion = 'knowledge_capacity') AS knowledge_capacity,
           max(rating) FILTER (WHERE criterion = 'ownership') AS ownership,
           max(rating) FILTER (WHERE criterion = 'integration_standards') AS integration_standards,
           max(rating) FILTER (WHERE criterion = 'regulation') AS regulation,
           max(rating) FILTER (WHERE criterion = 'collaboration_adoption') AS collaboration_adoption
      FROM readiness_rating GROUP BY initiative_id) AS r
WHERE r.initiative_id = initiative.id;
DROP TABLE readiness_rating;

INSERT INTO schema_version (version) VALUES (6);
