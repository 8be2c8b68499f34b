-- V41 (PostgreSQL only): the tables added since V40 was written announce their changes too (see V40).
CREATE TRIGGER shop_currency_notify AFTER INSERT OR UPDATE OR DELETE ON shop_currency
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER salutation_notify AFTER INSERT OR UPDATE OR DELETE ON salutation
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER import_mapping_notify AFTER INSERT OR UPDATE OR DELETE ON import_mapping
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER import_batch_notify AFTER INSERT OR UPDATE OR DELETE ON import_batch
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER import_batch_customer_notify AFTER INSERT OR UPDATE OR DELETE ON import_batch_customer
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
CREATE TRIGGER winback_incident_set_aside_notify AFTER INSERT OR UPDATE OR DELETE ON winback_incident_set_aside
    FOR EACH ROW EXECUTE FUNCTION setia_notify_change();
