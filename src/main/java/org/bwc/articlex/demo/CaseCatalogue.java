package org.bwc.articlex.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;

/**
 * The wording, items, prices and screening findings the generator dresses its historic cases in. Control-list rule ids
 * are the shipped list's own ({@code reference/control-list.csv}), so that the generated decision records read like
 * real ones; the odds are plausible, not measured.
 */
final class CaseCatalogue {

    private CaseCatalogue() {
    }

    /** Skewed like a real registry: training and equipment dominate, legislation and "other" are rare. */
    static final double[] CATEGORY_WEIGHTS = {20, 18, 12, 10, 4, 8, 7, 12, 6, 3};

    private record Template(String kind, String description, int minQuantity, int maxQuantity, String controlCode) {
    }

    private static final Map<AssistanceCategory, List<Template>> ITEMS = new EnumMap<>(AssistanceCategory.class);
    private static final Map<AssistanceCategory, Double> MEDIAN_COST_USD = new EnumMap<>(AssistanceCategory.class);

    static {
        put(AssistanceCategory.BIOSAFETY_BIOSECURITY_TRAINING, 60_000,
                t("TRAINING", "Biosafety officer course", 5, 30), t("TRAINING", "Biosecurity risk assessment workshop", 10, 40),
                t("EXPERTISE", "Mentoring of the institutional biosafety committee", 1, 3),
                t("EQUIPMENT", "Class II biosafety cabinet", 1, 4));
        put(AssistanceCategory.LABORATORY_EQUIPMENT, 180_000,
                t("EQUIPMENT", "Class II biosafety cabinet", 1, 6), t("EQUIPMENT", "Autoclave, 100 L", 1, 3),
                t("EQUIPMENT", "Real-time PCR thermocycler", 1, 4), t("EQUIPMENT", "Ultra-low temperature freezer", 1, 4),
                t("EQUIPMENT", "Bioreactor, 50 L working volume", 1, 2));
        put(AssistanceCategory.DISEASE_SURVEILLANCE, 250_000,
                t("EXPERTISE", "Design of an integrated human-animal surveillance system", 1, 2),
                t("INFORMATION", "Laboratory information management system", 1, 1),
                t("TRAINING", "Field epidemiology training", 10, 40), t("EQUIPMENT", "Sample transport cold boxes", 20, 200));
        put(AssistanceCategory.OUTBREAK_RESPONSE, 300_000,
                t("EQUIPMENT", "Mobile laboratory", 1, 2), t("MATERIAL", "Personal protective equipment kits", 100, 5000),
                t("EXPERTISE", "Rapid response team deployment", 1, 3), t("TRAINING", "Outbreak investigation exercise", 10, 60));
        put(AssistanceCategory.LEGISLATION_REGULATION, 40_000,
                t("EXPERTISE", "Drafting of national implementing legislation for the BWC", 1, 1),
                t("EXPERTISE", "Review of export control regulations", 1, 1), t("TRAINING", "Customs officer training", 10, 40));
        put(AssistanceCategory.EDUCATION_EXCHANGE, 50_000,
                t("TRAINING", "Fellowship in applied microbiology", 1, 6), t("INFORMATION", "Curriculum on responsible life sciences", 1, 1),
                t("TRAINING", "Laboratory staff exchange", 2, 10));
        put(AssistanceCategory.RESEARCH_COLLABORATION, 200_000,
                t("EXPERTISE", "Joint research on zoonotic pathogens", 1, 2), t("MATERIAL", "Reference strains and reagents", 1, 20),
                t("EQUIPMENT", "Next-generation sequencer", 1, 1));
        put(AssistanceCategory.DIAGNOSTICS, 150_000,
                t("MATERIAL", "Diagnostic test kits", 100, 10000), t("EQUIPMENT", "Real-time PCR thermocycler", 1, 3),
                t("TRAINING", "Quality management for diagnostic laboratories", 5, 20));
        put(AssistanceCategory.VACCINES_THERAPEUTICS, 400_000,
                t("EXPERTISE", "Technology transfer for veterinary vaccine production", 1, 1),
                t("EQUIPMENT", "Freeze-drying equipment for vaccine production", 1, 1),
                t("MATERIAL", "Cold-chain equipment for vaccine distribution", 10, 100));
        put(AssistanceCategory.OTHER, 80_000,
                t("EXPERTISE", "National biosafety and biosecurity strategy", 1, 1), t("INFORMATION", "Awareness-raising materials", 100, 1000));
    }

    private static Template t(String kind, String description, int min, int max) {
        return new Template(kind, description, min, max, null);
    }

    private static void put(AssistanceCategory category, double medianCost, Template... templates) {
        ITEMS.put(category, List.of(templates));
        MEDIAN_COST_USD.put(category, medianCost);
    }

    static List<CaseSimulator.Item> items(AssistanceCategory category, Random random) {
        List<Template> templates = new ArrayList<>(ITEMS.get(category));
        int count = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
        List<CaseSimulator.Item> items = new ArrayList<>();
        for (int i = 0; i < count && !templates.isEmpty(); i++) {
            Template template = templates.remove(random.nextInt(templates.size()));
            int quantity = template.minQuantity() + random.nextInt(template.maxQuantity() - template.minQuantity() + 1);
            items.add(new CaseSimulator.Item(template.kind(), template.description(), quantity, template.controlCode()));
        }
        return items;
    }

    static String title(AssistanceCategory category, List<CaseSimulator.Item> items, StateParty state) {
        String title = items.get(0).description() + " for " + state.name();
        return title.length() <= 200 ? title : title.substring(0, 200);
    }

    static String description(AssistanceCategory category, List<CaseSimulator.Item> items, StateParty state, Random random) {
        return category.label() + ": " + String.join("; ", items.stream().map(CaseSimulator.Item::description).toList())
                + ". Requested by " + state.name() + " (historic case, generated).";
    }

    static String endUse(AssistanceCategory category, Random random) {
        return switch (category) {
            case LABORATORY_EQUIPMENT, DIAGNOSTICS -> "Diagnosis of endemic and zoonotic diseases";
            case DISEASE_SURVEILLANCE, OUTBREAK_RESPONSE -> "Detection of and response to disease outbreaks";
            case VACCINES_THERAPEUTICS -> "Production of veterinary vaccines for national use";
            case RESEARCH_COLLABORATION -> "Peaceful research on pathogens of public health importance";
            default -> "Strengthening national biosafety and biosecurity";
        };
    }

    static String facility(AssistanceCategory category, StateParty state, Random random) {
        String[] kinds = {"National Public Health Laboratory", "Central Veterinary Laboratory", "National Reference Laboratory",
            "University Teaching Hospital Laboratory", "Ministry of Health"};
        return kinds[random.nextInt(kinds.length)] + ", " + state.name();
    }

    static BigDecimal cost(AssistanceCategory category, Random random) {
        double value = MEDIAN_COST_USD.get(category) * Math.exp(0.7 * random.nextGaussian());
        return BigDecimal.valueOf(Math.max(1_000, value)).setScale(-2, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    static String currency(Random random) {
        double draw = random.nextDouble();
        return draw < 0.82 ? "USD" : draw < 0.94 ? "EUR" : draw < 0.97 ? "GBP" : "CHF";
    }

    static String language(StateParty state, Random random) {
        if (state.region() == Region.LATIN_AMERICAN_CARIBBEAN && random.nextDouble() < 0.7) {
            return "es";
        }
        if (state.region() == Region.AFRICAN && random.nextDouble() < 0.35) {
            return "fr";
        }
        double draw = random.nextDouble();
        return draw < 0.85 ? "en" : draw < 0.9 ? "ar" : draw < 0.95 ? "ru" : "zh";
    }

    private static final String[] CONDITIONAL_RULES = {"AG-EQ-FERMENTER-20L", "AG-EQ-FREEZE-DRYER", "AG-EQ-CLASS-III-BSC",
        "AG-EQ-CROSSFLOW-FILTRATION", "AG-EQ-PROTECTIVE-SUIT", "AG-EQ-NUCLEIC-ACID-SYNTHESIZER", "AG-EQ-CENTRIFUGAL-SEPARATOR"};
    private static final String[] REFERRED_RULES = {"SCR-RISK-GROUP-4", "SCR-NO-END-USE", "SCR-BSL-BELOW-RISK-GROUP",
        "SCR-CAPACITY-UNKNOWN", "SCR-STRAIN-UNSPECIFIED"};
    private static final String[] DENIED_RULES = {"SCR-WEAPON-OR-MEANS-OF-DELIVERY", "AG-EQ-SPRAY-FOG-SYSTEMS"};

    static CaseSimulator.ScreeningDraw screening(String outcome, int itemCount, boolean developing, Random random) {
        int restricted = outcome.equals("CLEARED") ? 0 : 1 + random.nextInt(itemCount);
        List<String> rules = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        switch (outcome) {
            case "CONDITIONAL" -> {
                rules.add(CONDITIONAL_RULES[random.nextInt(CONDITIONAL_RULES.length)]);
                conditions.addAll(List.of("END_USE_ASSURANCE", "NO_RE_EXPORT"));
            }
            case "REFERRED" -> {
                rules.add(CONDITIONAL_RULES[random.nextInt(CONDITIONAL_RULES.length)]);
                rules.add(REFERRED_RULES[random.nextInt(REFERRED_RULES.length)]);
                conditions.addAll(List.of("END_USE_ASSURANCE", "END_USER_CERTIFICATE", "NO_RE_EXPORT"));
            }
            case "DENIED" -> rules.add(DENIED_RULES[random.nextInt(DENIED_RULES.length)]);
            default -> {
                // nothing controlled
            }
        }
        boolean inconsistent = (outcome.equals("CLEARED") || outcome.equals("CONDITIONAL")) && random.nextDouble() < 0.03;
        return new CaseSimulator.ScreeningDraw(outcome, restricted, List.copyOf(rules), List.copyOf(conditions), developing,
                inconsistent);
    }

    static String justification(String decision, CaseSimulator.ScreeningDraw screening) {
        String rules = screening.rules().isEmpty() ? "no control-list entry" : String.join(", ", screening.rules());
        return switch (decision) {
            case "DENY" -> "Denied under " + rules + ": the item is covered by the cited legal ground; the other items proceed.";
            case "APPROVE" -> "Approved: on review the findings (" + rules + ") do not call for any restriction.";
            default -> "Approved with conditions (" + rules + "): end-use assurance, end-user certificate, no re-export.";
        };
    }
}
