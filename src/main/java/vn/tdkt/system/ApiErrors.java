package vn.tdkt.system;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own API answers refused input with 400 and the Vietnamese reason, and a missing
 * or forbidden resource with its status and the Vietnamese reason.
 */
@RestControllerAdvice
public class ApiErrors {

  private final Messages messages;

  public ApiErrors(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InputRejected.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Map<String, String> rejected(InputRejected e) {
    return Map.of("type", "InputRejected", "message", e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  public Map<String, String> tooLarge(MaxUploadSizeExceededException e) {
    return Map.of("type", "PayloadTooLarge", "message", messages.get("workbook.tooLarge"));
  }

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
    HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "type", status.name(),
                "message", e.getReason() == null ? status.getReasonPhrase() : e.getReason()));
  }
}
