-- A results snapshot is what the Sekda reviewed and the head decided on: a correction is a new
-- snapshot (with a reason), never an edit of an old one, whatever the application code does.
CREATE FUNCTION result_snapshot_is_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ResultSnapshot is immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER result_snapshot_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "ResultSnapshot"
  FOR EACH ROW EXECUTE FUNCTION result_snapshot_is_immutable();

CREATE TRIGGER result_snapshot_no_truncate
  BEFORE TRUNCATE ON "ResultSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION result_snapshot_is_immutable();
