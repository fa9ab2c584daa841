-- Schema version 9: an initiative's eight scaling-readiness ratings are columns of its
-- own row, `rating_<criterion>` (0 not met, 1 partly met, 2 met; NULL not rated), instead
-- of a row each in the table readiness_rating. At 100,000 initiatives that table held
-- 559,000 rows, half of all the file's rows: read on every load, written on every import
-- and demo (a third of their time). The ratings move over unchanged; the table goes.
ALTER TABLE initiative ADD COLUMN rating_public_value INTEGER CHECK (rating_public_value BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_ethics_privacy INTEGER CHECK (rating_ethics_privacy BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_structural_funding INTEGER CHECK (rating_structural_funding BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_knowledge_capacity INTEGER CHECK (rating_knowledge_capacity BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_ownership INTEGER CHECK (rating_ownership BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_integration_standards INTEGER CHECK (rating_integration_standards BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_regulation INTEGER CHECK (rating_regulation BETWEEN 0 AND 2);
ALTER TABLE initiative ADD COLUMN rating_collaboration_adoption INTEGER CHECK (rating_collaboration_adoption BETWEEN 0 AND 2);
UPDATE initiative SET
    rating_public_value = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'public_value'),
    rating_ethics_privacy = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'ethics_privacy'),
    rating_structural_funding = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'structural_funding'),
    rating_knowledge_capacity = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'knowledge_capacity'),
    rating_ownership = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'ownership'),
    rating_integration_standards = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'integration_standards'),
    rating_regulation = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'regulation'),
    rating_collaboration_adoption = (SELECT rating FROM readiness_rating
        WHERE initiative_id = initiative.id AND criterion = 'collaboration_adoption')
WHERE id IN (SELECT initiative_id FROM readiness_rating);
DROP TABLE readiness_rating;
