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
                boolean implicit = q.type() == QuestionType.YES_NO && c.text().translations().isEmpty()
                        && (c.text().value().equals("Yes") || c.text().value().equals("No"));
                if (!implicit) {
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
        Set<String> languages = new TreeSet<>();
        texts.forEach(t -> languages.addAll(t.text().translations().keySet()));
        for (Shown t : texts) {
            checkText(t, languages, out);
        }
        return out;
    }

    private static void checkText(Shown t, Set<String> languages, List<Diagnostic> out) {
        List<String> versions = new ArrayList<>(t.text().translations().values());
        if (versions.isEmpty()) {
            versions.add(t.text().value());
        }
        if (versions.stream().anyMatch(v -> v == null || v.isBlank())) {
            out.add(Diagnostic.of(Code.EMPTY_TEXT, t.at(), t.what() + " is empty"));
        }
        int longest = versions.stream().mapToInt(v -> v == null ? 0 : v.codePointCount(0, v.length())).max().orElse(0);
        if (longest > t.limit()) {
            out.add(Diagnostic.of(Code.LONG_TEXT, t.at(), t.what() + " is " + longest + " characters; keep it under "
                    + t.limit() + " so it reads at a glance"));
        }
        if (!languages.isEmpty()) {
            Set<String> missing = new TreeSet<>(languages);
            missing.removeAll(t.text().translations().keySet());
            if (!missing.isEmpty()) {
                out.add(Diagnostic.of(Code.MISSING_TRANSLATION, t.at(), t.what() + " has no "
                        + String.join(", ", missing) + " text; the tree is written in " + String.join(", ", languages)));
            }
        }
    }
}
