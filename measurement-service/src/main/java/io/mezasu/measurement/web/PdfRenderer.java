package io.mezasu.measurement.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.mezasu.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;

/** XHTML to PDF with openhtmltopdf: the Japanese font embedded, inline SVG charts drawn by Batik. */
@ApplicationScoped
public class PdfRenderer {

    private final WebConfig config;

    public PdfRenderer(WebConfig config) {
        this.config = config;
    }

    public byte[] render(String xhtml) {
        if (!Files.isReadable(config.pdfFont())) {
            throw ProblemException.unavailable("The PDF report needs the Japanese font " + config.pdfFont()
                    + " (Debian package fonts-ipaexfont-gothic), which is not installed on this server", 3600);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(config.pdfFont().toFile(), "IPAexGothic");
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(xhtml, "http://localhost/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("rendering the PDF report failed", e);
        }
    }
}
