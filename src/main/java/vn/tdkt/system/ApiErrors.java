package vn.tdkt.system;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The application's own API answers refused input with 400 and the Vietnamese reason. */
@RestControllerAdvice
public class ApiErrors {

  @ExceptionHandler(InputRejected.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public Map<String, String> rejected(InputRejected e) {
    return Map.of("type", "InputRejected", "message", e.getMessage());
  }
}
