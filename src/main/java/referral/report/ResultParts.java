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
 * urgency in words, the headline (the outcome's title), who, how soon and what to do now; every
 * output puts it first, and the full-screen session fits it on its first screen. Then the rest:
 * why, meanwhile, what would make it more urgent, the sources.
 *
 * <p>In an emergency, what to do now is the outcome's {@code meanwhile} (call, do not drive,
 * unlock the door), so it comes before the explanation, together with the one line every
 * emergency needs: call your local emergency number. Nothing is shown for what an outcome does
 * not say: no heading over an empty list.
 */
public record ResultParts(
        Urgency urgency,
        String banner,
        String title,
        String who,
        String whoIsThis,
        String howSoon,
        String call,
        List<String> doNow,
        String say,
        List<Section> rest,
        String disclaimer,
        String recap,
        Labels labels) {

    /** The labels of the short block, in the result's language ("Who:", "How soon:", "What to do now"). */
    public record Labels(String who, String howSoon, String doNow, String whoIsThis) {}

    /** A heading and its items; never empty. */
    public record Section(String heading, List<String> items) {}

    public static ResultParts of(Recommendation r) {
        Words words = r.words();
        Outcome o = r.outcome();
        boolean emergency = o.urgency() == Urgency.EMERGENCY;
        List<String> meanwhile = texts(o.meanwhile());
        List<Section> rest = new ArrayList<>();
        add(rest, words.get("heading.why"), r.trace().stream()
                .map(e -> e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer(), words))
                .toList());
        if (!emergency) {
            add(rest, words.get("heading.meanwhile"), meanwhile);
        }
        // Nothing is sooner than now: in an emergency these items say what to do if it gets worse.
        add(rest, words.get(emergency ? "heading.if-worse" : "heading.go-sooner-if"), texts(o.goSoonerIf()));
        add(rest, words.get("heading.sources"), r.sources().stream().map(Source::citation).map(Text::value).toList());
        Text whoIsThis = Recommendation.whoIsThis(r.tree(), o);
        String who = Recommendation.who(r.tree(), o);
        String howSoon = words.howSoon(o.urgency());
        return new ResultParts(o.urgency(), words.banner(o.urgency()), o.title().value(), who,
                whoIsThis == null ? null : whoIsThis.value(), howSoon, emergency ? words.get("result.call") : null,
                emergency ? meanwhile : List.of(), o.say().value(), List.copyOf(rest), words.get("result.disclaimer"),
                words.get("result.in-short", who, howSoon),
                new Labels(words.get("label.who"), words.get("label.how-soon"), words.get("heading.do-now"),
                        words.get("label.who-is-this")));
    }

    private static void add(List<Section> sections, String heading, List<String> items) {
        if (!items.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(items)));
        }
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).filter(t -> !t.isBlank()).toList();
    }
}
