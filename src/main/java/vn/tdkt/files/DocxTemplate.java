package vn.tdkt.files;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Word papers from {@code .docx} templates filled by poi-tl (it depends on nothing of the
 * application). A template is looked up by name: {@code <folder>/<office>/<name>.docx}, then
 * {@code <folder>/<name>.docx} (an office replaces a template without a release), then the bundled
 * {@code papers/<name>.docx} on the class path.
 *
 * <p>Tags: {@code {{name}}} text, {@code {{?list}}…{{/list}}} a section repeated for each item of a
 * list (or shown when a value is true), and {@code {{rows}}} in a table's header row over a row of
 * {@code [field]} cells, repeated for each row of {@code rows} (one of {@code tables}).
 */
public final class DocxTemplate {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String BUNDLED = "papers/";

  private final String folder;

  /** {@code folder}: where offices put their own templates; null or blank for the bundled ones. */
  public DocxTemplate(String folder) {
    this.folder = folder == null ? "" : folder.trim();
  }

  /**
   * The template {@code name} (without {@code .docx}) of the office {@code office}, filled with
   * {@code data}; {@code tables} name the tags of tables whose rows repeat.
   */
  public byte[] render(String name, String office, Map<String, Object> data, Collection<String> tables) {
    ConfigureBuilder config = Configure.builder().useSpringEL(false);
    LoopRowTableRenderPolicy rows = new LoopRowTableRenderPolicy();
    tables.forEach(tag -> config.bind(tag, rows));
    try (InputStream in = open(name, office);
        XWPFTemplate template = XWPFTemplate.compile(in, config.build()).render(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      template.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file that overrides the bundled template, if the office has one. */
  public Optional<Path> override(String name, String office) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path root = Path.of(folder);
    if (office != null && !office.isBlank()) {
      Path own = root.resolve(office).resolve(name + ".docx");
      if (Files.isRegularFile(own)) {
        return Optional.of(own);
      }
    }
    Path shared = root.resolve(name + ".docx");
    return Files.isRegularFile(shared) ? Optional.of(shared) : Optional.empty();
  }

  private InputStream open(String name, String office) throws IOException {
    Optional<Path> file = override(name, office);
    if (file.isPresent()) {
      return Files.newInputStream(file.get());
    }
    InputStream in = DocxTemplate.class.getClassLoader().getResourceAsStream(BUNDLED + name + ".docx");
    if (in == null) {
      throw new IllegalStateException("No template " + BUNDLED + name + ".docx");
    }
    return in;
  }
}
