-- V5: the owner's win-back settings, e.g. the act-fast thresholds in hours (amber, then red).
CREATE TABLE winback_setting (
    name          VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO winback_setting (name, setting_value, updated_at) VALUES
    ('actFast.amberHours', '24', CURRENT_TIMESTAMP),
    ('actFast.redHours', '72', CURRENT_TIMESTAMP);
