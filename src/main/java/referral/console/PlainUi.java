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
import referral.lang.Words;
import referral.files.BoundedLines;
import referral.diagnostics.BadInput;
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
    private final Words words;

    PlainUi(InputStream in, PrintStream out, int width, boolean person) {
        this(in, out, width, person, Words.ENGLISH);
    }

    PlainUi(InputStream in, PrintStream out, int width, boolean person, Words words) {
        this.in = new BoundedLines(in, MAX_LINE);
        this.out = out;
        this.width = Math.max(30, width);
        this.person = person;
        this.words = words;
    }

    @Override
    public Reply ask(Step.Ask ask, Progress progress, Answer previous) throws Interrupted {
        Question q = ask.shown();
        out.println();
        say(ProgressText.of(progress, words) + ": " + q.text().value(), "");
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
            case MULTI -> words.get("plain.multi");
            case NUMBER -> words.get("typed.type", Accepted.number(q, words));
            default -> "";
        };
        String keep = previous == null ? "" : words.get("plain.keep", shown(q, previous));
        say((how + " " + keep + " " + words.get("plain.keys")).strip().replaceAll("\\s+", " "), "");
        while (true) {
            String line = readLine();
            String word = line.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() && previous != null) {
                return new Reply.Answered(previous);
            }
            if (word.equals("?") || word.equals("help") || word.equals("справка")) {
                help(q);
                continue;
            }
            if ((word.equals("b") || word.equals("back") || word.equals("назад")) && q.choice(word).isEmpty()) {
                return new Reply.Back();
            }
            Typed typed = Typed.parse(q, ask.hidden(), line, words);
            if (typed.answer() != null) {
                return new Reply.Answered(typed.answer());
            }
            say(typed.problem(), "");
        }
    }

    @Override
    public ReviewReply review(List<TraceEntry> answers) throws Interrupted {
        out.println();
        out.println(words.get("plain.review"));
        for (int i = 0; i < answers.size(); i++) {
            TraceEntry e = answers.get(i);
            String number = Layout.number(i + 1, answers.size());
            say(e.question().text().value() + " " + Recommendation.answerText(e.question(), e.answer(), words),
                    "  " + number, " ".repeat(2 + number.length()));
        }
        say(words.get("plain.review-how"), "");
        while (true) {
            String word = readLine().strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.equals("b") || word.equals("back") || word.equals("назад")) {
                return new ReviewReply.Keep();
            }
            if (word.equals("?") || word.equals("help") || word.equals("справка")) {
                say(words.get("plain.review-help"), "");
                continue;
            }
            if (word.matches("\\d{1,3}")) {
                int n = Integer.parseInt(word);
                if (n >= 1 && n <= answers.size()) {
                    return new ReviewReply.Change(answers.get(n - 1).question().id());
                }
            }
            say(words.get("plain.review-range", Integer.toString(answers.size())), "");
        }
    }

    @Override
    public void notice(String message) {
        say(message, "");
    }

    /** The whole result at once, short block first: a screen reader or a log reads it top to bottom. */
    @Override
    public boolean result(Recommendation r) {
        out.println();
        out.print(new TextReport(Style.PLAIN, width).render(r));
        out.flush();
        return true; // lines have no key for it: what next is asked of a person, Enter alone being done
    }

    @Override
    public ResultReply afterResult(ResultSaver saver, boolean offerSaving, boolean asked) {
        if (!person || !asked) {
            return new ResultReply.Done();
        }
        if (saver.answersSavedTo() != null) {
            say(words.get("saved.in", saver.answersSavedTo()), "");
        }
        boolean answersToo = offerSaving && saver.answersSavedTo() == null;
        while (true) {
            out.println();
            say(words.get(answersToo ? "next.title-offer" : "next.title"), "");
            out.println("  1) " + words.get("next.done"));
            out.println("  2) " + words.get("next.change"));
            if (answersToo) {
                out.println("  3) " + words.get("plain.save-answers") + "\n  4) " + words.get("plain.save-summary"));
            } else if (offerSaving) {
                out.println("  3) " + words.get("plain.save-summary"));
            }
            String word;
            try {
                word = readLine().strip();
            } catch (Interrupted endOfInput) {
                return new ResultReply.Done();
            }
            if (word.isEmpty() || word.equals("1") || word.equalsIgnoreCase("n") || word.equalsIgnoreCase("q")
                    || word.equalsIgnoreCase("н")) {
                return new ResultReply.Done();
            }
            if (word.equals("2")) {
                return new ResultReply.ChangeAnswers();
            }
            boolean answers = answersToo && word.equals("3");
            boolean summary = offerSaving && word.equals(answersToo ? "4" : "3");
            if (!answers && !summary) {
                int last = 2 + (answersToo ? 2 : offerSaving ? 1 : 0);
                say(words.get("plain.next-range", Integer.toString(last)), "");
                continue;
            }
            String suggested = answers ? ResultSaver.ANSWERS_FILE : ResultSaver.SUMMARY_FILE;
            say(words.get("plain.file", suggested), "");
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
                say(words.get("plain.saved", file), "");
            } catch (BadInput e) {
                say(words.get("saved.not", e.getMessage()), "");
            }
        }
    }

    private void help(Question q) {
        if (q.help() != null && !q.help().isBlank()) {
            say(q.help().value(), "  ");
        }
        String how = switch (q.type()) {
            case MULTI -> words.get("plain.help-multi");
            case YES_NO -> words.get("plain.help-yes-no");
            case NUMBER -> words.get("typed.type", Accepted.number(q, words));
            case ONE -> words.get("plain.help-one");
        };
        say(how + " " + words.get("plain.help-back"), "  ");
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
                    out.println(words.get("plain.line-of", Long.toString(line.length())));
                }
                say(line.tooLong() ? words.get("plain.too-long", Integer.toString(MAX_LINE)) : words.get("plain.not-utf8"), "");
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

    /** An answer as the person saw it, quoted as the language quotes. */
    private String shown(Question q, Answer a) {
        return words.get("quoted", Recommendation.answerText(q, a, words));
    }
}
