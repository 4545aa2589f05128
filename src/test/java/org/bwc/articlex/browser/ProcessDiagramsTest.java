package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The process pictures of {@code docs/processes/} are drawn from the BPMN files themselves, by bpmn-js's viewer (an npm
 * dev dependency, installed by the build's {@code npm ci}) in the system's headless Chromium: a picture that no longer
 * matches its BPMN file fails the build (see docs/processes.md, "Pictures"). {@code -Darticlex.browser.docs=docs}
 * rewrites them; without it a changed picture is written to {@code target/browser-screenshots/docs/processes/} only.
 *
 * <p>Offline: the viewer is loaded from {@code node_modules} over {@code file://}, no CDN. The text is measured in the
 * browser's "Arial" (Liberation Sans on Debian, metric-compatible), so the pictures are the same on every machine with
 * Debian's Chromium.
 */
class ProcessDiagramsTest {

    static final Path PROCESSES = Path.of("processes");
    static final Path VIEWER = Path.of("node_modules", "bpmn-js", "dist", "bpmn-viewer.production.min.js");
    static final Path PICTURES = Path.of("docs", "processes");
    static final Path CHANGED = Browser.FAILURES.resolve("docs").resolve("processes");
    /** bpmn-js gives its arrow-head markers random ids; the picture numbers them in order instead. */
    static final Pattern MARKER_ID = Pattern.compile("marker-[a-z0-9]{12,}");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void everyProcessPictureInDocsIsWhatItsBpmnFileRenders() throws IOException {
        assertThat(VIEWER).as("bpmn-js is installed by `npm ci` (the build runs it; -Dbpmnlint.skip=true skips it)")
                .isRegularFile();
        Path page = Files.createDirectories(Path.of("target", "process-diagrams")).resolve("viewer.html");
        Files.writeString(page, """
                <!doctype html><html><head><meta charset="utf-8"><script src="%s"></script></head>
                <body style="margin:0"><div id="canvas" style="width:1600px;height:1000px"></div></body></html>
                """.formatted(VIEWER.toAbsolutePath().toUri()));
        browser.driver().get(page.toAbsolutePath().toUri().toString());

        List<Path> files;
        try (Stream<Path> bpmn = Files.list(PROCESSES)) {
            files = bpmn.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<String> drifted = new ArrayList<>();
        for (Path file : files) {
            String id = file.getFileName().toString().replaceFirst("\\.bpmn$", "");
            String svg = render(Files.readString(file, StandardCharsets.UTF_8), id);
            Path picture = PICTURES.resolve(id + ".svg");
            if (!Files.isRegularFile(picture) || !Files.readString(picture, StandardCharsets.UTF_8).equals(svg)) {
                drifted.add(picture.toString());
                write(CHANGED.resolve(id + ".svg"), svg);
            }
            String docs = System.getProperty("articlex.browser.docs");
            if (docs != null && !docs.isBlank()) {
                write(Path.of(docs).resolve("processes").resolve(id + ".svg"), svg);
            }
        }
        if (System.getProperty("articlex.browser.docs", "").isBlank()) {
            assertThat(drifted).as("pictures that no longer show their BPMN file (new ones in %s; rewrite with "
                    + "-Darticlex.browser.docs=docs)", CHANGED).isEmpty();
        }
    }

    private String render(String xml, String id) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const [xml, done] = arguments;
                document.getElementById('canvas').innerHTML = '';
                const viewer = new BpmnJS({ container: '#canvas' });
                viewer.importXML(xml)
                    .then(({ warnings }) => viewer.saveSVG().then(({ svg }) => done({
                        svg, warnings: warnings.map(w => w.message) })))
                    .catch(e => done({ error: String(e && e.message || e) }))
                    .finally(() => viewer.destroy());
                """, xml);
        assertThat(result.get("error")).as("bpmn-js import of %s", id).isNull();
        assertThat((List<?>) result.get("warnings")).as("bpmn-js warnings for %s", id).isEmpty();
        String svg = (String) result.get("svg");
        Map<String, String> markers = new LinkedHashMap<>();
        Matcher marker = MARKER_ID.matcher(svg);
        while (marker.find()) {
            markers.putIfAbsent(marker.group(), "marker-" + id + "-" + (markers.size() + 1));
        }
        for (Map.Entry<String, String> renamed : markers.entrySet()) {
            svg = svg.replace(renamed.getKey(), renamed.getValue());
        }
        return svg.endsWith("\n") ? svg : svg + "\n";
    }

    private static void write(Path file, String svg) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
}
