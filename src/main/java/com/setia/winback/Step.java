package com.setia.winback;

/** The four steps of the win-back workflow (domain.md section 2), walked in this order. */
public enum Step {
    ACT_FAST, APOLOGISE, EXPLAIN, OLIVE_BRANCH;

    /** 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    public String messageKey() {
        return "winback.step." + name();
    }

    /** What the source asks of this step, as a short hint for the owner. */
    public String hintKey() {
        return "winback.step." + name() + ".hint";
    }
}
