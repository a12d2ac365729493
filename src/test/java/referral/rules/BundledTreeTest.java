package referral.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import referral.check.Checker;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.engine.Answer;
import referral.engine.Conditions;

/** The clinical tree shipped in the jar: clean, complete, short, and safe on every red flag. */
class BundledTreeTest {
    private final Tree tree = load();

    private static Tree load() {
        RulesLoader.Loaded loaded = new RulesLoader().loadBundled();
        assertEquals(List.of(), loaded.diagnostics());
        return loaded.tree().orElseThrow();
    }

    /**
     * Red flags a clinician confirmed may be hidden where their 'when' does not hold, because the
     * people they are hidden from cannot have them as defined: the sign names the age it belongs to.
     */
    private static final Map<String, String> CONFIRMED_HIDDEN_RED_FLAGS = Map.ofEntries(
            Map.entry("child-signs/baby-fever", "a fever under 3 months old: hidden from the age of 1"),
            Map.entry("child-signs/hip-limp", "a slipped growth plate of the hip begins from 8: a younger child's limp of"
                    + " weeks is seen within days"),
            Map.entry("child-signs/limp-weeks", "a limp or a swollen joint for weeks under 8; from 8 a painful limp is"
                    + " the hip's sign (urgent) and a painless one or a swollen joint is swollen-weeks (the same soon)"),
            Map.entry("child-signs/swollen-weeks", "from 8, a swollen joint or a painless limp for weeks; under 8 every"
                    + " limp of weeks is limp-weeks (the same soon)"),
            Map.entry("urgent-signs/ectopic", "a pregnancy outside the womb: hidden from males, from 50, and from those"
                    + " who said pregnant (who are asked it among the pregnancy signs)"),
            Map.entry("urgent-signs/temple-headache", "giant cell arteritis begins from 50: hidden below 50"),
            Map.entry("jaw-kind/gca", "jaw pain on chewing with a new headache (giant cell arteritis) begins from 50:"
                    + " hidden below 50"),
            Map.entry("injury-kind/testicle", "a twisted testicle, a young person's emergency: hidden from those who"
                    + " said female and from 50; the first body screen asks it of everyone"),
            Map.entry("workout-course/testicle", "the same sign on the workout route, hidden the same way"),
            Map.entry("known-flags/temple-headache", "the same sign asked again on the known-cause route (blamed on"
                    + " polymyalgia or arthritis): hidden below 50"),
            Map.entry("back-flags/injects", "injected drug use, asked from 16: a parent answering for a child reads it as"
                    + " an accusation, and a child's spine infection shows as the fever and night-pain flags asked beside it"),
            Map.entry("known-flags/injects", "the same sign on the known-cause route, asked from 16"),
            Map.entry("back-flags/older-fall", "a fracture after a small fall from 65: younger falls meet the other flags"),
            Map.entry("known-flags/older-fall", "the same sign, asked on the known-cause route: younger falls meet the"
                    + " other flags"),
            Map.entry("injury-flags/older-fall", "a fracture after a fall from 65: younger falls meet the other flags"),
            Map.entry("pregnancy-signs/teen-limp", "a child's limp, for pregnant teenagers (who skip the child's list):"
                    + " adults' limps meet the urgent and injury signs"),
            Map.entry("pregnancy-signs/teen-night-pain", "a child's night bone pain, for pregnant teenagers: adults'"
                    + " night pain meets the back's warning signs"));

    @Test
    void checkFindsNothingButTheConfirmedHiddenRedFlags() {
        List<Diagnostic> found = new Checker().check(tree);
        assertEquals(List.of(), found.stream().filter(d -> d.code() != Code.RED_FLAG_HIDDEN).toList());
        Set<String> hidden = new LinkedHashSet<>();
        for (Diagnostic d : found) {
            String[] quoted = d.message().split("'");
            hidden.add(quoted[3] + "/" + quoted[1]);
        }
        assertEquals(CONFIRMED_HIDDEN_RED_FLAGS.keySet(), hidden);
        assertEquals("muscle-pain", tree.id());
    }

    @Test
    void everyQuestionSaysWhyItIsAsked() {
        for (Question q : tree.questions().values()) {
            assertNotNull(q.help(), q.id() + " has no help");
            assertFalse(q.help().isBlank(), q.id());
        }
    }

    @Test
    void everyOutcomeSaysWhatToDoMeanwhileWhatMakesItMoreUrgentAndWhereItComesFrom() {
        for (Outcome o : tree.outcomes().values()) {
            assertFalse(o.title().isBlank(), o.id());
            assertFalse(o.meanwhile().isEmpty(), o.id() + " has no meanwhile");
            // nothing is sooner than an emergency: "go sooner if" would only read as "you are already calling"
            assertEquals(o.urgency() != Urgency.EMERGENCY, !o.goSoonerIf().isEmpty(), o.id() + " go-sooner-if");
            assertFalse(o.sources().isEmpty(), o.id() + " has no sources");
            String say = o.say().value();
            int sentences = say.split("[.!?](\\s|$)").length;
            assertTrue(sentences >= 2 && sentences <= 3, o.id() + " says " + sentences + " sentences: " + say);
        }
    }

    @Test
    void everyEmergencySaysWhomToCallNotToDriveAndWhatToTellThem() {
        for (Outcome o : tree.outcomes().values()) {
            if (o.urgency() != Urgency.EMERGENCY) {
                continue;
            }
            assertEquals(See.EMERGENCY, o.see(), o.id());
            String meanwhile = String.join(" ", o.meanwhile().stream().map(Text::value).toList());
            assertTrue(meanwhile.contains("emergency"), o.id() + ": " + meanwhile);
            assertTrue(meanwhile.contains("Do not drive") || meanwhile.contains("have someone drive you"), o.id());
            assertTrue(meanwhile.contains("Tell them"), o.id() + ": " + meanwhile);
        }
    }

    @Test
    void nothingIsWordedAsADiagnosis() {
        for (Outcome o : tree.outcomes().values()) {
            String all = (o.title() + " " + o.say()).toLowerCase(Locale.ROOT);
            assertFalse(all.contains("you have "), o.id() + ": " + all);
            assertFalse(all.contains("you are suffering"), o.id());
        }
    }

    @Test
    void redFlagsAreTheFirstQuestion() {
        Question first = tree.questions().get(tree.start());
        assertTrue(first.hasRedFlag());
        for (Choice c : first.choices()) {
            assertTrue(c.redFlag() == Urgency.EMERGENCY || first.exclusive().contains(c.id()), c.id());
        }
    }

    /**
     * A red-flag answer, alone or with every other red flag of its question, goes straight to an
     * outcome at least as urgent as the most urgent flag picked.
     */
    @Test
    void aRedFlagAnswerNeverLeadsToALessUrgentOutcome() {
        int flags = 0;
        for (Question q : tree.questions().values()) {
            List<Choice> flagged = q.choices().stream().filter(c -> c.redFlag() != null).toList();
            for (Choice c : flagged) {
                flags++;
                assertAtLeast(q, Set.of(c.id()), c.redFlag());
            }
            if (flagged.size() > 1) {
                Set<String> all = new LinkedHashSet<>();
                flagged.forEach(c -> all.add(c.id()));
                assertAtLeast(q, all, flagged.stream().map(Choice::redFlag).max(Enum::compareTo).orElseThrow());
            }
        }
        assertTrue(flags >= 20, "red flags in the tree: " + flags);
    }

    private void assertAtLeast(Question q, Set<String> chosen, Urgency flag) {
        Map<String, Answer> answers = Map.of(q.id(), new Answer.Chosen(chosen));
        Branch taken = q.next().stream().filter(b -> b.when() == null || Conditions.holds(b.when(), answers))
                .findFirst().orElseThrow();
        Outcome o = tree.outcomes().get(taken.target());
        assertNotNull(o, q.id() + " " + chosen + " goes on to question '" + taken.target() + "' instead of an outcome");
        assertTrue(o.urgency().atLeast(flag), q.id() + " " + chosen + " -> " + o.id() + " (" + o.urgency().id() + ")");
    }

    /** 13 since 2.2.0: the shared also-signs question after the main problem is one more on every route. */
    @Test
    void noPathAsksMoreThanThirteenQuestions() {
        assertTrue(longestPath(tree.start(), new HashMap<>()) <= 13);
    }

    private int longestPath(String at, Map<String, Integer> memo) {
        Question q = tree.questions().get(at);
        if (q == null) {
            return 0;
        }
        Integer known = memo.get(at);
        if (known != null) {
            return known;
        }
        int longest = 0;
        for (Branch b : q.next()) {
            longest = Math.max(longest, longestPath(b.target(), memo));
        }
        memo.put(at, longest + 1);
        return longest + 1;
    }

    /**
     * Citations are shown to people: each names one of the seed's articles by its title (with a
     * section or its publisher) or the triage protocols, and none carries an internal label.
     */
    @Test
    void everySourceIsCitedAndEveryCitationIsAReadableTitleOfTheSeedOrTheTriageProtocols() {
        Set<String> cited = new LinkedHashSet<>();
        tree.outcomes().values().forEach(o -> cited.addAll(o.sources()));
        List<String> unused = new ArrayList<>(tree.sources().keySet());
        unused.removeAll(cited);
        assertEquals(List.of(), unused);
        List<String> articles = List.of("\"What kind of doctor treats muscle spasms\"",
                "\"What Kind of Doctor Treats Muscle Pain?\"",
                "\"Muscle spasms - methods of treatment, diagnosis and causes of spasms\"",
                "\"Muscle spasm: description of the disease, causes, symptoms\"",
                "\"Can Carpal Tunnel Syndrome Be Avoided?\"",
                "\"Is There a Difference Between Tremors and Movement Disorders?\"");
        int triage = 0;
        for (Source s : tree.sources().values()) {
            String c = s.citation().value();
            assertFalse(c.toLowerCase(Locale.ROOT).contains("seed"), s.id() + ": " + c);
            if (c.startsWith("Standard ")) {
                assertTrue(c.contains("triage"), s.id() + ": " + c);
                triage++;
            } else {
                assertTrue(articles.stream().anyMatch(c::startsWith), s.id() + " names no article of the seed: " + c);
                assertTrue(c.contains("section") || c.contains("article") || c.contains("introduction"),
                        s.id() + " says where in the article: " + c);
            }
        }
        assertTrue(triage >= 1, "the triage protocols are a named source");
    }
}
