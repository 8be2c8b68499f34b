-- V15: an incident the owner decided needs no win-back case ("no case needed" on Today), so it leaves the Today list.
-- Incidents with neither a case nor this mark wait on Today, with their act-fast clock running from the incident.
CREATE TABLE winback_incident_set_aside (
    incident_id BIGINT                   NOT NULL,
    set_aside_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT winback_incident_set_aside_pk PRIMARY KEY (incident_id),
    CONSTRAINT winback_incident_set_aside_fk FOREIGN KEY (incident_id) REFERENCES incident (id)
);
