package com.setia.rulechange;

/** What changed: a price, opening hours, a policy or a procedure (domain.md section 3.1). */
public enum RuleKind {
    PRICE, OPENING_HOURS, POLICY, PROCEDURE;

    public String messageKey() {
        return "rules.kind." + name();
    }

    /** The bundle key of the kind as a noun inside the notice sentence ("the prices", "our opening hours"). */
    public String noticeKey() {
        return "rules.notice.kind." + name();
    }
}
