package vn.tdkt.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The user's input was refused. Thrown inside a process step, it rolls the step back; the engine's
 * REST API (and so the Tasklist) answers 400 with the Vietnamese message, as for a form field that
 * fails validation.
 */
public class InputRejected extends FormFieldValidationException {

  public InputRejected(String key, String message) {
    super(key, message);
  }

  /** The message key of {@code messages.properties} that was rejected. */
  public String key() {
    return getDetail();
  }
}
