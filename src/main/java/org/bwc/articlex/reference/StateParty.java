package org.bwc.articlex.reference;

/** A State Party to the BWC, with what Articles III and X need to know about it. */
public record StateParty(String code, String name, Region region, DevelopmentStatus development, String contactEmail) {

    public boolean developing() {
        return development.isDeveloping();
    }

    /** The Camunda group of the State's users, e.g. {@code sp-KEN}. */
    public String group() {
        return "sp-" + code;
    }
}
