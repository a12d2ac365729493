package referral.console;

import referral.answers.Accepted;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import referral.engine.Answer;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.files.BoundedLines;
import referral.files.FileProblem;
import referral.report.Recommendation;
import referral.report.Style;
import referral.report.TextReport;
import referral.report.Wrap;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The plain mode: numbered prompts on plain lines, answers typed as numbers or ids, nothing but
 * text (no escape codes), for screen readers, dumb terminals and {@code printf '1\n2\n' | referral ask}.
 * When the input is not a person at a terminal, each answer read is echoed so the output reads
 * as a transcript, and what follows the result (changing an answer, saving: for people) is skipped.
 */
final class PlainUi implements Ui {
    /**
     * The longest line read, in bytes: room for any answer and for a file name as long as Linux
     * allows (4096). Whatever is typed or piped in, a line costs no more.
     */
    static final int MAX_LINE = 4096;

    private final BoundedLines in;
    private final PrintStream out;
    private final int width;
    private final boolean person;

    PlainUi(InputStream in, PrintStream out, int width, boolean person) {
        this.in = new BoundedLines(in, MAX_LINE);
        this.out = out;
        this.width = Math.max(30, width);
        this.person = person;
    }

    @Override
    public Reply ask(Step.Ask ask, Progress progress, Answer previous) throws Interrupted {
        Question q = ask.shown();
        out.println();
        say(ProgressText.of(progress) + ": " + q.text().value(), "");
        if (q.type() == QuestionType.YES_NO) {
            out.println("  1) " + q.choices().get(0).text().value() + "  2) " + q.choices().get(1).text().value());
        } else {
            List<Choice> choices = q.choices();
            for (int i = 0; i < choices.size(); i++) {
                String number = Layout.number(i + 1, choices.size());
                say(choices.get(i).text().value(), "  " + number, " ".repeat(2 + number.length()));
            }
        }
        String how = switch (q.type()) {
            case MULTI -> "One or more numbers, separated by spaces or commas.";
            case NUMBER -> "Type " + Accepted.number(q) + ".";
            default -> "";
        };
        String keep = previous == null ? "" : "Enter keeps " + PlainUi.shown(q, previous) + ".";
        say((how + " " + keep + " ? help, b back.").strip(), "");
        while (true) {
            String line = readLine();
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() && previous != null) {
                return new Reply.Answered(previous);
            }
            if (word.equals("?") || word.equals("help")) {
                help(q);
                continue;
            }
            if ((word.equals("b") || word.equals("back")) && q.choice(word).isEmpty()) {
                return new Reply.Back();
            }
            Typed typed = Typed.parse(q, ask.hidden(), line);
            if (typed.answer() != null) {
                return new Reply.Answered(typed.answer());
            }
            say(typed.problem(), "");
        }
    }

    @Override
    public ReviewReply review(List<TraceEntry> answers) throws Interrupted {
        out.println();
        out.println("Your answers:");
        for (int i = 0; i < answers.size(); i++) {
            TraceEntry e = answers.get(i);
            String number = Layout.number(i + 1, answers.size());
            say(e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer()),
                    "  " + number, " ".repeat(2 + number.length()));
        }
        say("Type the number of the answer to change; Enter keeps them all.", "");
        while (true) {
            String word = readLine().strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.equals("b") || word.equals("back")) {
                return new ReviewReply.Keep();
            }
            if (word.equals("?") || word.equals("help")) {
                say("To change an answer, type its number. Press Enter to keep them all.", "");
                continue;
            }
            if (word.matches("\\d{1,3}")) {
                int n = Integer.parseInt(word);
                if (n >= 1 && n <= answers.size()) {
                    return new ReviewReply.Change(answers.get(n - 1).question().id());
                }
            }
            say("Type a number from 1 to " + answers.size() + ", or press Enter to keep them all.", "");
        }
    }

    @Override
    public void notice(String message) {
        say(message, "");
    }

    /** The whole result at once, short block first: a screen reader or a log reads it top to bottom. */
    @Override
    public void result(Recommendation r) {
        out.println();
        out.print(new TextReport(Style.PLAIN, width).render(r));
        out.flush();
    }

    @Override
    public ResultReply afterResult(ResultSaver saver, boolean offerSaving) {
        if (!person) {
            return new ResultReply.Done();
        }
        if (saver.answersSavedTo() != null) {
            say("Your answers are saved in " + saver.answersSavedTo() + ".", "");
        }
        boolean answersToo = offerSaving && saver.answersSavedTo() == null;
        while (true) {
            out.println();
            say(offerSaving ? "What next? Nothing is saved unless you choose it." : "What next?", "");
            out.println("  1) Done");
            out.println("  2) Change an answer");
            if (answersToo) {
                out.println("  3) Save the answers\n  4) Save a summary");
            } else if (offerSaving) {
                out.println("  3) Save a summary");
            }
            String word;
            try {
                word = readLine().strip();
            } catch (Interrupted endOfInput) {
                return new ResultReply.Done();
            }
            if (word.isEmpty() || word.equals("1") || word.equalsIgnoreCase("n") || word.equalsIgnoreCase("q")) {
                return new ResultReply.Done();
            }
            if (word.equals("2")) {
                return new ResultReply.ChangeAnswers();
            }
            boolean answers = answersToo && word.equals("3");
            boolean summary = offerSaving && word.equals(answersToo ? "4" : "3");
            if (!answers && !summary) {
                int last = 2 + (answersToo ? 2 : offerSaving ? 1 : 0);
                say("Type a number from 1 to " + last + ", or press Enter when you are done.", "");
                continue;
            }
            String suggested = answers ? ResultSaver.ANSWERS_FILE : ResultSaver.SUMMARY_FILE;
            say("File name (Enter for " + suggested + "):", "");
            String file;
            try {
                file = readLine().strip();
            } catch (Interrupted endOfInput) {
                return new ResultReply.Done();
            }
            file = file.isEmpty() ? suggested : file;
            try {
                if (answers) {
                    saver.saveAnswers(file);
                } else {
                    saver.saveSummary(file);
                }
                say("Saved to " + file + " (readable by you only).", "");
            } catch (FileProblem e) {
                say("Could not save: " + e.getMessage(), "");
            }
        }
    }

    private void help(Question q) {
        if (q.help() != null && !q.help().isBlank()) {
            say(q.help().value(), "  ");
        }
        String how = switch (q.type()) {
            case MULTI -> "Type the numbers (or ids) of all that apply, separated by spaces or commas.";
            case YES_NO -> "Type 1 or y for yes, 2 or n for no.";
            case NUMBER -> "Type " + Accepted.number(q) + ".";
            case ONE -> "Type the number (or id) of one choice.";
        };
        say(how + " Type b to go back to the previous question.", "  ");
    }

    /** The next line typed; a line too long, or not UTF-8, is said so and the prompt comes again. */
    private String readLine() throws Interrupted {
        while (true) {
            out.print("> ");
            out.flush();
            BoundedLines.Line line;
            try {
                line = in.next();
            } catch (IOException e) {
                throw Interrupted.unreadable(e.getMessage() == null ? "input/output error" : e.getMessage());
            }
            if (line == null) {
                out.println();
                throw new Interrupted(true);
            }
            String text = line.tooLong() ? null : utf8(line.bytes());
            if (text == null) {
                if (!person) {
                    out.println("(a line of " + line.length() + " bytes)");
                }
                say(line.tooLong()
                        ? "That line is longer than " + MAX_LINE + " bytes; type a choice's number or id."
                        : "That line is not valid UTF-8 text; type a choice's number or id.", "");
                continue;
            }
            if (!person) {
                out.println(text);
            }
            return text;
        }
    }

    /** The bytes as text, or null when they are not UTF-8 (never a guess with replacement characters). */
    private static String utf8(byte[] bytes) {
        try {
            return BoundedLines.utf8(bytes, 0, bytes.length);
        } catch (BoundedLines.NotUtf8 e) {
            return null;
        }
    }

    private void say(String text, String indent) {
        say(text, indent, indent);
    }

    private void say(String text, String first, String rest) {
        out.println(Wrap.text(text, width, first, rest));
        out.flush();
    }

    /** An answer as the person saw it, quoted. */
    static String shown(Question q, Answer a) {
        return "'" + Recommendation.answerText(q, a) + "'";
    }
}
