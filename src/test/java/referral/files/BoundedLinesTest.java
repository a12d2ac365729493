package referral.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    private static String text(BoundedLines.Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void readsLinesWithTheirNumbersAndWithoutLineBreaks() throws Exception {
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream("{a: 1}\r\n\n{b: 2}".getBytes()), 100);
        BoundedLines.Line first = lines.next();
        assertEquals(1, first.number());
        assertEquals("{a: 1}", text(first));
        assertEquals("", text(lines.next()));
        BoundedLines.Line third = lines.next();
        assertEquals(3, third.number());
        assertEquals("{b: 2}", text(third));
        assertNull(lines.next());
    }

    @Test
    void aLineOverTheLimitIsReportedAndSkipped() throws Exception {
        String input = "short\n" + "x".repeat(50) + "\nafter\n";
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream(input.getBytes()), 10);
        assertEquals("short", text(lines.next()));
        BoundedLines.Line tooLong = lines.next();
        assertTrue(tooLong.tooLong());
        assertEquals(50, tooLong.length());
        assertEquals("after", text(lines.next()));
    }

    @Test
    void anEndlessLineCostsNoMoreThanTheLimit() throws Exception {
        long endless = 200L * 1024 * 1024; // 200 MB of one line, never held in memory
        InputStream zeros = new InputStream() {
            private long left = endless;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }
        };
        BoundedLines.Line line = new BoundedLines(zeros, 1024).next();
        assertTrue(line.tooLong());
        assertEquals(endless, line.length());
    }
}
