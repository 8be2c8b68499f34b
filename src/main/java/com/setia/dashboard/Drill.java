package com.setia.dashboard;

import com.setia.customer.CustomerStatus;
import com.setia.incident.Channel;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;
import com.setia.winback.Outcome;

/** A part of a chart the owner clicked: the customers behind it are listed. {@code month} is an index in the period. */
public sealed interface Drill {
    /** Customers in the book with this status now. */
    record StatusNow(CustomerStatus status) implements Drill {
    }

    /** Customers whose status was set to this in the month. */
    record StatusChanged(int month, CustomerStatus status) implements Drill {
    }

    /** Customers with incidents in the month, of this channel or this severity (either may be null). */
    record Incidents(int month, Channel channel, Severity severity) implements Drill {
    }

    /** Customers whose case (clock started in the month; -1: the period) went past the red threshold. */
    record PastRed(int month) implements Drill {
    }

    /** Customers whose case closed with this outcome in the month. */
    record Closed(int month, Outcome outcome) implements Drill {
    }

    /** Customers with this loss reason ticked in the period. */
    record Reason(LossReason reason) implements Drill {
    }

    /** Customers with this health-check item ticked in the period. */
    record Health(com.setia.health.HealthItem item) implements Drill {
    }

    /** Customers on a rule change's list, told or not yet. */
    record RuleTold(long changeId, boolean told) implements Drill {
    }

    /** Customers going quiet today. */
    record Quiet() implements Drill {
    }

    /** Customers brought back in the month. */
    record BroughtBack(int month) implements Drill {
    }
}
