package referral.build;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import referral.cli.Io;
import referral.cli.Main;

/**
 * Build step (not in the jar): the man page {@code referral.1} and the shell completion scripts, both
 * made from the command model that parses the command line ({@link Main#model()}), so that they say
 * what the tool accepts. picocli's ManPageGenerator writes AsciiDoc, a page per command; one page
 * gathers them (each command a section, included by the generator's tags) and Asciidoctor turns it
 * into troff. Usage: {@code Docs TARGET_DIR VERSION}.
 */
public final class Docs {
    private static final String[] SECTIONS = {"synopsis", "description", "options", "arguments", "exit-status", "footer"};

    /** What the launcher reads; it is a shell script, outside the command model. */
    private static final String ENVIRONMENT = """
            == Environment

            JAVA, JAVA_HOME::
              The Java (17 or newer) to run: JAVA names the _java_ program, JAVA_HOME the folder of a JDK;
              without either, the first _java_ on PATH.

            NO_COLOR::
              Set: never use colour.

            REFERRAL_NO_CACHE::
              Set: start without the class-data cache.

            REFERRAL_JAVA_OPTS::
              More options for the Java virtual machine.

            XDG_CACHE_HOME::
              Where the class-data cache is kept, in _referral/_ (default: _~/.cache_). It holds class data
              recorded from made-up answers, never yours.

            """;

    private Docs() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        String version = args[1];
        completion(target.resolve("completion"));
        manPage(target, version);
    }

    /** {@code referral completion bash|zsh}, run as a user would, into {@code referral.bash} and {@code referral.zsh}. */
    private static void completion(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String shell : List.of("bash", "zsh")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false);
            int exit = Main.run(new String[] {"completion", shell}, io);
            if (exit != 0) {
                throw new IllegalStateException("referral completion " + shell + ": exit " + exit + ": " + err);
            }
            Files.write(dir.resolve("referral." + shell), out.toByteArray());
        }
    }

    private static void manPage(Path target, String version) throws IOException {
        CommandLine model = Main.model();
        CommandSpec root = model.getCommandSpec();
        // The version without the tree's (read from the jar at run time); man's own headings, no colons.
        root.versionProvider(() -> new String[] {"referral " + version});
        root.usageMessage().header("which clinician to see for muscle pain, cramps or spasms, and how soon");
        forEach(root, spec -> spec.usageMessage().exitCodeListHeading("Exit status%n").footerHeading("Examples%n"));

        Path adoc = target.resolve("man-adoc");
        Files.createDirectories(adoc);
        int exit = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, root);
        if (exit != 0) {
            throw new IllegalStateException("picocli's ManPageGenerator: exit " + exit);
        }
        Path page = adoc.resolve("referral-page.adoc");
        Files.writeString(page, onePage(root));

        List<String> problems = new ArrayList<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.registerLogHandler(record -> {
                if (record.getSeverity().compareTo(Severity.INFO) > 0) {
                    problems.add(record.getSeverity() + ": " + record.getMessage());
                }
            });
            asciidoctor.convertFile(page.toFile(), Options.builder().backend("manpage").safe(SafeMode.UNSAFE)
                    .toFile(target.resolve("referral.1").toFile()).build());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Asciidoctor: " + String.join("; ", problems));
        }
    }

    /**
     * One page for the whole tool: the top command's sections, then a section per command made of
     * that command's generated sections, one level down.
     */
    private static String onePage(CommandSpec root) {
        StringBuilder s = new StringBuilder();
        String top = file(root);
        for (String tag : List.of("header", "name", "synopsis", "description", "options", "commands")) {
            include(s, top, tag, "");
        }
        root.subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden()) {
                return;
            }
            s.append("== ").append(spec.qualifiedName(" ").toUpperCase(Locale.ROOT)).append("\n\n");
            for (String tag : SECTIONS) {
                include(s, file(spec), tag, "leveloffset=+1,");
            }
        });
        include(s, top, "exit-status", "");
        s.append(ENVIRONMENT);
        include(s, top, "footer", "");
        return s.toString();
    }

    private static void include(StringBuilder s, String file, String tag, String attributes) {
        s.append("include::").append(file).append('[').append(attributes)
                .append("tag=picocli-generated-man-section-").append(tag).append("]\n\n");
    }

    /** The file ManPageGenerator writes for a command: its qualified name joined by '-'. */
    private static String file(CommandSpec spec) {
        return spec.qualifiedName("-") + ".adoc";
    }

    private static void forEach(CommandSpec spec, Consumer<CommandSpec> action) {
        action.accept(spec);
        spec.subcommands().values().forEach(sub -> forEach(sub.getCommandSpec(), action));
    }
}
