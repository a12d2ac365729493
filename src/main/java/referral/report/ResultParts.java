package referral.report;

import java.util.ArrayList;
import java.util.List;
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
        String disclaimer) {

    /** A heading and its items; never empty. */
    public record Section(String heading, List<String> items) {}

    public static final String CALL = "If in doubt, call your local emergency number.";
    public static final String DISCLAIMER = "This advice helps you choose whom to see; it is not a diagnosis. "
            + "If you feel worse or are worried, call your doctor or emergency services.";

    public static ResultParts of(Recommendation r) {
        Outcome o = r.outcome();
        boolean emergency = o.urgency() == Urgency.EMERGENCY;
        List<String> meanwhile = texts(o.meanwhile());
        List<Section> rest = new ArrayList<>();
        add(rest, "Why", r.trace().stream()
                .map(e -> e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer()))
                .toList());
        if (!emergency) {
            add(rest, "Meanwhile", meanwhile);
        }
        // Nothing is sooner than now: in an emergency these items say what to do if it gets worse.
        add(rest, emergency ? "If it gets worse" : "Go sooner if", texts(o.goSoonerIf()));
        add(rest, "Sources", r.sources().stream().map(Source::citation).map(Text::value).toList());
        Text whoIsThis = Recommendation.whoIsThis(r.tree(), o);
        return new ResultParts(o.urgency(), banner(o.urgency()), o.title().value(), Recommendation.who(r.tree(), o),
                whoIsThis == null ? null : whoIsThis.value(), o.urgency().meaning(), emergency ? CALL : null,
                emergency ? meanwhile : List.of(), o.say().value(), List.copyOf(rest), DISCLAIMER);
    }

    /** The urgency in capitals, readable without colour; its time frame is the one the titles use. */
    public static String banner(Urgency u) {
        return switch (u) {
            case EMERGENCY -> "EMERGENCY: GET HELP NOW";
            case URGENT -> "URGENT: GET SEEN TODAY";
            case SOON -> "SOON: SEE A DOCTOR WITHIN A FEW DAYS";
            case ROUTINE -> "BOOK AN APPOINTMENT";
            case SELF_CARE -> "SELF-CARE: YOU CAN LOOK AFTER THIS AT HOME";
        };
    }

    /** Who and how soon in one line, for the end of a session. */
    public String recap() {
        return "In short: " + who + ". " + howSoon + ".";
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
