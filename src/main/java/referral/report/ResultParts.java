package referral.report;

import java.util.ArrayList;
import java.util.List;
import referral.lang.Words;
import referral.rules.Outcome;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Urgency;

/**
 * What a result says, in the order a person in a hurry reads it. First the short block: the
 * urgency in words, the headline (the outcome's title), who, how soon and what to do now (the
 * outcome's {@code meanwhile}); every output puts it first, and the full-screen session fits it on
 * its first screen. Then the rest: when to go sooner, why (the outcome's explanation, then the
 * answers that led there), the sources. A person who stops reading after the first screen knows
 * where to go, how soon and what to do until then; the explanation is for whoever reads on.
 *
 * <p>Nothing is added to what the outcome says: the banner and "How soon" already say an emergency
 * is now, and a line of our own such as "call your local emergency number" under a title that says
 * just that was read as the screen repeating itself. Nothing is shown for what an outcome does not
 * say: no heading over an empty list.
 */
public record ResultParts(
        Urgency urgency,
        String banner,
        String title,
        String who,
        String whoIsThis,
        String howSoon,
        List<String> doNow,
        List<Section> rest,
        String disclaimer,
        String recap,
        Labels labels) {

    /** The labels of the short block, in the result's language ("Who", "How soon", "What to do now"). */
    public record Labels(String who, String howSoon, String doNow, String whoIsThis) {}

    /** A heading and what it holds: a list of items, or ({@code prose}) paragraphs; never empty. */
    public record Section(String heading, List<String> items, boolean prose) {}

    /** The parts in the recommendation's words ({@link Recommendation#words()}). */
    public static ResultParts of(Recommendation r) {
        Words words = r.words();
        Outcome o = r.outcome();
        boolean emergency = o.urgency() == Urgency.EMERGENCY;
        List<Section> rest = new ArrayList<>();
        // Nothing is sooner than now: in an emergency these items say what to do if it gets worse.
        add(rest, words.get(emergency ? "heading.if-worse" : "heading.go-sooner-if"), texts(o.goSoonerIf()), false);
        add(rest, words.get("heading.why"), texts(List.of(o.say())), true);
        add(rest, words.get("heading.answered"), r.trace().stream()
                .map(e -> e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer(), words))
                .toList(), false);
        add(rest, words.get("heading.sources"), r.sources().stream().map(Source::citation).map(Text::value).toList(), false);
        Text whoIsThis = Recommendation.whoIsThis(r.tree(), o);
        String who = Recommendation.who(r.tree(), o);
        String howSoon = words.howSoon(o.urgency());
        return new ResultParts(o.urgency(), words.banner(o.urgency()), o.title().value(), who,
                whoIsThis == null ? null : whoIsThis.value(), howSoon, texts(o.meanwhile()),
                List.copyOf(rest), words.get("result.disclaimer"), words.get("result.in-short", who, howSoon),
                new Labels(words.get("label.who"), words.get("label.how-soon"), words.get("heading.do-now"),
                        words.get("label.who-is-this")));
    }

    private static void add(List<Section> sections, String heading, List<String> items, boolean prose) {
        if (!items.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(items), prose));
        }
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().filter(t -> t != null).map(Text::value).filter(t -> !t.isBlank()).toList();
    }
}
