package referral.check;

import java.util.Arrays;
import java.util.BitSet;

/**
 * What a path so far says about the answers: for each question it asked (and that still
 * matters), the region its answer lies in. Immutable; equal states behave the same from
 * here on, which is what lets the analysis share work between paths.
 */
final class State {
    static final State EMPTY = new State(new int[0], new Region[0]);

    private final int[] questions; // ascending
    private final Region[] regions;
    private final int hash;

    private State(int[] questions, Region[] regions) {
        this.questions = questions;
        this.regions = regions;
        this.hash = 31 * Arrays.hashCode(questions) + Arrays.hashCode(regions);
    }

    /** The region of a question, or null when the path has not asked it. */
    Region get(int question) {
        int i = Arrays.binarySearch(questions, question);
        return i < 0 ? null : regions[i];
    }

    State with(int question, Region region) {
        int i = Arrays.binarySearch(questions, question);
        if (i >= 0) {
            Region[] r = regions.clone();
            r[i] = region;
            return new State(questions, r);
        }
        int at = -i - 1;
        int[] q = new int[questions.length + 1];
        Region[] r = new Region[regions.length + 1];
        System.arraycopy(questions, 0, q, 0, at);
        System.arraycopy(regions, 0, r, 0, at);
        q[at] = question;
        r[at] = region;
        System.arraycopy(questions, at, q, at + 1, questions.length - at);
        System.arraycopy(regions, at, r, at + 1, regions.length - at);
        return new State(q, r);
    }

    /** Forgets the questions no later test looks at. */
    State keep(BitSet relevant) {
        int n = 0;
        for (int q : questions) {
            if (relevant.get(q)) {
                n++;
            }
        }
        if (n == questions.length) {
            return this;
        }
        int[] q = new int[n];
        Region[] r = new Region[n];
        int j = 0;
        for (int i = 0; i < questions.length; i++) {
            if (relevant.get(questions[i])) {
                q[j] = questions[i];
                r[j++] = regions[i];
            }
        }
        return n == 0 ? EMPTY : new State(q, r);
    }

    int size() {
        return questions.length;
    }

    int question(int i) {
        return questions[i];
    }

    Region region(int i) {
        return regions[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof State s && hash == s.hash && Arrays.equals(questions, s.questions)
                && Arrays.equals(regions, s.regions);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
