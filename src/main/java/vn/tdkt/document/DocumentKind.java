package vn.tdkt.document;

import java.util.Arrays;
import java.util.Optional;

/** The documents kept with a campaign; the slug names each in the API's URLs. */
public enum DocumentKind {
  MINUTES("minutes", Format.DOCX),
  DECISION("decision", Format.DOCX),
  CITY_PROPOSAL("city-proposal", Format.DOCX),
  SUMMARY("summary", Format.DOCX),
  SUMMARY_XLSX("summary-xlsx", Format.XLSX);

  /** File formats: extension and content type. */
  public enum Format {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  private final String slug;
  private final Format format;

  DocumentKind(String slug, Format format) {
    this.slug = slug;
    this.format = format;
  }

  public String slug() {
    return slug;
  }

  public Format format() {
    return format;
  }

  /** Message key of the Vietnamese title. */
  public String titleKey() {
    return "document." + name();
  }

  public static Optional<DocumentKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
