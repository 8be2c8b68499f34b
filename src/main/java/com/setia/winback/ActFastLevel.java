package com.setia.winback;

/** How the time since the incident stands against the owner's act-fast thresholds. */
public enum ActFastLevel {
    /** Within the amber threshold. */
    CALM,
    /** Past the amber threshold. */
    AMBER,
    /** Past the red threshold. */
    RED
}
