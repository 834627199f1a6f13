package org.flextime.rules.robinx;

/** A RobinX document that cannot be read: the message names the source, line and element. */
public final class RobinxFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String element;

    /** Creates the exception; the message reads "SOURCE line N: &lt;ELEMENT&gt; DETAIL". */
    public RobinxFormatException(String source, int line, String element, String detail) {
        this(source, line, element, detail, null);
    }

    /** Creates the exception with the low-level cause kept for debugging. */
    public RobinxFormatException(String source, int line, String element, String detail, Throwable cause) {
        super(source + " line " + line + ": <" + element + "> " + detail, cause);
        this.source = source;
        this.line = line;
        this.element = element;
    }

    /** The file (or stream) name the error was found in. */
    public String source() {
        return source;
    }

    /** The 1-based line of the offending element, or of the parse error. */
    public int line() {
        return line;
    }

    /** The name of the offending element. */
    public String element() {
        return element;
    }
}
