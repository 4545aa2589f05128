package org.bwc.articlex.benchmark;

import org.bwc.articlex.reference.DevelopmentStatus;
import org.bwc.articlex.reference.ItemKind;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.screening.ArticleIIIScreeningPolicy;
import org.bwc.articlex.screening.ArticleXBalancePolicy;
import org.bwc.articlex.screening.BalanceInput;
import org.bwc.articlex.screening.BalanceResult;
import org.bwc.articlex.screening.EndUse;
import org.bwc.articlex.screening.Precedents;
import org.bwc.articlex.screening.ScreeningInput;
import org.bwc.articlex.screening.ScreeningItem;
import org.bwc.articlex.screening.ScreeningOutcome;
import org.bwc.articlex.screening.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Article III screening plus Article X balance check of one realistic 50-item request: mostly ordinary
 * laboratory goods, some listed equipment with and without capacities, agents, toxins, training, and
 * a few items that must be referred. Target: median under 1 ms. How to run: BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScreeningBenchmark {

    /** Kind and description of the 50 items, in the mix a national laboratory request typically has. */
    private static final String[][] ITEMS = {
        {"EQUIPMENT", "Real-time PCR system, 96-well, with laptop"},
        {"EQUIPMENT", "Class II A2 biosafety cabinet, 1.2 m"},
        {"EQUIPMENT", "50-litre stainless steel bioreactor with in-situ sterilisation"},
        {"EQUIPMENT", "Benchtop refrigerated centrifuge, 4 x 750 mL rotor"},
        {"EQUIPMENT", "Continuous-flow centrifuge 200 L/h"},
        {"EQUIPMENT", "Vertical autoclave 75 L"},
        {"EQUIPMENT", "-80 C ultra-low temperature freezer 500 L"},
        {"EQUIPMENT", "CO2 incubator 170 L"},
        {"EQUIPMENT", "Freeze dryer 15 kg/24h"},
        {"EQUIPMENT", "Cross-flow filtration system 0.5 m2"},
        {"EQUIPMENT", "Microplate reader and washer for ELISA"},
        {"EQUIPMENT", "Bioreactor"},
        {"EQUIPMENT", "Single-use bioreactor 10 L"},
        {"EQUIPMENT", "Double-door pass-through autoclave for the BSL-3 suite"},
        {"EQUIPMENT", "Water purification system 10 L/h"},
        {"EQUIPMENT", "Next-generation sequencer, portable"},
        {"EQUIPMENT", "Laboratory information management system licence"},
        {"EQUIPMENT", "Generator 20 kVA for laboratory back-up power"},
        {"EQUIPMENT", "Cold chain vaccine refrigerator 200 L"},
        {"EQUIPMENT", "Shaking incubator for 2 L flasks"},
        {"MATERIAL", "Nitrile gloves, box of 100"},
        {"MATERIAL", "N95 respirators"},
        {"MATERIAL", "Fetal bovine serum 500 mL"},
        {"MATERIAL", "Taq polymerase and dNTPs"},
        {"MATERIAL", "Nucleic acid extraction kits, 96 preps"},
        {"MATERIAL", "Ebola rapid diagnostic tests"},
        {"MATERIAL", "Oral cholera vaccine"},
        {"MATERIAL", "TFF cassette 0.5 m2"},
        {"MATERIAL", "Agar plates, LB, pre-poured"},
        {"MATERIAL", "Ricin reference standard"},
        {"MATERIAL", "SEB"},
        {"MATERIAL", "Plasmid encoding Bacillus anthracis protective antigen"},
        {"MATERIAL", "Lab consumables"},
        {"AGENT", "Bacillus anthracis Sterne strain 34F2"},
        {"AGENT", "Brucella abortus S19"},
        {"AGENT", "Salmonella enterica serovar Typhimurium LT2"},
        {"AGENT", "Mycobacterium tuberculosis H37Rv"},
        {"AGENT", "Rift Valley fever virus MP-12"},
        {"AGENT", "Newcastle disease virus LaSota"},
        {"AGENT", "Brucella spp. field isolates"},
        {"AGENT", "Marburg virus"},
        {"TRAINING", "Biosafety and biosecurity training for laboratory staff"},
        {"TRAINING", "Training on Rift Valley fever diagnostics"},
        {"TRAINING", "Laboratory quality management training"},
        {"EXPERTISE", "Epidemiologist for outbreak investigation"},
        {"EXPERTISE", "Expert support for 1000 L fermenter commissioning"},
        {"INFORMATION", "Standard operating procedures for specimen transport"},
        {"INFORMATION", "DNA synthesis software"},
        {"FUNDING", "Laboratory operating costs for two years"},
        {"FUNDING", "Fellowships for two laboratory scientists"},
    };

    private ArticleIIIScreeningPolicy screening;
    private ArticleXBalancePolicy balance;
    private ScreeningInput request;
    private StateParty requester;
    private Precedents precedents;

    @Setup
    public void setUp() {
        screening = ArticleIIIScreeningPolicy.fromClasspath();
        balance = ArticleXBalancePolicy.fromClasspath();
        List<ScreeningItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.length; i++) {
            items.add(new ScreeningItem(i + 1, ItemKind.valueOf(ITEMS[i][0]), ITEMS[i][1], 1 + i % 4, null));
        }
        if (items.size() != 50) {
            throw new IllegalStateException("the benchmark request must have 50 items, has " + items.size());
        }
        request = new ScreeningInput("KEN", items,
                new EndUse("Diagnostics, surveillance and veterinary vaccine research", "Central Veterinary Laboratory", 3));
        requester = new StateParty("KEN", "Kenya", Region.AFRICAN, DevelopmentStatus.DEVELOPING, "focal.point@example.org");
        // precedents for every item class of this request, as a decision store would return them
        Map<String, ScreeningOutcome> past = new HashMap<>();
        screening.screen(request).items().forEach(f -> past.put(ArticleXBalancePolicy.itemClassKey(f), f.outcome()));
        precedents = Precedents.of(past);
    }

    @Benchmark
    public BalanceResult screenAndBalance() {
        ScreeningResult result = screening.screen(request);
        return balance.check(new BalanceInput(requester, result, precedents, 12, 30));
    }
}
