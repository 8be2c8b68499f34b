-- After every migration run on a PostgreSQL server (a Flyway callback, not a versioned migration): every Setia table
-- announces its committed changes (V40's setia_notify_change). Tables added by later migrations, or re-created by
-- one (V22 re-made letter_template), get their trigger here, so no table is ever left silent. Idempotent.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.relname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
          AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_notify')
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION setia_notify_change()',
                       t.relname || '_notify', t.relname);
    END LOOP;
END
$$;
