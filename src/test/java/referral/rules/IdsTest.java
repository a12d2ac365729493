package referral.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** "Did you mean" suggestions: the closest id, when it is close enough to be a typo. */
class IdsTest {

    @Test
    void aTypoGetsTheIdItWasMeantToBe() {
        List<String> ids = List.of("emergency-signs", "age", "urgent-signs", "main-problem");
        assertEquals(" (did you mean 'urgent-signs'?)", Ids.didYouMean("urgnet-signs", ids));
        assertEquals(" (did you mean 'age'?)", Ids.didYouMean("AGE", ids));
        assertEquals("", Ids.didYouMean("no-such-question", ids));
    }

    @Test
    void theClosestIsTheOneWithTheFewestEditsThenTheFirstAlphabetically() {
        assertEquals(Optional.of("ab"), Ids.closest("ax", List.of("xb", "ab", "axc")));
        assertEquals(Optional.empty(), Ids.closest("abc", List.of()));
    }

    /** The stopping early must not change a suggestion: compared with every distance in full. */
    @Test
    void suggestionsAreThoseOfTheFullComparison() {
        Random random = new Random(3);
        for (int k = 0; k < 2000; k++) {
            List<String> candidates = new ArrayList<>();
            for (int n = random.nextInt(8); n > 0; n--) {
                candidates.add(word(random));
            }
            String wrong = random.nextBoolean() || candidates.isEmpty() ? word(random) : typo(candidates.get(0), random);
            assertEquals(fullComparison(wrong, candidates), Ids.closest(wrong, candidates), wrong + " among " + candidates);
        }
    }

    private static Optional<String> fullComparison(String wrong, List<String> candidates) {
        String w = wrong.toLowerCase(java.util.Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> Ids.distance(w, c)).thenComparing(c -> c))
                .filter(c -> Ids.distance(w, c) <= Math.max(2, c.length() / 3));
    }

    private static String word(Random random) {
        StringBuilder s = new StringBuilder();
        for (int n = 1 + random.nextInt(18); n > 0; n--) {
            s.append("abcde-".charAt(random.nextInt(6)));
        }
        return s.toString();
    }

    private static String typo(String id, Random random) {
        StringBuilder s = new StringBuilder(id);
        for (int n = random.nextInt(4); n > 0 && s.length() > 0; n--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, 'x');
                default -> s.setCharAt(at, 'y');
            }
        }
        return s.toString();
    }
}
