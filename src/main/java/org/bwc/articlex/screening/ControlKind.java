package org.bwc.articlex.screening;

/** What a control-list entry describes (the list's {@code kind} column). */
public enum ControlKind {
    VIRUS,
    BACTERIUM,
    FUNGUS,
    TOXIN,
    GENETIC_ELEMENT,
    EQUIPMENT,
    TECHNOLOGY
}
