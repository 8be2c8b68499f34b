-- V16: the shop's currency, chosen in Settings (one row, id = 1). With no row, Setia uses RM for a Malay and
-- Rp for an Indonesian window. Amounts (a win-back offer's value) are shown and read in this currency.
CREATE TABLE shop_currency (
    id         INT         NOT NULL PRIMARY KEY,
    currency   VARCHAR(3)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT shop_currency_single_ck CHECK (id = 1),
    CONSTRAINT shop_currency_code_ck CHECK (currency IN ('MYR', 'IDR'))
);
