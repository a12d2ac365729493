package referral.diagnostics;

/**
 * Where something was written: file, 1-based line and column. Printed the way editors and compilers
 * do; line 0 stands for the file as a whole, column 0 for a whole line (of a batch).
 */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        if (column <= 0) {
            return file + ":" + line;
        }
        return file + ":" + line + ":" + column;
    }
}
