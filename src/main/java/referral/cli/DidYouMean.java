package referral.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean ...?" for a mistyped command or option: the known names nearest in spelling, counting
 * a swap of two neighbouring letters as one slip (as {@code chekc}). Only close names are offered;
 * a word far from every name gets no suggestion rather than a random one.
 */
final class DidYouMean {
    private DidYouMean() {}

    /** The known names closest to {@code typed}, best first (ties in the order given); empty when none is close. */
    static List<String> nearest(String typed, Collection<String> known) {
        String word = bare(typed);
        List<String> prefixed = new ArrayList<>();
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            String candidate = bare(name);
            if (word.length() >= 2 && candidate.startsWith(word) && !candidate.equals(word)) {
                prefixed.add(name);
            }
            int d = distance(word, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best.clear();
            }
            if (d == bestDistance) {
                best.add(name);
            }
        }
        if (bestDistance <= allowedSlips(word)) {
            return best;
        }
        return prefixed;
    }

    /** {@code " Did you mean 'run'?"}, or empty when nothing known is close to {@code typed}. */
    static String sentence(String typed, Collection<String> known) {
        List<String> names = nearest(typed, known);
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" Did you mean ");
        for (int i = 0; i < names.size() && i < 3; i++) {
            if (i > 0) {
                s.append(i == names.size() - 1 || i == 2 ? " or " : ", ");
            }
            s.append('\'').append(names.get(i)).append('\'');
        }
        return s.append('?').toString();
    }

    /** One slip in a short word, two from six letters on: more would make most short names look alike. */
    private static int allowedSlips(String word) {
        return word.length() >= 6 ? 2 : 1;
    }

    /** Without leading dashes and case: {@code --Answer} is a slip for {@code --answers}, not four. */
    private static String bare(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '-') {
            i++;
        }
        return name.substring(i).toLowerCase(Locale.ROOT);
    }

    /** Edits (insert, delete, replace, swap of neighbours) from a to b: the optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
