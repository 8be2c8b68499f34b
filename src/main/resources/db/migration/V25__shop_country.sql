-- V25: the shop's country (MY or ID): how phone numbers typed without a country code are read, and the language
-- new customers start with. NULL until the owner chooses; Setia then goes by the interface language.
ALTER TABLE shop_settings ADD COLUMN country VARCHAR(2);
