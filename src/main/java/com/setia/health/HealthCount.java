package com.setia.health;

/** How many customers have a health-check item ticked. */
public record HealthCount(HealthItem item, int customers) {
}
