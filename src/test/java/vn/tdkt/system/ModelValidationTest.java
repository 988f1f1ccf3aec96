package vn.tdkt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The models follow the project's rules: forms, delegates, history time-to-live, ids, diagrams. */
class ModelValidationTest {

  static final Pattern ID =
      Pattern.compile("(StartEvent|EndEvent|Task|UserTask|Gateway|Event|CallActivity|SubProcess|Flow|"
          + "TimerEventDefinition|TerminateEventDefinition)_[A-Z][A-Za-z]+");
  static final Map<String, JsonNode> FORMS = new HashMap<>();
  /** A letter only Vietnamese writes: every Vietnamese name has one, an English or generated one not. */
  static final Pattern VIETNAMESE = Pattern.compile(
      "(?iu)[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");

  /** Camunda's prefix for each kind of element, as the Modeler writes it. */
  static String prefixOf(FlowElement element) {
    if (element instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow) {
      return "Flow";
    } else if (element instanceof UserTask) {
      return "UserTask";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.CallActivity) {
      return "CallActivity";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.SubProcess) {
      return "SubProcess";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.Task) {
      return "Task";
    } else if (element instanceof StartEvent) {
      return "StartEvent";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.EndEvent) {
      return "EndEvent";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.Event) {
      return "Event";
    } else if (element instanceof org.camunda.bpm.model.bpmn.instance.Gateway) {
      return "Gateway";
    }
    throw new AssertionError("no prefix for " + element.getElementType().getTypeName());
  }

  /** Everything a reader follows has a name; a gateway only where it asks a question (it splits on conditions). */
  static boolean needsName(FlowElement element) {
    if (element instanceof org.camunda.bpm.model.bpmn.instance.ExclusiveGateway g) {
      return g.getOutgoing().size() > 1;
    }
    return !(element instanceof org.camunda.bpm.model.bpmn.instance.Gateway);
  }

  @BeforeAll
  static void readForms() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (File file : formFiles()) {
      JsonNode form = json.readTree(file);
      FORMS.put(form.get("id").asText(), form);
    }
  }

  /** The shared forms, and the templates each office gets its own copy of ({@code forms/office/}). */
  static List<File> formFiles() {
    List<File> files = new java.util.ArrayList<>();
    files.addAll(List.of(new File("forms").listFiles((d, n) -> n.endsWith(".form"))));
    files.addAll(List.of(new File("forms/office").listFiles((d, n) -> n.endsWith(".form"))));
    return files;
  }

  static Stream<File> processes() {
    return Stream.of(new File("processes").listFiles((d, n) -> n.endsWith(".bpmn")));
  }

  @ParameterizedTest
  @MethodSource("processes")
  @DisplayName("Mỗi quy trình: có thời hạn lưu lịch sử, task dịch vụ dùng delegateExpression, có sơ đồ")
  void processRules(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    Bpmn.validateModel(model);
    for (Process process : model.getModelElementsByType(Process.class)) {
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      assertThat(process.getId()).endsWith("Process");
      assertThat(file.getName())
          .isEqualTo(process.getId().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".bpmn");
      assertThat(process.getName()).isNotBlank();
    }
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}");
      assertThat(task.getCamundaClass()).isNull();
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      assertThat(element.getId()).as("id of %s", element.getName()).matches(ID);
      assertThat(element.getId()).as("prefix of %s", element.getElementType().getTypeName())
          .startsWith(prefixOf(element) + "_");
      if (element instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow) {
        continue;
      }
      assertThat(drawn).as("%s is drawn in the diagram", element.getId()).contains(element.getId());
      if (needsName(element)) {
        assertThat(element.getName()).as("Vietnamese name of %s", element.getId())
            .isNotBlank().containsPattern(VIETNAMESE);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("processes")
  @DisplayName("Mỗi việc của người dùng có tên và một biểu mẫu đã triển khai, theo bản triển khai")
  void everyUserTaskHasItsForm(File file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file);
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      assertThat(task.getName()).as(task.getId()).isNotBlank();
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotNull();
      // the plan's forms list the office's units: deployed again from the organisation, newest wins
      assertThat(task.getCamundaFormRefBinding()).as("binding of %s", task.getId())
          .isEqualTo(vn.tdkt.campaign.PlanForms.FORMS.containsKey(task.getCamundaFormRef()) ? "latest" : "deployment");
      assertThat(FORMS).as("form %s of %s", task.getCamundaFormRef(), task.getId())
          .containsKey(task.getCamundaFormRef());
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        assertThat(FORMS).containsKey(start.getCamundaFormRef());
      }
    }
  }

  @Test
  @DisplayName("Không văn bản nào của quy trình, biểu mẫu, thư nói \"quận\": tên cấp lấy từ cơ quan")
  void noDistrictInTheWording() throws IOException {
    List<java.nio.file.Path> files;
    try (Stream<java.nio.file.Path> paths = Stream.of("forms", "processes", "src/main/resources/templates")
        .flatMap(d -> {
          try {
            return java.nio.file.Files.walk(java.nio.file.Path.of(d)).filter(java.nio.file.Files::isRegularFile).toList().stream();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })) {
      files = paths.toList();
    }
    assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(java.nio.file.Files.readString(f).toLowerCase(java.util.Locale.ROOT))
        .as("%s", f).doesNotContain("quận"));
  }

  /** The names the code knows: every String constant of the processes' facades. */
  static Set<String> facadeConstants() {
    Set<String> names = new HashSet<>();
    for (Class<?> facade : List.of(vn.tdkt.campaign.CampaignProcess.class,
        vn.tdkt.participation.ParticipationProcess.class, vn.tdkt.nomination.NominationProcess.class,
        vn.tdkt.disclosure.ObjectionProcess.class, vn.tdkt.council.CouncilProcess.class,
        vn.tdkt.access.AccountProcess.class, vn.tdkt.annual.YearProcess.class,
        vn.tdkt.cluster.ClusterProcess.class)) {
      List<Class<?>> classes = new java.util.ArrayList<>(List.of(facade.getDeclaredClasses()));
      classes.add(facade);
      for (Class<?> c : classes) {
        for (java.lang.reflect.Field f : c.getDeclaredFields()) {
          int m = f.getModifiers();
          if (java.lang.reflect.Modifier.isStatic(m) && java.lang.reflect.Modifier.isPublic(m)
              && f.getType() == String.class) {
            try {
              names.add((String) f.get(null));
            } catch (IllegalAccessException e) {
              throw new AssertionError(e);
            }
          }
        }
      }
    }
    for (int row = 1; row <= vn.tdkt.campaign.CampaignProcess.Var.ASSIGNMENT_ROWS; row++) {
      names.add(vn.tdkt.campaign.CampaignProcess.Var.assignmentUnit(row));
      names.add(vn.tdkt.campaign.CampaignProcess.Var.assignmentDescription(row));
    }
    return names;
  }

  @Test
  @DisplayName("Mỗi trường nhập của biểu mẫu là một hằng của quy trình, mỗi lựa chọn là một hằng hoặc giá trị enum")
  void formKeysAndValuesAreKnownToTheCode() {
    Set<String> constants = facadeConstants();
    Set<String> enums = new HashSet<>();
    for (Class<? extends Enum<?>> e : List.<Class<? extends Enum<?>>>of(
        vn.tdkt.rules.AwardType.class, vn.tdkt.rules.NomineeKind.class, vn.tdkt.unit.UnitKind.class,
        vn.tdkt.disclosure.DisclosureService.Outcome.class, vn.tdkt.council.CouncilProcess.BallotMode.class)) {
      for (Enum<?> c : e.getEnumConstants()) {
        enums.add(c.name());
      }
    }
    List<String> unknown = new java.util.ArrayList<>();
    FORMS.forEach((id, form) -> collect(id, form, false, constants, enums, unknown));
    assertThat(FORMS).isNotEmpty();
    assertThat(unknown).as("form keys and choices the code does not name").isEmpty();
  }

  /** Input keys outside tables and lists (whose columns are row fields), and static choices. */
  private static void collect(String form, JsonNode node, boolean inRows, Set<String> constants,
      Set<String> enums, List<String> unknown) {
    if (node.isArray()) {
      node.forEach(n -> collect(form, n, inRows, constants, enums, unknown));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = node.path("type").asText();
    if (node.hasNonNull("key") && !inRows && !constants.contains(node.get("key").asText())) {
      unknown.add(form + ": key " + node.get("key").asText());
    }
    for (JsonNode v : node.path("values")) {
      String value = v.path("value").asText();
      if (!constants.contains(value) && !enums.contains(value)) {
        unknown.add(form + ": " + node.path("key").asText() + " = " + value);
      }
    }
    boolean rows = inRows || type.equals("dynamiclist") || type.equals("table");
    node.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("values")) {
        collect(form, e.getValue(), rows, constants, enums, unknown);
      }
    });
  }

  @Test
  @DisplayName("Mỗi biểu mẫu được dùng, có id theo quy ước và nhãn tiếng Việt")
  void formsAreUsedAndNamed() {
    Set<String> used = new HashSet<>();
    processes().forEach(file -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      model.getModelElementsByType(UserTask.class).forEach(t -> used.add(t.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(java.util.Objects::nonNull).forEach(used::add);
    });
    assertThat(used).containsExactlyInAnyOrderElementsOf(FORMS.keySet());
    for (File file : formFiles()) {
      String id = file.getName().replace(".form", "");
      String camel = Pattern.compile("-(\\w)").matcher(id).replaceAll(m -> m.group(1).toUpperCase()) + "Form";
      assertThat(FORMS).as(file.getName()).containsKey(camel);
      JsonNode form = FORMS.get(camel);
      assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
      for (JsonNode component : form.get("components")) {
        if (component.has("key")) {
          assertThat(component.has("label") || component.has("dateLabel"))
              .as("%s.%s has a label", camel, component.get("key").asText()).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("Mỗi việc có hạn xử lý, để Tasklist sắp xếp và đánh dấu quá hạn")
  void everyUserTaskHasADueDate() {
    processes().forEach(file -> Bpmn.readModelFromFile(file).getModelElementsByType(UserTask.class)
        .forEach(t -> assertThat(t.getCamundaDueDate()).as("%s in %s", t.getId(), file.getName())
            .isNotBlank()));
  }

  @Test
  @DisplayName("Không có id do công cụ sinh ngẫu nhiên")
  void noGeneratedIds() {
    processes().forEach(file -> {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (BaseElement element : model.getModelElementsByType(FlowElement.class)) {
        assertThat(element.getId()).doesNotMatch(".*_[0-9a-z]{7}$");
      }
    });
    assertThat(List.of(new File("processes").list())).contains("award-rules.dmn");
  }
}
