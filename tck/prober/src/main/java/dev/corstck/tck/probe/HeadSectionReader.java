package dev.corstck.tck.probe;

/** Hand out the lines of a response head while counting their bytes and number against the limits. */
final class HeadSectionReader {

    private final WireInput in;
    private final ProbeOptions options;
    private int bytesLeft;
    private int linesLeft;

    HeadSectionReader(WireInput in, ProbeOptions options) {
        this.in = in;
        this.options = options;
        this.bytesLeft = options.maxHeaderBytes();
        this.linesLeft = options.maxHeaderLines() + 1;
    }

    /**
     * Return the next line of the head; {@code null} only when the stream ends before a status line starts.
     *
     * @param what the part being read, for messages ({@code status line}, {@code header section}, ...)
     */
    String line(String what) throws ProbeException {
        if (linesLeft-- <= 0) {
            throw new ProbeException(new ProbeFailure.TooLarge("header line count", options.maxHeaderLines()));
        }
        String line;
        try {
            line = in.readLine(Math.max(bytesLeft, 1), what);
        } catch (ProbeException e) {
            if (e.failure() instanceof ProbeFailure.TooLarge) {
                throw new ProbeException(new ProbeFailure.TooLarge("response head (bytes)", options.maxHeaderBytes()));
            }
            throw e;
        }
        if (line == null) {
            if (what.equals("status line")) {
                return null;
            }
            throw new ProbeException(new ProbeFailure.ClosedEarly("end of stream inside the " + what));
        }
        bytesLeft -= line.length() + 2;
        if (bytesLeft < 0) {
            throw new ProbeException(new ProbeFailure.TooLarge("response head (bytes)", options.maxHeaderBytes()));
        }
        return line;
    }
}
