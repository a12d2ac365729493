package referral.rules;

import referral.diagnostics.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every text of a tree that people read, each under a key made of ids
 * ({@code questions/age/text}, {@code questions/age/choices/none}, {@code outcomes/gp/meanwhile/1}):
 * the key a translation file files it under, so that a translation follows the question or outcome
 * it belongs to however the tree's file is reordered or reworded around it.
 *
 * <p>{@link #map} gives the tree with each text replaced by what the visitor makes of it (the same
 * text, a translated one, or the text in another language); the rest of the tree is shared.
 */
public final class TreeTexts {
    private TreeTexts() {}

    /** One text: its key, how a person names it in a message, and the text (English, with its translations). */
    public record Slot(String key, String what, Text text) {}

    /** What to put in place of a text; returning the slot's text keeps it. */
    @FunctionalInterface
    public interface Visitor {
        Text visit(Slot slot);
    }

    /** Every slot of the tree, in the order of its file. */
    public static List<Slot> slots(Tree tree) {
        List<Slot> slots = new ArrayList<>();
        map(tree, s -> {
            slots.add(s);
            return s.text();
        });
        return slots;
    }

    /**
     * The tree with its texts as the visitor makes them. An outcome without its own {@code who} but
     * with a {@code specialty} (free text, which only a translator can put into another language) is
     * visited with the words made from {@code see} and {@code specialty} (a text at no position); it
     * keeps no {@code who} unless the visitor gives a translation. (The tool has the words for
     * {@code see} alone in each language it speaks.)
     */
    public static Tree map(Tree tree, Visitor v) {
        Text title = v.visit(new Slot("title", "the tree's 'title'", tree.title()));
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Source s : tree.sources().values()) {
            sources.put(s.id(), new Source(s.id(),
                    v.visit(new Slot("sources/" + s.id(), "source '" + s.id() + "'", s.citation())), s.position()));
        }
        Map<See, Clinician> clinicians = new java.util.EnumMap<>(See.class);
        for (Clinician c : tree.clinicians().values()) {
            clinicians.put(c.see(), new Clinician(c.see(), v.visit(new Slot("clinicians/" + c.see().id(),
                    "'clinicians' entry '" + c.see().id() + "'", c.explanation())), c.position()));
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        for (Question q : tree.questions().values()) {
            questions.put(q.id(), question(q, v));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Outcome o : tree.outcomes().values()) {
            outcomes.put(o.id(), outcome(tree, o, v));
        }
        return new Tree(tree.id(), tree.version(), title, tree.start(), tree.startPosition(), questions, outcomes,
                sources, clinicians, tree.file(), tree.languages());
    }

    private static Question question(Question q, Visitor v) {
        String key = "questions/" + q.id() + "/";
        String what = "question '" + q.id() + "'";
        Text text = v.visit(new Slot(key + "text", "'text' of " + what, q.text()));
        Text help = q.help() == null ? null : v.visit(new Slot(key + "help", "'help' of " + what, q.help()));
        Text unit = q.unit() == null ? null : v.visit(new Slot(key + "unit", "'unit' of " + what, q.unit()));
        List<Choice> choices = new ArrayList<>();
        for (Choice c : q.choices()) {
            Text t = v.visit(new Slot(key + "choices/" + c.id(), "choice '" + c.id() + "' of " + what, c.text()));
            choices.add(new Choice(c.id(), t, c.redFlag(), c.when(), c.position()));
        }
        return new Question(q.id(), q.position(), q.type(), text, help, choices, q.exclusive(), q.min(), q.max(),
                unit, q.next());
    }

    private static Outcome outcome(Tree tree, Outcome o, Visitor v) {
        String key = "outcomes/" + o.id() + "/";
        String what = "outcome '" + o.id() + "'";
        Text who;
        if (o.who() != null) {
            who = v.visit(new Slot(key + "who", "'who' of " + what, o.who()));
        } else if (o.specialty() == null || o.specialty().isBlank()) {
            who = null;
        } else {
            Text made = Text.of(Outcome.whoFromSee(tree, o));
            Text visited = v.visit(new Slot(key + "who", "'who' of " + what + " (made from 'see' and 'specialty')", made));
            who = visited.equals(made) ? null : visited;
        }
        Text title = v.visit(new Slot(key + "title", "'title' of " + what, o.title()));
        Text say = v.visit(new Slot(key + "say", "'say' of " + what, o.say()));
        List<Text> meanwhile = items(key + "meanwhile/", "an item of 'meanwhile' of " + what, o.meanwhile(), v);
        List<Text> sooner = items(key + "go-sooner-if/", "an item of 'go-sooner-if' of " + what, o.goSoonerIf(), v);
        return new Outcome(o.id(), o.position(), o.see(), o.specialty(), who, o.urgency(), title, say, meanwhile,
                sooner, o.sources());
    }

    private static List<Text> items(String key, String what, List<Text> texts, Visitor v) {
        List<Text> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(v.visit(new Slot(key + i, what + " (the " + ordinal(i + 1) + ")", texts.get(i))));
        }
        return out;
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
