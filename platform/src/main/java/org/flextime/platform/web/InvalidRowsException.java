package org.flextime.platform.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded table (CSV) with rows the service cannot accept: a 422 problem detail listing every bad cell as
 * {@code errors: [{row, column, reason}]} (row 1 is the header, so row numbers match a spreadsheet's), nothing stored.
 */
public class InvalidRowsException extends ErrorResponseException {

    /** One bad cell; {@code column} is "(row)" when the row as a whole is at fault. */
    public record RowError(int row, String column, String reason) {
    }

    private final List<RowError> errors;

    /** The problem for these errors (at least one) in the named upload. */
    public InvalidRowsException(String upload, List<RowError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(upload, errors), null);
        this.errors = List.copyOf(errors);
    }

    private static ProblemDetail problem(String upload, List<RowError> errors) {
        RowError first = errors.get(0);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, errors.size() + " error(s) in "
                + upload + "; nothing was stored. First: row " + first.row() + ", " + first.column() + ": " + first.reason());
        p.setType(URI.create("https://flextime.org/problems/invalid-rows"));
        p.setTitle("Invalid rows in " + upload);
        p.setProperty("field", "row " + first.row() + ", " + first.column());
        p.setProperty("errors", errors);
        return p;
    }

    /** Every bad cell, in row order. */
    public List<RowError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
