package referral.console;

import referral.answers.Accepted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import referral.engine.Answer;
import referral.engine.Progress;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.diagnostics.BadInput;
import referral.lang.Words;
import referral.report.Recommendation;
import referral.report.ResultParts;
import referral.report.Style;
import referral.report.TextReport;
import referral.report.Wrap;
import referral.rules.Urgency;
import referral.rules.Choice;
import referral.rules.Question;
import referral.rules.QuestionType;

/**
 * The full-screen prompts: a list moved with the arrow keys (or j/k, or number keys), Space to
 * select several, y/n for yes-no, a number field checked as it is typed, {@code ?} for help,
 * Esc or b to go back. It reads {@link Key}s and draws {@link Line}s, so tests drive it without a terminal.
 */
final class ScreenUi implements Ui {

    private static final Pattern SENTENCE = Pattern.compile("(.+?(?:[.!?](?=\\s|$)|$))", Pattern.DOTALL);

    private final Keyboard keys;
    private final Canvas canvas;
    private final boolean color;
    private final Words words;
    /** How every list says its moving keys: arrows, and a number for its choice. */
    private final String move;
    private String notice;

    ScreenUi(Keyboard keys, Canvas canvas, boolean color) {
        this(keys, canvas, color, Words.ENGLISH);
    }

    ScreenUi(Keyboard keys, Canvas canvas, boolean color, Words words) {
        this.keys = keys;
        this.canvas = canvas;
        this.color = color;
        this.words = words;
        this.move = words.get("hint.move-number");
    }

    /** Whether a key answers yes: y, or д (of «да»), so that a Russian keyboard layout need not be switched. */
    private static boolean yes(Key key) {
        return key.is('y') || key.is('д');
    }

    /** Whether a key answers no, or ticks "None of these": n, or н (of «нет», «ничего»). */
    private static boolean no(Key key) {
        return key.is('n') || key.is('н');
    }

    @Override
    public Reply ask(Step.Ask ask, Progress progress, Answer previous) throws Interrupted {
        Question q = ask.shown();
        return q.type() == QuestionType.NUMBER ? askNumber(q, progress, previous) : askChoice(q, progress, previous);
    }

    private Reply askChoice(Question q, Progress progress, Answer previous) throws Interrupted {
        ChoicePicker picker = new ChoicePicker(q, previous);
        Viewport view = new Viewport(words);
        String problem = takeNotice();
        while (true) {
            canvas.draw(choiceScreen(q, progress, picker, problem, view));
            Key key = next();
            problem = null;
            if (key.kind() == Key.Kind.RESIZE || view.scrolls(key, picker.cursor(), q.choices().size())
                    || picker.move(key)) {
                continue;
            }
            if (key.is('?')) {
                showHelp(q);
            } else if (key.kind() == Key.Kind.ESCAPE || key.is('b')) {
                return new Reply.Back();
            } else if (q.type() == QuestionType.YES_NO && (yes(key) || no(key))) {
                return new Reply.Answered(Answer.Chosen.of(yes(key) ? "yes" : "no"));
            } else if (no(key) && picker.tickNone()) {
                continue;
            } else if (key.kind() == Key.Kind.SPACE && q.type() == QuestionType.MULTI) {
                picker.toggle();
            } else if (key.kind() == Key.Kind.ENTER) {
                Answer a = picker.confirm();
                if (a != null) {
                    return new Reply.Answered(a);
                }
                Choice none = ChoicePicker.none(q);
                problem = none == null ? words.get("screen.select-one")
                        : words.get("screen.select-one-or-none", none.text().value());
            }
        }
    }

    private Reply askNumber(Question q, Progress progress, Answer previous) throws Interrupted {
        TextField field = new TextField(previous == null ? "" : previous.display(), TextField::numberChar, 12);
        Viewport view = new Viewport(words);
        String problem = takeNotice();
        while (true) {
            canvas.draw(numberScreen(q, progress, field, problem, view));
            Key key = next();
            problem = null;
            if (key.kind() == Key.Kind.RESIZE || view.scrolls(key, 0, 1)) {
                continue;
            }
            if (key.is('?')) {
                showHelp(q);
            } else if (key.kind() == Key.Kind.ESCAPE || key.is('b')) {
                return new Reply.Back();
            } else if (key.kind() == Key.Kind.ENTER) {
                problem = Typed.numberProblem(q, field.text(), words);
                if (problem == null) {
                    return new Reply.Answered(new Answer.Number(Double.parseDouble(field.text())));
                }
            } else if (field.edit(key)) {
                problem = tooBig(q, field.text());
            } else if (key.kind() == Key.Kind.CHAR) {
                problem = words.get("screen.digits-only", Accepted.number(q, words));
            }
        }
    }

    /** While typing, only a value that more digits cannot fix is a problem: one above the maximum. */
    private String tooBig(Question q, String text) {
        String problem = Typed.numberProblem(q, text, words);
        if (problem == null || q.max() == null) {
            return null;
        }
        try {
            return Double.parseDouble(text) > q.max() ? problem : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public ReviewReply review(List<TraceEntry> answers) throws Interrupted {
        ListCursor cursor = new ListCursor(answers.size() + 1, 0, 0);   // 0 keeps them, n is the nth answer
        while (true) {
            int w = canvas.columns();
            List<Line> head = new ArrayList<>();
            head.addAll(Layout.wrap(words.get("screen.review"), Line.Look.TITLE, w, "", ""));
            head.addAll(Layout.wrap(words.get("screen.review-how"), Line.Look.DIM, w, "", ""));
            head.add(Line.of(""));
            List<List<Line>> items = new ArrayList<>();
            items.add(item(words.get("screen.keep"), cursor.index() == 0, "", w));
            for (int i = 0; i < answers.size(); i++) {
                TraceEntry e = answers.get(i);
                boolean current = cursor.index() == i + 1;
                String number = Layout.number(i + 1, answers.size());
                List<Line> lines = new ArrayList<>(item(e.question().text().value(), current, number, w));
                String indent = " ".repeat(2 + number.length());
                lines.addAll(Layout.wrap(Glyphs.ANSWER + Recommendation.answerText(e.question(), e.answer(), words),
                        current ? Line.Look.CURRENT : Line.Look.DIM, w, indent, indent + "  "));
                items.add(lines);
            }
            List<Line> foot = new ArrayList<>();
            foot.add(Line.of(""));
            foot.addAll(Layout.hints(w, move, words.get("hint.choose"), words.get("hint.back")));
            canvas.draw(Layout.fit(head, items, cursor.index(), foot, canvas.rows(), words));
            Key key = next();
            if (key.kind() == Key.Kind.ENTER) {
                return cursor.index() == 0
                        ? new ReviewReply.Keep()
                        : new ReviewReply.Change(answers.get(cursor.index() - 1).question().id());
            }
            if (key.kind() == Key.Kind.ESCAPE || key.is('b') || key.is('q')) {
                return new ReviewReply.Keep();
            }
            cursor.move(key);
        }
    }

    @Override
    public void notice(String message) {
        notice = message;
    }

    /**
     * The result as pages: the first holds the short block (headline, who, how soon, what to do
     * now), so nothing important scrolls away before it is read; the rest is a key away. The
     * footer says what lies below and which keys move. Enter, q or Esc is done: everybody reads
     * the result, few change an answer or save, so "What next?" is {@code m} away instead of
     * being a screen every person must pass to get out.
     */
    @Override
    public boolean result(Recommendation r) throws Interrupted {
        int top = 0;
        while (true) {
            ResultPage page = ResultPage.of(r, top, canvas.columns(), canvas.rows());
            top = page.top();
            canvas.draw(page.lines());
            Key key = next();
            switch (key.kind()) {
                case DOWN -> top++;
                case UP -> top--;
                case SPACE, PAGE_DOWN -> top += page.height();
                case PAGE_UP -> top -= page.height();
                case HOME -> top = 0;
                case END -> top = Integer.MAX_VALUE / 2;
                case ENTER, ESCAPE -> {
                    return false;
                }
                case CHAR -> {
                    if (key.is('j')) {
                        top++;
                    } else if (key.is('k')) {
                        top--;
                    } else if (key.is('q')) {
                        return false;
                    } else if (key.is('m') || key.is('м')) {
                        return true;
                    }
                }
                default -> {
                    // a resize is drawn again at the new size; other keys do nothing here
                }
            }
        }
    }

    @Override
    public ResultReply afterResult(ResultSaver saver, boolean offerSaving, boolean asked) throws Interrupted {
        String status = saver.answersSavedTo() == null ? null : words.get("saved.in", saver.answersSavedTo());
        if (!asked) {
            return finish(saver, status);
        }
        final String DONE = words.get("next.done");
        final String READ_AGAIN = words.get("next.read-again");
        final String CHANGE = words.get("next.change");
        final String SAVE_ANSWERS = words.get("next.save-answers");
        final String SAVE_SUMMARY = words.get("next.save-summary");
        List<String> options = new ArrayList<>(List.of(DONE, READ_AGAIN, CHANGE));
        if (offerSaving && saver.answersSavedTo() == null) {
            options.add(SAVE_ANSWERS);
        }
        if (offerSaving) {
            options.add(SAVE_SUMMARY);
        }
        ListCursor cursor = new ListCursor(options.size(), 0);
        ResultParts parts = ResultParts.of(saver.recommendation());
        while (true) {
            int w = canvas.columns();
            List<Line> head = new ArrayList<>(Layout.wrap(parts.recap(), Line.Look.TITLE, w, "", ""));
            head.add(Line.of(""));
            if (status != null) {
                head.addAll(Layout.wrap(status, Line.Look.DIM, w, "", ""));
            }
            head.addAll(Layout.wrap(words.get(offerSaving && status == null ? "next.title-offer" : "next.title"), Line.Look.TITLE, w, "", ""));
            List<List<Line>> items = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                items.add(item(options.get(i), cursor.index() == i, Layout.number(i + 1, options.size()), w));
            }
            List<Line> foot = Layout.hints(w, move, words.get("hint.choose"), words.get("hint.esc-done"));
            canvas.draw(Layout.fit(head, items, cursor.index(), foot, canvas.rows(), words));
            Key key = next();
            String chosen = key.kind() == Key.Kind.ENTER ? options.get(cursor.index()) : null;
            if (key.kind() == Key.Kind.ESCAPE || key.is('q') || DONE.equals(chosen)) {
                return finish(saver, status);
            }
            if (READ_AGAIN.equals(chosen)) {
                return new ResultReply.ReadAgain();
            }
            if (CHANGE.equals(chosen)) {
                return new ResultReply.ChangeAnswers();
            }
            if (chosen != null) {
                boolean answers = chosen.equals(SAVE_ANSWERS);
                String file = fileName(answers ? ResultSaver.ANSWERS_FILE : ResultSaver.SUMMARY_FILE);
                if (file == null) {
                    continue;
                }
                try {
                    if (answers) {
                        saver.saveAnswers(file);
                    } else {
                        saver.saveSummary(file);
                    }
                    status = words.get(answers ? "saved.answers" : "saved.summary", file);
                    cursor = new ListCursor(options.size(), 0);
                } catch (BadInput e) {
                    status = words.get("saved.not", e.getMessage());
                }
                continue;
            }
            cursor.move(key);
        }
    }

    /** The whole result stays on the terminal after the session, ending with who and how soon. */
    private ResultReply finish(ResultSaver saver, String status) {
        Urgency urgency = saver.recommendation().outcome().urgency();
        canvas.print(new TextReport(new Style(color), Math.min(canvas.columns(), 100)).render(saver.recommendation())
                + "\n" + (status == null ? "" : status + "\n")
                + new Style(color).urgency(urgency, Wrap.text(ResultParts.of(saver.recommendation()).recap(),
                        canvas.columns(), "", "")) + "\n");
        return new ResultReply.Done();
    }

    /** Asks for a file name; null when the person cancels with Esc. */
    private String fileName(String suggested) throws Interrupted {
        TextField field = new TextField(suggested, c -> c >= ' ' && c != 127, 255);
        String problem = null;
        while (true) {
            int w = canvas.columns();
            List<Line> lines = new ArrayList<>(Layout.wrap(words.get("file.which"), Line.Look.TITLE, w, "", ""));
            lines.addAll(Layout.wrap(field.text() + "_", Line.Look.CURRENT, w, "> ", "  "));
            if (problem != null) {
                lines.addAll(Layout.wrap(problem, Line.Look.PROBLEM, w, "! ", "  "));
            }
            lines.addAll(Layout.hints(w, words.get("hint.save"), words.get("hint.cancel")));
            canvas.draw(lines);
            Key key = next();
            if (key.kind() == Key.Kind.ESCAPE) {
                return null;
            }
            if (key.kind() == Key.Kind.ENTER) {
                if (!field.text().isBlank()) {
                    return field.text().strip();
                }
                problem = words.get("file.type-name");
                continue;
            }
            field.edit(key);
        }
    }

    private List<Line> choiceScreen(Question q, Progress progress, ChoicePicker picker, String problem, Viewport view) {
        int w = canvas.columns();
        List<Line> head = head(q, progress, w, null);
        List<List<Line>> items = new ArrayList<>();
        List<Choice> choices = q.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String box = q.type() == QuestionType.MULTI ? (picker.isSelected(c.id()) ? "[x] " : "[ ] ") : "";
            items.add(item(c.text().value(), picker.cursor() == i, box + Layout.number(i + 1, choices.size()), w));
        }
        int itemLines = items.stream().mapToInt(List::size).sum();
        List<Line> foot = choiceFoot(q, problem, w, move);
        if (choices.size() > 9) {
            // How to reach choice 10 and on: by its two digits where the footer has room to say so
            // with the whole list in view; on a list that scrolls, by the keys that scroll it.
            foot = choiceFoot(q, problem, w, words.get("hint.move-two-digits"));
            if (head.size() + itemLines + foot.size() > canvas.rows() - 1) {
                foot = choiceFoot(q, problem, w, words.get("hint.move-end"));
            }
        }
        return view.fit(withHelp(head, q, progress, itemLines, foot), items, picker.cursor(), foot, canvas.rows());
    }

    private List<Line> choiceFoot(Question q, String problem, int w, String move) {
        List<String> hints = switch (q.type()) {
            case MULTI -> multiHints(q, move);
            case YES_NO -> hints("yes", "no", "back", "help");
            default -> List.of(move, words.get("hint.choose"), words.get("hint.back"), words.get("hint.help"));
        };
        return foot(problem, w, hints.toArray(String[]::new));
    }

    /**
     * The keys of a list where several apply, the same on every such list: a number moves, Space
     * ticks. Where it has a "None of these", {@code n} ticks it, and the hint says so on every
     * screen: on a long list it is the last choice, often below the fold, and players at 80x24 did
     * not find it (End, which also reaches it, did not say where it went).
     */
    private List<String> multiHints(Question q, String move) {
        Choice none = ChoicePicker.none(q);
        List<String> hints = new ArrayList<>(List.of(move, words.get("hint.tick")));
        if (none != null) {
            String text = none.text().value();
            hints.add(text.toLowerCase(Locale.ROOT).startsWith(words.get("none.starts").toLowerCase(Locale.ROOT))
                    ? words.get("hint.none") : words.get("hint.none-named", text));
        }
        hints.addAll(hints("done", "back", "help"));
        return hints;
    }

    /** Key hints by name ("back": "Esc back"), in the session's words. */
    private List<String> hints(String... names) {
        List<String> hints = new ArrayList<>();
        for (String name : names) {
            hints.add(words.get("hint." + name));
        }
        return hints;
    }

    /** The unit beside the number being typed, in its form for that number ("42 года"). */
    private String unitShown(Question q, String typed) {
        return typed.isEmpty() ? words.unitWord(q.unit()) : words.unitFor(typed, q.unit().value());
    }

    private List<Line> numberScreen(Question q, Progress progress, TextField field, String problem, Viewport view) {
        int w = canvas.columns();
        List<Line> head = head(q, progress, w, null);
        List<Line> input = Layout.wrap(field.text() + "_" + (q.unit() == null ? "" : " " + unitShown(q, field.text())),
                Line.Look.CURRENT, w, "> ", "  ");
        List<Line> foot = new ArrayList<>();
        if (problem == null) {
            foot.add(Line.of(""));
            String how = field.untouched() ? words.get("screen.enter-keeps") + " " : "";
            foot.addAll(Layout.wrap(how + words.get("typed.type", Accepted.number(q, words)), Line.Look.DIM, w, "", ""));
            foot.addAll(Layout.hints(w, hints("done", "back", "help").toArray(String[]::new)));
        } else {
            foot.addAll(foot(problem, w, hints("done", "back", "help").toArray(String[]::new)));
        }
        return view.fit(withHelp(head, q, progress, input.size(), foot), List.of(input), 0, foot, canvas.rows());
    }

    /**
     * The head with the question's help under the question: all of it where the screen has room
     * for it besides the whole list and the hints, else as many whole sentences as fit and a note
     * that {@code ?} shows the rest. Players never pressed '?' and missed what the help says
     * ("... is asked later"); the list and how to answer still come first, so on a screen with
     * no room the head stays as it is.
     */
    private List<Line> withHelp(List<Line> head, Question q, Progress progress, int itemLines, List<Line> foot) {
        String help = q.help() == null ? "" : q.help().value().strip();
        int room = canvas.rows() - 1 - head.size() - itemLines - foot.size();
        if (help.isEmpty() || room <= 0) {
            return head;
        }
        List<String> sentences = sentences(help);
        for (int n = sentences.size(); n > 0; n--) {
            String lead = String.join(" ", sentences.subList(0, n))
                    + (n < sentences.size() ? " " + words.get("screen.help-rest") : "");
            List<Line> led = head(q, progress, canvas.columns(), lead);
            if (led.size() - head.size() <= room) {
                return led;
            }
        }
        return head;
    }

    /** The help's sentences: each up to a full stop, question or exclamation mark before a space or the end. */
    static List<String> sentences(String help) {
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(help.strip());
        while (m.find()) {
            sentences.add(m.group(1).strip());
        }
        return sentences;
    }

    private List<Line> head(Question q, Progress progress, int w, String lead) {
        List<Line> head = new ArrayList<>();
        head.addAll(Layout.wrap(ProgressText.of(progress, words), Line.Look.DIM, w, "", ""));
        head.addAll(Layout.wrap(q.text().value(), Line.Look.TITLE, w, "", ""));
        if (lead != null) {
            head.addAll(Layout.wrap(lead, Line.Look.DIM, w, "", ""));
        }
        if (q.type() == QuestionType.MULTI) {
            head.addAll(Layout.wrap(words.get("screen.select-all"), Line.Look.DIM, w, "", ""));
        }
        head.add(Line.of(""));
        return head;
    }

    /**
     * '?': the question's whole help and its keys on a page of their own, so that opening it never
     * pushes the list, its "None of these" or the hints off the screen. Any key returns to the
     * question, as it was; a help taller than the screen scrolls first (Space, Down, PgDn; Up, PgUp).
     */
    private void showHelp(Question q) throws Interrupted {
        int top = 0;
        while (true) {
            int w = canvas.columns();
            List<Line> page = new ArrayList<>(Layout.wrap(q.text().value(), Line.Look.TITLE, w, "", ""));
            page.add(Line.of(""));
            if (q.help() != null && !q.help().isBlank()) {
                page.addAll(Layout.wrap(q.help().value().strip(), Line.Look.NORMAL, w, "", ""));
                page.add(Line.of(""));
            }
            page.addAll(Layout.wrap(keysHelp(q), Line.Look.DIM, w, "", ""));
            int budget = Math.max(1, canvas.rows() - 1);
            List<Line> foot = new ArrayList<>(List.of(Line.of("")));
            foot.addAll(Layout.wrap(words.get("help.return"), Line.Look.DIM, w, "", ""));
            boolean tall = page.size() + foot.size() > budget;
            if (tall) {
                // Wrapped as words, not between hints: the last hint alone is wider than a narrow screen.
                foot = Layout.wrap(String.join(Glyphs.SEPARATOR, words.get("hint.more"), words.get("hint.scroll"),
                        words.get("help.return-other")), Line.Look.DIM, w, "", "");
            }
            int shown = Math.max(1, budget - foot.size());
            top = Math.max(0, Math.min(top, page.size() - shown));
            List<Line> lines = new ArrayList<>(page.subList(top, Math.min(page.size(), top + shown)));
            lines.addAll(foot);
            canvas.draw(lines);
            Key key = next();
            boolean below = top + shown < page.size();
            if (key.kind() == Key.Kind.RESIZE) {
                continue;
            }
            if (tall && (key.kind() == Key.Kind.DOWN || key.is('j')) && below) {
                top++;
            } else if (tall && (key.kind() == Key.Kind.SPACE || key.kind() == Key.Kind.PAGE_DOWN) && below) {
                top += shown;
            } else if (tall && (key.kind() == Key.Kind.UP || key.is('k')) && top > 0) {
                top--;
            } else if (tall && key.kind() == Key.Kind.PAGE_UP && top > 0) {
                top -= shown;
            } else {
                return;
            }
        }
    }

    private static List<Line> foot(String problem, int w, String... hints) {
        List<Line> foot = new ArrayList<>();
        foot.add(Line.of(""));
        if (problem != null) {
            foot.addAll(Layout.wrap(problem, Line.Look.PROBLEM, w, "! ", "  "));
        }
        foot.addAll(Layout.hints(w, hints));
        return foot;
    }

    /** What the keys do at this question, for '?'. */
    private String keysHelp(Question q) {
        String move = words.get(q.choices().size() > 9 ? "keys.move-long" : "keys.move");
        Choice none = ChoicePicker.none(q);
        String keys = switch (q.type()) {
            case MULTI -> words.get("keys.multi", move,
                    none == null ? "" : " " + words.get("keys.none", none.text().value()));
            case YES_NO -> words.get("keys.yes-no");
            case NUMBER -> words.get("keys.number");
            case ONE -> words.get("keys.one", move);
        };
        return words.get("keys.all", keys);
    }

    private static List<Line> item(String text, boolean current, String label, int w) {
        String first = (current ? "> " : "  ") + label;
        return Layout.wrap(text, current ? Line.Look.CURRENT : Line.Look.NORMAL, w, first, " ".repeat(first.length()));
    }

    private Key next() throws Interrupted {
        Key key = keys.read();
        if (key.kind() == Key.Kind.INTERRUPT) {
            throw new Interrupted(false);
        }
        if (key.kind() == Key.Kind.RESIZE) {
            canvas.resized();
        }
        return key;
    }

    private String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }
}
