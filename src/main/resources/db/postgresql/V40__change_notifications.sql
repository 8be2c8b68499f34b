-- V40 (PostgreSQL only): every committed change to a Setia table is announced on the channel 'setia_change', so the
-- other PCs on the server refresh their search index and their Today list at once (store.PgChangeFeed listens).
-- Payload: 'table:key', the key being the row's customer_id when it has one (whose page to refresh), else its id.
-- PostgreSQL delivers a notification only when its transaction commits, and never one of a rolled-back change.
-- The embedded H2 store has one writer and needs none of this, so it has no V40.
CREATE FUNCTION setia_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := to_jsonb(OLD);
    ELSE
        r := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('setia_change', TG_TABLE_NAME || ':' || COALESCE(r ->> 'customer_id', r ->> 'id', ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER customer_notify AFTER INSERT OR UPDATE OR DELETE ON customer
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER incident_notify AFTER INSERT OR UPDATE OR DELETE ON incident
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER loss_reason_tick_notify AFTER INSERT OR UPDATE OR DELETE ON loss_reason_tick
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER winback_case_notify AFTER INSERT OR UPDATE OR DELETE ON winback_case
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER winback_step_notify AFTER INSERT OR UPDATE OR DELETE ON winback_step
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER winback_follow_up_notify AFTER INSERT OR UPDATE OR DELETE ON winback_follow_up
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER winback_setting_notify AFTER INSERT OR UPDATE OR DELETE ON winback_setting
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER shop_settings_notify AFTER INSERT OR UPDATE OR DELETE ON shop_settings
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER letter_template_notify AFTER INSERT OR UPDATE OR DELETE ON letter_template
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER letter_notify AFTER INSERT OR UPDATE OR DELETE ON letter
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
