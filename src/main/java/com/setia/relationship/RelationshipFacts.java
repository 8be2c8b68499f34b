package com.setia.relationship;

import java.time.LocalDate;
import java.util.List;

import com.setia.contact.Contact;
import com.setia.customer.Customer;
import com.setia.loyalty.LoyaltySign;
import com.setia.reasons.LossReason;
import com.setia.visit.VisitService;
import com.setia.visit.VisitSummary;

/**
 * The relationship with one customer at a glance, for the header of their page: last visit and usual gap, last
 * contact, an open case (the day it started), the loss reasons ticked, the loyalty signs, and the status.
 */
public record RelationshipFacts(
        Customer customer,
        VisitSummary visits,
        VisitService.UsualGap usualGap,
        int daysSinceVisit,
        boolean goingQuiet,
        Contact lastContact,
        LocalDate openCaseSince,
        List<LossReason> lossReasons,
        List<LoyaltySign> loyaltySigns) {
}
