package io.mezasu.plan.service;

import io.mezasu.plan.sheet.SheetFormat;

/** A published plan as a spreadsheet file: its bytes, format and the file name to save it under. */
public record SheetExport(byte[] body, SheetFormat format, String fileName, String etag) {
}
