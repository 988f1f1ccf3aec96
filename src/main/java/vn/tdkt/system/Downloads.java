package vn.tdkt.system;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** A file as an HTTP attachment whose Vietnamese name survives (RFC 6266: filename* in UTF-8, ASCII fallback). */
public final class Downloads {

  private Downloads() {}

  public static ResponseEntity<byte[]> attachment(String fileName, String contentType, byte[] content) {
    String fallback = TextFold.ascii(fileName).replaceAll("[^A-Za-z0-9._ -]", "_");
    String disposition =
        "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
            + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
        .contentType(MediaType.parseMediaType(contentType))
        .contentLength(content.length)
        .body(content);
  }
}
