package org.bwc.articlex.reference;

/** The kind of a requested item; screening reads it together with the item's description. */
public enum ItemKind {
    EQUIPMENT,
    MATERIAL,
    AGENT,
    TRAINING,
    EXPERTISE,
    INFORMATION,
    FUNDING
}
