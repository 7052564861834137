-- TRUNCATE skips row triggers, so the append-only rule needs a statement-level trigger too.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
