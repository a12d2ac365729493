package referral.report;

import java.util.ArrayList;
import java.util.List;
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
        String disclaimer) {

    /** A heading and what it holds: a list of items, or ({@code prose}) paragraphs; never empty. */
    public record Section(String heading, List<String> items, boolean prose) {}

    public static final String DO_NOW = "What to do now";
    public static final String DISCLAIMER = "This advice helps you choose whom to see; it is not a diagnosis. "
            + "If you feel worse or are worried, call your doctor or emergency services.";

    public static ResultParts of(Recommendation r) {
        Outcome o = r.outcome();
        boolean emergency = o.urgency() == Urgency.EMERGENCY;
        List<Section> rest = new ArrayList<>();
        // Nothing is sooner than now: in an emergency these items say what to do if it gets worse.
        add(rest, emergency ? "If it gets worse" : "Go sooner if", texts(o.goSoonerIf()), false);
        add(rest, "Why", texts(List.of(o.say())), true);
        add(rest, "What you answered", r.trace().stream()
                .map(e -> e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer()))
                .toList(), false);
        add(rest, "Sources", r.sources().stream().map(Source::citation).map(Text::value).toList(), false);
        Text whoIsThis = Recommendation.whoIsThis(r.tree(), o);
        return new ResultParts(o.urgency(), banner(o.urgency()), o.title().value(), Recommendation.who(r.tree(), o),
                whoIsThis == null ? null : whoIsThis.value(), o.urgency().meaning(), texts(o.meanwhile()),
                List.copyOf(rest), DISCLAIMER);
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

    private static void add(List<Section> sections, String heading, List<String> items, boolean prose) {
        if (!items.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(items), prose));
        }
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().filter(t -> t != null).map(Text::value).filter(t -> !t.isBlank()).toList();
    }
}
