package org.bwc.articlex.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the classifier needs beyond the control list itself: context words, product forms, vague
 * words. Names of entries are data (control-list-names.csv), never here; these only help read a
 * description, they never add an entry.
 */
final class MatchingAids {

    private MatchingAids() {
    }

    /** Word sets are written naturally and folded like descriptions, so "supplies" matches "supplies". */
    private static Set<String> words(String... ws) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : ws) {
            out.add(Tokens.fold(w.toLowerCase(java.util.Locale.ROOT)));
        }
        return Set.copyOf(out);
    }

    /**
     * Virus groups whose listed members are many: naming the group without a member cannot be cleared
     * (SCR-SPECIES-UNSPECIFIED). Keys are folded words.
     */
    static final Map<String, List<String>> VIRUS_GROUPS = Map.of(
            "hantavirus", List.of("AG-HAP-VIR-ANDES", "AG-HAP-VIR-CHOCLO", "AG-HAP-VIR-DOBRAVA-BELGRADE",
                    "AG-HAP-VIR-HANTAAN", "AG-HAP-VIR-LAGUNA-NEGRA", "AG-HAP-VIR-SEOUL", "AG-HAP-VIR-SIN-NOMBRE"),
            "orthohantavirus", List.of("AG-HAP-VIR-ANDES", "AG-HAP-VIR-CHOCLO", "AG-HAP-VIR-DOBRAVA-BELGRADE",
                    "AG-HAP-VIR-HANTAAN", "AG-HAP-VIR-LAGUNA-NEGRA", "AG-HAP-VIR-SEOUL", "AG-HAP-VIR-SIN-NOMBRE"),
            "arenavirus", List.of("AG-HAP-VIR-CHAPARE", "AG-HAP-VIR-GUANARITO", "AG-HAP-VIR-JUNIN",
                    "AG-HAP-VIR-LASSA", "AG-HAP-VIR-LUJO", "AG-HAP-VIR-LCMV", "AG-HAP-VIR-MACHUPO", "AG-HAP-VIR-SABIA"),
            "mammarenavirus", List.of("AG-HAP-VIR-CHAPARE", "AG-HAP-VIR-GUANARITO", "AG-HAP-VIR-JUNIN",
                    "AG-HAP-VIR-LASSA", "AG-HAP-VIR-LUJO", "AG-HAP-VIR-LCMV", "AG-HAP-VIR-MACHUPO", "AG-HAP-VIR-SABIA"),
            "henipavirus", List.of("AG-HAP-VIR-HENDRA", "AG-HAP-VIR-NIPAH"),
            "orthopoxvirus", List.of("AG-HAP-VIR-VARIOLA", "AG-HAP-VIR-MONKEYPOX"),
            "capripoxvirus", List.of("AG-HAP-VIR-GOATPOX", "AG-HAP-VIR-SHEEPPOX", "AG-HAP-VIR-LUMPY-SKIN-DISEASE"),
            "filovirus", List.of("AG-HAP-VIR-EBOLA", "AG-HAP-VIR-MARBURG"));

    /**
     * Words that, after a listed genus, mean "some organism of this genus" rather than a named species
     * ("Brucella isolates", "Coccidioides spp."). Folded.
     */
    static final Set<String> UNNAMED_SPECIES_WORDS = words(
            "sp", "spp", "species", "isolate", "strain", "culture", "sample", "specimen", "stock", "suspension",
            "cell", "spore", "colony", "inoculum", "pathogen", "organism", "bacteria", "bacterium", "fungus",
            "fungi", "live", "field", "wild", "type");

    /**
     * Words of taxonomic rank that introduce a qualifier after a binomial, folded to one marker each
     * ("subsp." and "subspecies" are the same marker).
     */
    static final Map<String, String> QUALIFIER_MARKERS = folded(Map.ofEntries(
            Map.entry("subspecies", "subsp"), Map.entry("subsp", "subsp"), Map.entry("ssp", "subsp"),
            Map.entry("pv", "pv"), Map.entry("pathovar", "pv"),
            Map.entry("serovar", "serovar"), Map.entry("serotype", "serovar"), Map.entry("serogroup", "serogroup"),
            Map.entry("race", "race"), Map.entry("biovar", "biovar"), Map.entry("biotype", "biovar"),
            Map.entry("var", "var"), Map.entry("variety", "var"),
            Map.entry("type", "type"), Map.entry("toxinotype", "type"),
            Map.entry("raza", "race"), Map.entry("tipo", "type"), Map.entry("serotipo", "serovar"),
            Map.entry("subespecie", "subsp")));

    private static Map<String, String> folded(Map<String, String> m) {
        Map<String, String> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(Tokens.fold(k), v));
        return Map.copyOf(out);
    }

    /**
     * Words that, next to a single place-like agent name, make it the agent ("Marburg outbreak",
     * "Lassa samples") rather than the place ("workshop in Marburg"). Folded.
     */
    static final Set<String> BIOLOGICAL_CONTEXT = words(
            "virus", "viral", "strain", "isolate", "pathogen", "infection", "infected", "fever", "disease",
            "outbreak", "sample", "specimen", "culture", "diagnostic", "diagnostics", "diagnosis", "assay",
            "antigen", "antibody", "antibodies", "serum", "sera", "rna", "genome", "vaccine", "epidemic", "case",
            "cases", "sequencing", "clade", "lineage", "patient", "patients", "toxin", "bacteria", "bacterium",
            "pathogenic", "infectious", "zoonotic", "surveillance", "vaccination", "epidemiology",
            "transmissibility", "transmission", "virulence", "pathogenicity", "lethality",
            // French and Spanish
            "viral", "souche", "cepa", "echantillon", "muestra", "vaccin", "vacuna", "diagnostico", "brote",
            "epidemie", "epidemia", "infeccion", "bacterie", "toxina", "toxine", "enfermedad", "maladie", "fievre",
            "fiebre", "foyer", "vigilancia", "cultivo", "aislado", "isolat", "patogeno", "pathogene");

    /** Words of computing and machinery: next to them an abbreviation ("GTX 1080") names no toxin. Folded. */
    static final Set<String> NON_BIOLOGICAL_CONTEXT = words(
            "gpu", "graphics", "graphic", "card", "computer", "laptop", "workstation", "processor", "cpu", "chip",
            "software", "server", "monitor", "display", "nvidia", "geforce", "radeon", "intel", "motor", "engine",
            "vehicle", "car", "tyre", "tire", "camera", "cable", "printer", "battery", "ordinateur", "tarjeta",
            "grafica", "graphique", "computadora", "ordenador", "portatil", "portable",
            "mri", "irm", "imaging", "contrast", "contraste", "resonance", "resonancia", "radiology", "scanner");

    /** Words that say an agent item names an organism (fail-safe for materials). Folded. */
    static final Set<String> ORGANISM_WORDS = words(
            "strain", "strains", "isolate", "culture", "cultures", "virus", "viruses", "bacteria", "bacterium",
            "bacterial", "fungus", "fungi", "fungal", "yeast", "mould", "mold", "toxin", "toxins", "spore", "spores",
            "microorganism", "microorganisms", "micro", "microbe", "microbes", "microbial", "pathogen", "pathogens",
            "inoculum", "phage", "bacteriophage", "viroid", "prion", "parasite", "protozoa", "rickettsia",
            "souche", "souches", "bacterie", "bacteries", "champignon", "levure", "toxine", "microorganisme",
            "cepa", "cepas", "cultivo", "bacterias", "hongo", "hongos", "levadura", "toxina", "microorganismo",
            "aislado", "espora", "esporas", "inoculo");

    /**
     * Uses with pathogens: an equipment exclusion for food, drink or waste ("compost", "milk") does not take
     * an item out of its entry when the description also names one of these. Folded.
     */
    static final Set<String> PATHOGEN_USE_WORDS = words(
            "vaccine", "vaccines", "vaccin", "vacuna", "pathogen", "pathogens", "pathogenic", "pathogene",
            "patogeno", "virus", "viruses", "toxin", "toxins", "toxine", "toxina", "bsl", "biosafety",
            "biocontainment", "bioseguridad", "biosecurite", "microorganism", "microorganisme", "microorganismo");

    /** Culture media: next to them "culture" or "cultivo" is what organisms grow in, not an organism. Folded. */
    static final Set<String> CULTURE_MEDIA = words(
            "media", "medium", "broth", "agar", "medio", "medios", "caldo", "milieu", "milieux", "bouillon",
            "gelose");

    /** Words that make a containment abbreviation ("P3", "BSL-3") a containment level. Folded. */
    static final Set<String> CONTAINMENT_WORDS = words(
            "containment", "biosafety", "biocontainment", "bsl", "biosecurity", "room", "suite", "lab",
            "laboratoire", "laboratorio", "confinement", "contencion", "bioseguridad", "biosecurite");

    /** Words of dissemination: with an agent or toxin they make an item a means of delivery. Folded. */
    static final Set<String> DISSEMINATION_WORDS = words(
            "disseminate", "disseminating", "dissemination", "disperse", "dispersing", "dispersal", "dispersion",
            "aerosolize", "aerosolizing", "aerosolization", "aerosolise", "aerosolising", "aerosolisation",
            "diseminar", "diseminacion", "dispersar", "dispersion", "disseminer", "dissemination", "disperser");

    /** Words naming biological agents in general, for the weapon ground. Folded. */
    static final Set<String> AGENT_WORDS = words(
            "biological", "bacteriological", "germ", "pathogen", "pathogens", "toxin", "toxins", "spores",
            "bacteria", "virus", "viruses", "biologique", "biologico", "biologica", "toxine", "toxina");

    /** Inactivated material: not a live agent, but its inactivation may need checking. Folded. */
    static final Set<String> INACTIVATION_WORDS = words("inactivated", "inactive", "inactivé", "inactivée", "inactivado",
            "inactivada", "killed", "irradiated", "inactivation");

    /** "non-infectious", "no infeccioso", "non infectieux". Folded. */
    static final Set<String> NEGATIONS = words("non", "no", "not");
    static final Set<String> INFECTIOUS = words("infectious", "infective", "infectieux", "infeccioso", "infecciosa",
            "viable", "replicating", "replicative");
    /** "synthetic RNA control", "ARN synthétique" reference materials. Folded. */
    static final Set<String> SYNTHETIC = words("synthetic", "synthetique", "sintetico", "sintetica");
    static final Set<String> CONTROL_MATERIALS = words("control", "controls", "standard", "standards", "calibrator",
            "reference", "controle", "control", "patron", "estandar");

    /**
     * Purposes that are not development or production of an agent: training or expertise on them names a
     * listed disease without being the technology entry. Folded.
     */
    static final Set<String> CARE_PURPOSES = words(
            "diagnosis", "diagnostic", "diagnostics", "detection", "detect", "surveillance", "clinical", "clinic",
            "patient", "patients", "treatment", "therapy", "biosafety", "biosecurity", "safety", "epidemiology",
            "epidemiological", "preparedness", "prevention", "ipc", "vaccination", "immunization", "sampling",
            "serology", "identification", "awareness", "monitoring", "response", "management", "elisa", "pcr",
            "rt", "testing", "confirmation", "control", "care", "nursing", "investigation", "containment",
            "packaging", "shipment", "shipping", "transport", "disposal", "decontamination", "disinfection",
            "emballage", "expedition", "elimination", "decontamination", "desinfection",
            "embalaje", "envio", "transporte", "eliminacion", "descontaminacion", "desinfeccion",
            // Russian and Arabic
            "эпиднадзор", "надзор", "диагностика", "биобезопасность", "лечение", "профилактика",
            "الترصد", "التشخيص", "السلامة", "الوقاية", "العلاج",
            "diagnostique", "detection", "clinique", "biosecurite", "biosurete", "epidemiologie", "riposte",
            "prise", "charge", "soins", "depistage", "prevention",
            "diagnostico", "deteccion", "vigilancia", "clinico", "clinica", "manejo", "bioseguridad",
            "bioproteccion", "epidemiologia", "respuesta", "prevencion", "atencion", "tratamiento");

    /** Words of development or production: with them, training on a listed agent is technology. Folded. */
    static final Set<String> PRODUCTION_WORDS = words(
            "production", "produce", "producing", "propagation", "propagate", "propagating", "cultivation",
            "cultivate", "cultivating", "scale", "upscaling", "scaling", "fermentation", "manufacturing",
            "manufacture", "enhancement", "enhance", "enhancing", "enhanced", "transmissibility", "virulence",
            "gain", "aerosolization", "aerosolisation", "stabilization",
            "weaponization", "dissemination", "synthesis", "synthesize", "purification", "concentration",
            "mass", "industrial", "yield", "development", "develop",
            "produire", "fabrication", "propagation", "culture", "production",
            "produccion", "producir", "fabricacion", "propagacion", "cultivo", "desarrollo");

    /**
     * Product forms of a material that name an agent without supplying it: vaccines in pharmaceutical
     * form, immunotoxins and diagnostic kits are outside the agent entries (the list controls isolated
     * live cultures, toxin preparations and deliberately contaminated material; EU 1C351 Note 1, US
     * 1C991). Not when followed by {@link #SUPPLIED_FORMS} ("vaccine strain" is a culture). Folded.
     */
    static final Set<String> PRODUCT_FORMS = words(
            "vaccine", "vaccines", "kit", "kits", "test", "tests", "dipstick", "dipsticks", "antibody", "antibodies",
            "antiserum", "antisera", "elisa", "immunoassay", "immunotoxin", "primer", "primers", "probe", "probes",
            "rdt", "rdts", "inactivated", "inactive", "inactivé", "inactivée", "inactivado", "inactivada", "killed",
            "toxoid", "toxoide", "anatoxine", "immunoglobulin", "immunoglobulins", "immunoglobuline", "inmunoglobulina",
            "antitoxin", "antitoxins", "antitoxine", "antitoxina", "antivenom", "antiveneno",
            // French and Spanish
            "vaccin", "vacuna", "trousse", "prueba", "pruebas", "antiserum", "antisuero", "anticorps", "anticuerpo",
            "anticuerpos", "amorce", "cebador", "sonde", "sonda",
            // printed and teaching material about an agent
            "poster", "posters", "leaflet", "leaflets", "brochure", "booklet", "handbook", "guideline", "guidelines",
            "textbook", "book", "video", "affiche", "depliant", "cartel", "folleto", "guia", "libro");

    /**
     * Diagnostic forms of an organism: antigens and reagents made from it are not the live organism. For a
     * toxin the reagent or standard is the toxin itself, so these never clear a toxin. Folded.
     */
    static final Set<String> ORGANISM_PRODUCT_FORMS = words(
            "antigen", "antigens", "reagent", "reagents", "diagnostic", "diagnostics", "antigene", "antigeno",
            "reactif", "reactifs", "reactivo", "reactivos", "diagnostique", "diagnostico");

    static final Set<String> SUPPLIED_FORMS = words(
            "strain", "strains", "seed", "culture", "cultures", "stock", "isolate", "isolates", "master", "bulk");

    /** Nouns that make an equipment item's mention of an agent mere context ("PCR machine for Ebola tests"). */
    static final Set<String> EQUIPMENT_NOUNS = words(
            "machine", "instrument", "analyzer", "analyser", "system", "device", "equipment", "apparatus",
            "cabinet", "centrifuge", "incubator", "freezer", "refrigerator", "thermocycler", "cycler", "sequencer",
            "microscope", "reader", "kit", "unit", "platform", "laboratory", "lab", "autoclave", "pcr", "scanner",
            "pipette", "balance", "meter", "generator", "shaker", "test", "tester", "detector", "sampler", "mask",
            "respirator", "glove", "gown", "box", "bsc", "hood", "isolator", "sink", "shower", "door", "container", "carrier", "packaging", "tube", "plate", "reagent",
            "consumable", "spare", "part", "vehicle", "tent", "module", "station", "printer", "computer", "software",
            // French and Spanish
            "gant", "guante", "masque", "mascarilla", "hotte", "campana", "poste", "enceinte", "cabina",
            "centrifugeuse", "centrifuga", "centrifugadora", "incubateur", "incubadora", "congelateur",
            "congelador", "refrigerateur", "refrigerador", "microscope", "microscopio", "combinaison", "blouse",
            "bata", "filtre", "filtro", "pipeta", "balanza", "evier", "lavabo", "porte", "puerta", "douche", "ducha",
            "appareil", "aparato", "equipo", "instrumento", "materiel", "consommable", "consumible",
            "coat", "apron", "furniture", "bench", "chair", "shelving", "trolley", "cart", "mobilier", "mueble",
            "tablier", "delantal");

    /** Words before a facility name that make it where an item goes ("for a", "pour le", "para el"). */
    static final Set<String> DESTINATION_PREPOSITIONS = Set.of(
            "for", "in", "inside", "within", "into", "pour", "dans", "au", "aux", "para", "en");

    /** Articles and determiners between a preposition and the facility name. Lower case, not folded. */
    static final Set<String> ARTICLES = Set.of(
            "a", "an", "the", "our", "its", "their", "un", "une", "le", "la", "les", "l", "notre", "el", "los",
            "las", "nuestro", "nuestra", "su", "sus", "de", "d", "du", "des", "del", "use", "usage", "uso",
            "utilisation");

    /** Words that describe a containment facility rather than an item inside one. */
    static final Set<String> FACILITY_WORDS = words(
            "laboratory", "lab", "facility", "suite", "module", "container", "unit", "building", "shelter",
            "modular", "mobile", "station", "platform", "system", "tent", "vehicle",
            // French and Spanish
            "laboratoire", "laboratorio", "movil", "modulaire", "unite", "unidad", "installation", "instalacion",
            "conteneur", "contenedor", "batiment", "edificio", "plateforme", "plataforma");

    /**
     * Descriptions made only of these (plus numbers and stop words) say nothing identifiable
     * ("laboratory equipment", "misc. supplies"). Folded.
     */
    static final Set<String> VAGUE_WORDS = words(
            "stuff", "thing", "item", "equipment", "material", "materiel", "supplies", "supply", "good", "product",
            "various", "misc", "miscellaneous", "assorted", "other", "etc", "general", "sample", "agent", "reagent",
            "kit", "tool", "device", "apparatus", "machine", "instrument", "unit", "set", "part", "spare", "lab",
            "laboratory", "biological", "bio", "chemical", "consumable", "accessories", "accessory", "n", "na",
            "tbd", "tbc", "see", "attached", "list", "annex", "request", "requested", "new", "used", "some", "any",
            "all", "as", "per", "standard", "basic", "type", "model", "unknown", "none", "nil", "item", "piece",
            "pc", "pce", "unit", "box", "pack", "lot", "batch", "quantity", "qty", "x", "no", "number", "na",
            "test", "testing", "sundry", "sundries", "component", "system", "our", "we", "need", "needed", "please",
            "provide", "this", "that", "these", "those", "be", "is", "are", "will", "can", "etc");

    /** Keyboard mashes and placeholders that pass the vowel test. */
    static final Set<String> PLACEHOLDERS = words(
            "asdf", "asdfg", "asdfgh", "qwerty", "qwertz", "azerty", "lorem", "ipsum", "dolor", "foo", "bar",
            "baz", "xyz", "abc", "test", "todo", "fixme", "dummy", "blah", "bla", "xxx", "yyy", "zzz");

    /**
     * Words that make an item a weapon or part of one; for goods any of them is the legal ground, for
     * knowledge only the unambiguous "weaponise" family (training on munitions clearance is legitimate).
     */
    static final Set<String> WEAPON_WORDS = words(
            "munition", "submunition", "bomblet", "warhead", "weaponized", "weaponize", "weaponization",
            "weaponizing", "weaponizable",
            // French and Spanish
            "munitions", "sous-munition", "bombette", "municion", "municiones", "submunicion", "ojiva");

    static final Set<String> WEAPONISATION_WORDS = words(
            "weaponized", "weaponize", "weaponization", "weaponizing", "weaponizable");

    /** Platforms that make a sprayer a means of delivery (the list's spraying entry is for aircraft/UAVs). */
    static final Set<String> DELIVERY_PLATFORMS = words(
            "aircraft", "airplane", "aeroplane", "helicopter", "uav", "drone", "unmanned", "aerial", "airship",
            "balloon", "lighter", "duster", "rpa", "uas", "avion", "aeronef", "helicoptere", "dron", "ulm", "ballon",
            "avioneta", "aeronave", "helicoptero", "globo", "aerien", "aerienne", "aereo", "aerea", "vant");
}
