package referral.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import referral.cases.Case;
import referral.cases.CaseFiles;
import referral.cases.CaseReader;
import referral.cases.CaseResult;
import referral.cases.CaseRunner;
import referral.cases.Coverage;
import referral.engine.Step;
import referral.engine.TraceEntry;
import referral.diagnostics.BadInput;
import referral.diagnostics.Code;
import referral.files.InputFiles;
import referral.rules.Outcome;
import referral.rules.Tree;

final class TestCommand implements Callable<Integer> {
    private static final int MAX_MISSING_SHOWN = 15;

    private final Io io;

    private final Specs.Arg<Path> rulesOption = Specs.rules();

    private final Specs.Many<Path> casesParam = Specs.many("CASES", Path.class,
            "Case files, or directories of them (default: see above).");

    private final Specs.Arg<Integer> minCoverageOption = Specs.option("--min-coverage", Integer.class, "PERCENT",
            "Fail (exit 1) when outcome or branch coverage is below PERCENT (0 to 100).");

    TestCommand(Io io) {
        this.io = io;
    }

    CommandSpec spec() {
        CommandSpec spec = Specs.command(this, "test",
                new String[] {"Run case files (patient stories) through the tree, with coverage.",
                        "", "Each case holds the answers and the expected outcome. Prints pass or fail per case, then"
                        + " coverage: outcomes reached, next branches taken, choices exercised.",
                        "", "Without CASES: the cases bundled with the default tree, or with --rules FILE, the 'cases'"
                        + " directory beside FILE."},
                new String[] {"  referral test                          # bundled tree and cases",
                        "  referral test --rules my/tree.yaml     # and my/cases/*.yaml",
                        "  referral test --rules my/tree.yaml new.yaml --min-coverage 100"},
                "0:every case passed", "1:a case failed, or coverage is below --min-coverage",
                ExitCode.USAGE_ERROR, ExitCode.RULES_INVALID, "4:a case file invalid", ExitCode.FILE_PROBLEM);
        rulesOption.addTo(spec);
        casesParam.addTo(spec);
        minCoverageOption.addTo(spec);
        Specs.standardHelpOptions(spec);
        return spec;
    }

    @Override
    public Integer call() throws BadInput {
        RulesOption rules = RulesOption.of(rulesOption.value());
        Integer minCoverage = minCoverageOption.value();
        if (minCoverage != null && (minCoverage < 0 || minCoverage > 100)) {
            throw new Failure(ExitCode.USAGE, "--min-coverage must be from 0 to 100, not " + minCoverage
                    + " (see 'referral test --help')");
        }
        Tree tree = rules.load();
        List<Case> all = new CaseReader(tree).readAll(caseFiles(rules));
        List<CaseResult> results = new CaseRunner(tree).runAll(all);
        for (CaseResult r : results) {
            printResult(r);
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        io.out().println();
        io.out().println(results.size() + " case" + (results.size() == 1 ? "" : "s") + ": "
                + (results.size() - failed) + " passed, " + failed + " failed");
        Coverage coverage = Coverage.of(tree, results);
        printCoverage(tree, coverage);
        io.out().flush();
        boolean coverageShort = false;
        if (minCoverage != null) {
            for (Coverage.Figure f : List.of(coverage.outcomes(), coverage.branches())) {
                if (f.percent() < minCoverage) {
                    coverageShort = true;
                    io.err().println("referral: " + f.name() + " " + f.percent() + "% is below --min-coverage "
                            + minCoverage + "%");
                }
            }
        }
        if (failed > 0) {
            io.err().println("referral: " + failed + " of " + results.size() + " cases failed");
        }
        return failed > 0 || coverageShort ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private List<InputFiles.Content> caseFiles(RulesOption rules) throws BadInput {
        List<Path> cases = casesParam.values();
        List<Path> paths = new ArrayList<>();
        if (!cases.isEmpty()) {
            for (Path p : cases) {
                paths.addAll(CaseFiles.expand(p));
            }
        } else if (rules.bundledId().isPresent()) {
            return CaseFiles.bundled(rules.bundledId().get());
        } else {
            Path dir = CaseFiles.besideRules(rules.rules);
            if (!Files.isDirectory(dir)) {
                throw BadInput.file(Code.NO_SUCH_FILE, dir.toString(), "no such directory; name the case files to run,"
                        + " or put them in a 'cases' directory beside " + rules.rules);
            }
            paths.addAll(CaseFiles.expand(dir));
        }
        List<InputFiles.Content> contents = new ArrayList<>();
        for (Path p : paths) {
            contents.add(CaseFiles.read(p));
        }
        return contents;
    }

    private void printResult(CaseResult r) {
        Case c = r.kase();
        int asked = r.step().trace().size() + (r.step() instanceof Step.Reached ? 0 : 1);
        if (r.passed()) {
            Outcome o = ((Step.Reached) r.step()).outcome();
            io.out().println("pass  " + c.name() + " -> " + o.id() + " (" + o.see().id()
                    + (o.specialty() == null ? "" : ", " + o.specialty()) + ", " + o.urgency().id() + "; "
                    + asked + " question" + (asked == 1 ? "" : "s") + ")");
        } else {
            io.out().println("FAIL  " + c.name() + " at " + c.position());
            for (String m : r.mismatches()) {
                io.out().println("      " + m);
            }
            io.out().println("      path: " + path(r.step()));
        }
        if (!r.step().unused().isEmpty()) {
            io.out().println("      note: answered but not asked on this path: " + String.join(", ", r.step().unused()));
        }
    }

    private static String path(Step step) {
        List<String> parts = new ArrayList<>();
        for (TraceEntry e : step.trace()) {
            parts.add(e.question().id() + "=" + e.answer().display());
        }
        if (step instanceof Step.NotOffered refused) {
            parts.add(refused.ask().question().id() + "=" + refused.answer().display() + " (not offered)");
        } else if (step instanceof Step.Ask ask) {
            parts.add(ask.question().id() + "=?");
        } else {
            parts.add(((Step.Reached) step).outcome().id());
        }
        return String.join(" > ", parts);
    }

    private void printCoverage(Tree tree, Coverage coverage) {
        io.out().println("coverage of " + tree.file() + " (" + tree.id() + " " + tree.version() + "):");
        for (Coverage.Figure f : List.of(coverage.outcomes(), coverage.branches(), coverage.choices())) {
            io.out().printf(java.util.Locale.ROOT, "  %-20s %4d/%-4d %3d%%%n", f.name(), f.covered(), f.total(), f.percent());
            List<String> missing = f.missing();
            for (int i = 0; i < Math.min(missing.size(), MAX_MISSING_SHOWN); i++) {
                io.out().println("      not covered: " + missing.get(i));
            }
            if (missing.size() > MAX_MISSING_SHOWN) {
                io.out().println("      ... and " + (missing.size() - MAX_MISSING_SHOWN) + " more");
            }
        }
        List<Integer> lengths = coverage.pathLengths();
        if (!lengths.isEmpty()) {
            io.out().println("  questions per case   " + lengths.get(0) + " to " + lengths.get(lengths.size() - 1)
                    + ", median " + lengths.get(lengths.size() / 2));
        }
    }
}
