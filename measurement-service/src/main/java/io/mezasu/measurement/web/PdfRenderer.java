package io.mezasu.measurement.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.mezasu.platform.problem.ProblemException;
import io.mezasu.platform.problem.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** XHTML to PDF with openhtmltopdf: the Japanese font embedded, inline SVG charts drawn by Batik. */
@ApplicationScoped
public class PdfRenderer {

    private final WebConfig config;

    public PdfRenderer(WebConfig config) {
        this.config = config;
    }

    public byte[] render(String xhtml) {
        if (!Files.isReadable(config.pdfFont())) {
            throw ProblemException.unavailable(Text.of("report.font-missing"), 3600);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(config.pdfFont().toFile(), "IPAexGothic");
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(parse(xhtml), "http://localhost/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("rendering the PDF report failed", e);
        }
    }

    /**
     * The report is well-formed XHTML, parsed here with the JDK's own parser (the default instance, never one a jar
     * on the class path names), with no DTD or external entity fetched.
     */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (Exception e) {
            throw new IllegalStateException("the report is not well-formed XHTML", e);
        }
    }
}
