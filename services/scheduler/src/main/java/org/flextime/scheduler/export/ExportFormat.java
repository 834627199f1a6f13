package org.flextime.scheduler.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a schedule exports to, each with its media type and file extension. */
public enum ExportFormat {
    ICS("ics", "text/calendar; charset=utf-8", "ics"),
    CSV("csv", "text/csv; charset=utf-8", "csv"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ROBINX("robinx", "application/xml; charset=utf-8", "xml"),
    JSON("json", "application/json", "json");

    private final String id;
    private final String contentType;
    private final String extension;

    ExportFormat(String id, String contentType, String extension) {
        this.id = id;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The name a request uses ({@code ?format=ics}). */
    public String id() {
        return id;
    }

    /** The media type of the artifact. */
    public String contentType() {
        return contentType;
    }

    /** The file extension of the artifact, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format a request names, in any case. */
    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The format a file name asks for by its extension ({@code .ics}, {@code .csv}, {@code .xlsx}, {@code .json},
     * {@code .xml} for RobinX), so the command line picks the export from {@code --out}.
     */
    public static Optional<ExportFormat> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = lower.substring(dot + 1);
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /** The accepted names, for error messages. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}
