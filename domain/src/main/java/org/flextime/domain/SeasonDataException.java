package org.flextime.domain;

/** Season data that cannot be read: the message names the file and the field (or line) at fault. */
public class SeasonDataException extends RuntimeException {
    private final String file;
    private final String field;
    private final String problem;

    /** A problem with a field of a data file. */
    public SeasonDataException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    /** A problem with a field of a data file, caused by another exception. */
    public SeasonDataException(String file, String field, String problem, Throwable cause) {
        super(file + ": " + field + ": " + problem, cause);
        this.file = file;
        this.field = field;
        this.problem = problem;
    }

    /** The data file at fault, e.g. "season-2025-26.json". */
    public String file() {
        return file;
    }

    /** What is wrong with the field, e.g. "unknown team 'SMU'". */
    public String problem() {
        return problem;
    }

    /** The field at fault, e.g. "sports[1].format.gamesPerTeam" or "line 5, latitude". */
    public String field() {
        return field;
    }
}
