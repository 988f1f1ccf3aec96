package vn.tdkt.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one adapter from Bean Validation to the Vietnamese refusal ({@link InputRejected}). An input
 * record carries its constraints; each constraint's {@code message} is a key of
 * {@code messages.properties}:
 *
 * <ul>
 *   <li>a field's label ({@code field.*}) on {@code @NotNull}, {@code @NotBlank}: "… is required";
 *       on {@code @Size}: "… is longer than {max} characters"; on {@code @Min}/{@code @Max}: "… must
 *       be between …";
 *   <li>any other key: the refusal itself, as written.
 * </ul>
 *
 * The first violation in the record's field order is the one the user reads; a list of records
 * marked {@code @Valid} is checked element by element, in the list's place among the fields.
 */
@Component
public class InputCheck {

  private final Validator validator;
  private final Messages messages;

  public InputCheck(Validator validator, Messages messages) {
    this.validator = validator;
    this.messages = messages;
  }

  /** Refuses the input with the first violation's Vietnamese message; returns it when valid. */
  public <T extends Record> T valid(T input) {
    List<String> order =
        Arrays.stream(input.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    validator.validate(input).stream()
        .min(
            Comparator.comparingInt(
                    (ConstraintViolation<T> v) -> order.indexOf(field(v)))
                .thenComparing(v -> rank(v.getConstraintDescriptor().getAnnotation())))
        .ifPresent(
            v -> {
              throw refusal(v);
            });
    return input;
  }

  private InputRejected refusal(ConstraintViolation<?> v) {
    String key = v.getMessageTemplate();
    if (!key.startsWith("field.")) {
      return messages.reject(key);
    }
    Annotation constraint = v.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    String label = messages.get(key);
    if (constraint instanceof Size) {
      return messages.reject("plan.text.tooLong", label, attributes.get("max"));
    }
    if (constraint instanceof Min || constraint instanceof Max) {
      return messages.reject("form.range", label);
    }
    return messages.reject("form.required", label);
  }

  /** The record's own field a violation is on, for one inside a list ({@code assignments[0].x}) too. */
  private static String field(ConstraintViolation<?> v) {
    return v.getPropertyPath().iterator().next().getName();
  }

  /** A missing value is reported before a wrong one. */
  private static int rank(Annotation constraint) {
    return constraint instanceof NotNull || constraint instanceof NotBlank ? 0 : 1;
  }
}
