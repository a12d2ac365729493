package referral.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real pseudo-terminal for end-to-end tests: a command runs in a tmux pane of a given size on
 * a tmux server of its own, keys go in with {@code send-keys}, the screen comes back with
 * {@code capture-pane}, and everything the command wrote (escape codes included) is logged raw.
 * Waits poll the screen for expected text, so tests are as fast as the program and never sleep blind.
 */
public final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String socket;
    private final String session = "s";
    private final Path rawLog;

    /**
     * Starts {@code command} (a shell command line) in {@code dir} with extra environment; the
     * pane stays open after it exits, and {@code EXIT=<code>} is printed then, followed by the
     * terminal's echo and icanon modes and {@code <done>}, so a test can check the terminal was restored.
     */
    public Tmux(int columns, int rows, Path dir, Map<String, String> env, String command) throws IOException {
        this.socket = "referral-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.rawLog = Files.createTempFile("referral-tmux-", ".log");
        StringBuilder exports = new StringBuilder();
        env.forEach((k, v) -> exports.append("export ").append(k).append("='").append(v).append("'; "));
        // The command waits for one line, so the raw log is in place before it prints anything.
        String script = "cd '" + dir + "'; " + exports + "read go; " + command
                + "; echo \"EXIT=$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e '-\\?echo' -e '-\\?icanon' | tr '\\n' ' '; echo '<done>';"
                + " exec sleep 600";
        tmux("-f", "/dev/null", "new-session", "-d", "-s", session, "-x", Integer.toString(columns),
                "-y", Integer.toString(rows), "bash", "--norc", "--noprofile", "-c", script);
        tmux("set-option", "-t", session, "status", "off");
        tmux("pipe-pane", "-t", session, "-O", "cat >> '" + rawLog + "'");
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Sends keys as tmux names them: "Down", "Enter", "Escape", "Space", "BSpace", "C-c", or text. */
    public Tmux send(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        return this;
    }

    /** Sends text literally (no key names). */
    public Tmux type(String text) throws IOException {
        tmux("send-keys", "-t", session, "-l", text);
        return this;
    }

    /** The visible screen, without colours. */
    public String screen() throws IOException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen and the scrollback above it. */
    public String history() throws IOException {
        return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", session);
    }

    /** Everything the program wrote to the terminal, escape codes included. */
    public String raw() throws IOException {
        return Files.exists(rawLog) ? Files.readString(rawLog, StandardCharsets.UTF_8) : "";
    }

    /** Waits until the screen shows {@code text}; fails with the screen when it does not in time. */
    public String waitFor(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' on the screen within " + WAIT.toSeconds() + " s:\n" + screen);
            }
            Thread.sleep(40);
            screen = screen();
        }
        return screen;
    }

    /** The process id of the command (the child of the pane's shell), to stop it as a crash would. */
    public ProcessHandle command() throws IOException {
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());
        return ProcessHandle.of(shell).orElseThrow().children().findFirst()
                .orElseThrow(() -> new AssertionError("the command is not running"));
    }

    /** Whether the terminal's cursor is visible (the program may have hidden it). */
    public boolean cursorVisible() throws IOException {
        return tmux("display-message", "-p", "-t", session, "#{cursor_flag}").strip().equals("1");
    }

    @Override
    public void close() throws IOException {
        try {
            tmux("kill-server");
        } finally {
            Files.deleteIfExists(rawLog);
        }
    }

    private String tmux(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("these tests drive the real jar in tmux, which is not installed (.ci/run installs it)", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tmux " + String.join(" ", args) + ": timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0 && !args[0].equals("kill-server")) {
            throw new IOException("tmux " + String.join(" ", args) + ": " + out.strip());
        }
        return out;
    }
}
