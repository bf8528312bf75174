-- Audit: who last changed a draft (its creator and publisher are already recorded), as the token's subject.
ALTER TABLE plan_version ADD COLUMN updated_by text;
UPDATE plan_version SET updated_by = created_by WHERE status = 'DRAFT';
