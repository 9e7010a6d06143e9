-- The audit log and the workflow history are append-only: any UPDATE or DELETE is refused by the
-- database itself, whichever code path tries it. (A database superuser can still disable the trigger;
-- the SM3 hash chain of the audit log then exposes the change: `npm run admin -- verify-audit`.)
CREATE FUNCTION jx_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION jx_refuse_change();
--> statement-breakpoint
CREATE TRIGGER workflow_events_append_only BEFORE UPDATE OR DELETE ON workflow_events
  FOR EACH ROW EXECUTE FUNCTION jx_refuse_change();
