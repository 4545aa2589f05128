package org.bwc.articlex.screening;

/** Sections of the control list (Australia Group common control lists). */
public enum ControlSection {
    HUMAN_ANIMAL_PATHOGEN,
    TOXIN,
    PLANT_PATHOGEN,
    GENETIC_ELEMENT,
    DUAL_USE_EQUIPMENT,
    TECHNOLOGY;

    /** Biological material: the facility's biosafety level matters for it. */
    public boolean biological() {
        return this == HUMAN_ANIMAL_PATHOGEN || this == TOXIN || this == PLANT_PATHOGEN || this == GENETIC_ELEMENT;
    }
}
