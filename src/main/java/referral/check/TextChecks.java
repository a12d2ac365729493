package referral.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.rules.Choice;
import referral.rules.Clinician;
import referral.rules.Outcome;
import referral.rules.Question;
import referral.rules.QuestionType;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Tree;
import referral.rules.TreeTexts;

/**
 * What a reader sees: texts that are empty or too long for a terminal, questions without a
 * "why we ask", outcomes without sources, sources nobody cites, and translations with gaps.
 * All warnings: the tree still works, but a frightened reader deserves better.
 */
final class TextChecks {
    /** Longest texts, in characters: a question or a choice fits on two lines of a terminal, advice in a short paragraph. */
    static final int QUESTION = 160;
    static final int CHOICE = 160;
    static final int HELP = 400;
    static final int TITLE = 100;
    static final int SAY = 600;
    static final int ITEM = 240;
    static final int WHO = 100;
    static final int CLINICIAN = 240;
    static final int SOURCE = 400; // a citation: read when checking the advice, not at a glance

    private record Shown(String what, Text text, int limit, Position at) {}

    private TextChecks() {}

    static List<Diagnostic> check(Tree tree) {
        List<Diagnostic> out = new ArrayList<>();
        List<Shown> texts = new ArrayList<>();
        texts.add(new Shown("the tree's 'title'", tree.title(), TITLE, tree.startPosition()));
        for (Question q : tree.questions().values()) {
            String what = "question '" + q.id() + "'";
            texts.add(new Shown("'text' of " + what, q.text(), QUESTION, q.position()));
            if (q.help() == null) {
                out.add(Diagnostic.of(Code.MISSING_HELP, q.position(), what
                        + " has no 'help'; say in a sentence why it is asked (shown on '?')"));
            } else {
                texts.add(new Shown("'help' of " + what, q.help(), HELP, q.position()));
            }
            for (Choice c : q.choices()) {
                if (c.text().at() != null) { // not the tool's own "Yes" and "No"
                    texts.add(new Shown("choice '" + c.id() + "' of " + what, c.text(), CHOICE, c.position()));
                }
            }
        }
        Set<String> cited = new java.util.HashSet<>();
        for (Outcome o : tree.outcomes().values()) {
            String what = "outcome '" + o.id() + "'";
            texts.add(new Shown("'title' of " + what, o.title(), TITLE, o.position()));
            if (o.who() != null) {
                texts.add(new Shown("'who' of " + what, o.who(), WHO, o.position()));
            }
            texts.add(new Shown("'say' of " + what, o.say(), SAY, o.position()));
            o.meanwhile().forEach(t -> texts.add(new Shown("an item of 'meanwhile' of " + what, t, ITEM, o.position())));
            o.goSoonerIf().forEach(t -> texts.add(new Shown("an item of 'go-sooner-if' of " + what, t, ITEM, o.position())));
            if (o.sources().isEmpty()) {
                out.add(Diagnostic.of(Code.MISSING_SOURCES, o.position(), what
                        + " cites no 'sources'; every piece of advice says where it comes from"));
            }
            cited.addAll(o.sources());
        }
        for (Source s : tree.sources().values()) {
            texts.add(new Shown("source '" + s.id() + "'", s.citation(), SOURCE, s.position()));
            if (!cited.contains(s.id())) {
                out.add(Diagnostic.of(Code.UNUSED_SOURCE, s.position(), "source '" + s.id() + "' is cited by no outcome"));
            }
        }
        for (Clinician c : tree.clinicians().values()) {
            texts.add(new Shown("'clinicians' entry '" + c.see().id() + "'", c.explanation(), CLINICIAN, c.position()));
        }
        for (Shown t : texts) {
            checkText(t, out);
        }
        translations(tree, out);
        return out;
    }

    /**
     * Each text without a current translation into a language the tree has a translation file for,
     * at the English text (the tool's own "Yes" and "No" excepted: it translates them itself).
     */
    private static void translations(Tree tree, List<Diagnostic> out) {
        if (tree.languages().isEmpty()) {
            return;
        }
        for (TreeTexts.Slot slot : TreeTexts.slots(tree)) {
            List<String> missing = tree.languages().stream()
                    .filter(l -> !slot.text().translations().containsKey(l)).toList();
            boolean ownWords = slot.text().at() == null && slot.key().contains("/choices/");
            if (missing.isEmpty() || ownWords) {
                continue;
            }
            Position at = slot.text().at() != null ? slot.text().at() : owner(tree, slot.key());
            out.add(Diagnostic.of(Code.MISSING_TRANSLATION, at, slot.what() + " has no " + String.join(", ", missing)
                    + " text in " + String.join(", ", missing.stream().map(l -> translationFile(tree, l)).toList())));
        }
    }

    /** The question or outcome a key names (a text made by the tool has no position of its own). */
    private static Position owner(Tree tree, String key) {
        String[] parts = key.split("/");
        if (parts.length > 1 && parts[0].equals("outcomes") && tree.outcomes().containsKey(parts[1])) {
            return tree.outcomes().get(parts[1]).position();
        }
        if (parts.length > 1 && parts[0].equals("questions") && tree.questions().containsKey(parts[1])) {
            return tree.questions().get(parts[1]).position();
        }
        return tree.startPosition();
    }

    private static String translationFile(Tree tree, String language) {
        String file = tree.file();
        return (file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file) + "." + language + ".yaml";
    }

    private static void checkText(Shown t, List<Diagnostic> out) {
        // The English only: the limits are made for it, and a translation runs as long as its language needs.
        String v = t.text().value();
        if (v == null || v.isBlank()) {
            out.add(Diagnostic.of(Code.EMPTY_TEXT, t.at(), t.what() + " is empty"));
        }
        int longest = v == null ? 0 : v.codePointCount(0, v.length());
        if (longest > t.limit()) {
            out.add(Diagnostic.of(Code.LONG_TEXT, t.at(), t.what() + " is " + longest + " characters; keep it under "
                    + t.limit() + " so it reads at a glance"));
        }
    }
}
