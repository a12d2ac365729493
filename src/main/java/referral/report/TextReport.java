package referral.report;

import java.util.List;
import referral.engine.TraceEntry;
import referral.rules.Outcome;
import referral.rules.Source;
import referral.rules.Text;
import referral.rules.Urgency;

/** The recommendation as text for a person: who, how soon, why, what to do meanwhile. */
public final class TextReport {
    private final Style style;
    private final int width;

    public TextReport(Style style, int width) {
        this.style = style;
        this.width = Math.max(30, width);
    }

    public String render(Recommendation r) {
        Outcome o = r.outcome();
        StringBuilder s = new StringBuilder();
        for (String line : Wrap.lines(banner(o.urgency()), width, "", "")) {
            s.append(style.urgency(o.urgency(), line)).append('\n');
        }
        for (String line : Wrap.lines(o.title().value(), width, "", "")) {
            s.append(style.bold(line)).append('\n');
        }
        s.append('\n');
        String who = o.see().label() + (o.specialty() == null ? "" : " - " + o.specialty());
        s.append(Wrap.text(who, width, "Who:       ", "           ")).append('\n');
        s.append(Wrap.text(o.urgency().meaning() + " (" + o.urgency().id() + ")", width,
                "How soon:  ", "           ")).append("\n\n");
        s.append(Wrap.text(o.say().value(), width, "", "")).append('\n');
        section(s, "Why", reasons(r.trace()));
        section(s, "Meanwhile", texts(o.meanwhile()));
        section(s, "Go sooner if", texts(o.goSoonerIf()));
        section(s, "Sources", r.sources().stream().map(Source::citation).map(Text::value).toList());
        s.append('\n').append(Wrap.text("This advice helps you choose whom to see; it is not a diagnosis. "
                + "If you feel worse or are worried, call your doctor or emergency services.", width, "", ""))
                .append('\n');
        return s.toString();
    }

    private static String banner(Urgency u) {
        return switch (u) {
            case EMERGENCY -> "EMERGENCY: CALL YOUR LOCAL EMERGENCY NUMBER NOW";
            case URGENT -> "URGENT: SEE A DOCTOR WITHIN 24 HOURS";
            case SOON -> "SOON: SEE A DOCTOR WITHIN A FEW DAYS";
            case ROUTINE -> "ROUTINE: BOOK AN APPOINTMENT";
            case SELF_CARE -> "SELF-CARE: YOU CAN LOOK AFTER THIS AT HOME";
        };
    }

    private static List<String> reasons(List<TraceEntry> trace) {
        return trace.stream()
                .map(e -> e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer()))
                .toList();
    }

    private static List<String> texts(List<Text> texts) {
        return texts.stream().map(Text::value).toList();
    }

    private void section(StringBuilder s, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        s.append('\n').append(style.bold(title + ":")).append('\n');
        for (String item : items) {
            s.append(Wrap.text(item, width, "  - ", "    ")).append('\n');
        }
    }
}
