package io.mezasu.plan.api;

import io.mezasu.plan.service.SheetImportResult;
import io.mezasu.plan.sheet.SheetProblem;
import io.mezasu.platform.problem.Text;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SheetImport", description = "The draft an imported spreadsheet became, with its validation report, and "
        + "where in the sheet each problem of that report lies")
public record SheetImportResponse(
        DraftResponse draft,
        @Schema(description = "The problems of draft.validation that lie in a cell of the sheet, with its sheet "
                + "(目標, 予算, 計画), row and column") List<SheetProblemResponse> validationCells) {

    static SheetImportResponse of(SheetImportResult result) {
        return new SheetImportResponse(DraftResponse.of(result.draft()),
                result.located().stream().map(SheetProblemResponse::of).toList());
    }

    @Schema(name = "SheetProblem", description = "A problem of a spreadsheet, where the user sees it")
    public record SheetProblemResponse(
            @Schema(description = "目標, 予算 or 計画 (CSV: the table)", example = "目標") String sheet,
            @Schema(description = "The row number Excel shows (CSV: the line)", example = "5") Integer row,
            @Schema(description = "The column letter", example = "M") String column,
            @Schema(description = "The column header", example = "目標") String header,
            @Schema(example = "invalid-code") String code,
            @Schema(implementation = String.class, description = "In the language of Accept-Language (en or ja)",
                    example = "目標番号 1-1-1-9 is already at row 4") Text message) {

        static SheetProblemResponse of(SheetProblem problem) {
            return new SheetProblemResponse(problem.sheet(), problem.row(), problem.column(), problem.header(),
                    problem.code(), problem.message());
        }
    }
}
