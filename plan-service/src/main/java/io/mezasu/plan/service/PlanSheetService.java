package io.mezasu.plan.service;

import io.mezasu.plan.config.PlanConfig;
import io.mezasu.plan.domain.PublishedPlan;
import io.mezasu.plan.sheet.CsvSheets;
import io.mezasu.plan.sheet.PlanSheet;
import io.mezasu.plan.sheet.SheetBook;
import io.mezasu.plan.sheet.SheetFormat;
import io.mezasu.plan.sheet.SheetImport;
import io.mezasu.plan.sheet.SheetLimits;
import io.mezasu.plan.sheet.SheetProblem;
import io.mezasu.plan.sheet.XlsxSheets;
import io.mezasu.platform.problem.FieldIssue;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.ProblemType;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans as spreadsheets (表計算): the published plan exported as ward staff keep it, and a sheet imported as a
 * draft. An import is read and checked whole before anything is written: a sheet with any problem is refused with
 * every problem and its cell (422), and only a readable one becomes a draft, in the draft's own transaction.
 */
@ApplicationScoped
public class PlanSheetService {

    private final PlanService plans;
    private final SheetLimits limits;

    public PlanSheetService(PlanService plans, PlanConfig config) {
        this.plans = plans;
        this.limits = new SheetLimits(config.sheets().maxBytes(), config.sheets().maxRows(),
                config.sheets().maxCellLength());
    }

    public SheetExport export(String key, SheetFormat format) {
        PublishedPlan published = plans.latest(key);
        SheetBook book = PlanSheet.write(published.plan());
        byte[] body = format == SheetFormat.CSV ? CsvSheets.write(book) : XlsxSheets.write(book);
        return new SheetExport(body, format, key + "-v" + published.version() + "." + format.extension(),
                published.etag());
    }

    /** The sheet as a new draft; {@code key} (may be null) names it, else the sheet's 計画キー does. */
    public SheetImportResult importSheet(byte[] body, String contentType, String key, String actor) {
        SheetFormat format = SheetFormat.of(contentType).orElseThrow(() -> unsupported(contentType));
        if (body.length > limits.maxBytes()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("sheet.too-large", "bytes", body.length,
                    "max", limits.maxBytes()));
        }
        SheetImport read = PlanSheet.read(book(body, format, contentType), key, limits);
        if (!read.valid()) {
            throw invalid(read.problems());
        }
        Draft draft = plans.createDraft(read.plan(), actor);
        return new SheetImportResult(draft, draft.violations().stream().map(read::locate).filter(Objects::nonNull)
                .toList());
    }

    private SheetBook book(byte[] body, SheetFormat format, String contentType) {
        if (format == SheetFormat.CSV) {
            String declared = SheetFormat.parameter(contentType, "charset");
            Charset charset = CsvSheets.charset(declared).orElseThrow(() -> new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("sheet.charset-unsupported", "charset", declared)));
            CsvSheets.Result csv = CsvSheets.read(body, charset);
            return checked(csv.book(), csv.problems());
        }
        XlsxSheets.Result xlsx = XlsxSheets.read(body, limits.maxRows());
        if (xlsx.tooManyRows()) {
            throw tooManyRows();
        }
        return checked(xlsx.book(), xlsx.problems());
    }

    private SheetBook checked(SheetBook book, List<SheetProblem> problems) {
        if (book == null) {
            throw invalid(problems);
        }
        if (book.dataRows() > limits.maxRows()) {
            throw tooManyRows();
        }
        return book;
    }

    private ProblemException tooManyRows() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Text.of("sheet.too-many-rows", "max",
                limits.maxRows()));
    }

    /** 422 with every problem: in errors (field = the cell, as Excel names it) and in sheetProblems, by part. */
    private static ProblemException invalid(List<SheetProblem> problems) {
        List<FieldIssue> errors = problems.stream()
                .map(p -> new FieldIssue(p.reference(), p.code(), p.message())).toList();
        // sheetProblems' messages are Texts too: written in the caller's language with the rest of the body.
        return ProblemException.unprocessable(Text.of("sheet.invalid", "count", problems.size()), errors)
                .withExtensions(Map.of("sheetProblems", problems));
    }

    private static ProblemException unsupported(String contentType) {
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("sheet.unsupported-type",
                "xlsx", SheetFormat.XLSX.mediaType(), "type", contentType));
    }
}
