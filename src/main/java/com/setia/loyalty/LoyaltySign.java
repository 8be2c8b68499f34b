package com.setia.loyalty;

/** The six signs of a loyal customer (docs/domain.md, "Loyal and livid"), in the source's order. */
public enum LoyaltySign {
    RECOMMENDS,
    GIVES_FEEDBACK,
    RAISES_PROBLEMS,
    BUYS_AGAIN,
    BRINGS_IDEAS,
    TURNS_DOWN_COMPETITORS;

    /** The bundle key of the sign's wording. */
    public String messageKey() {
        return "loyalty.sign." + name();
    }
}
