-- V20: the owner's title in each letter language, so an English letter is not signed "Pemilik".
-- The one title there was becomes the Malay one and is copied to Indonesian ("Pemilik" is the same word in both);
-- the English title starts empty (a letter then prints the English default, "Owner").
ALTER TABLE shop_settings RENAME COLUMN owner_title TO owner_title_ms;
ALTER TABLE shop_settings ADD COLUMN owner_title_id VARCHAR(200);
ALTER TABLE shop_settings ADD COLUMN owner_title_en VARCHAR(200);
UPDATE shop_settings SET owner_title_id = owner_title_ms;
