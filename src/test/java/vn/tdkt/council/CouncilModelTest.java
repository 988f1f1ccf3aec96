package vn.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.tdkt.council.CouncilProcess.Element.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.campaign.CampaignProcess;
import vn.tdkt.disclosure.Disclosure;
import vn.tdkt.support.Calls;
import vn.tdkt.support.ModelEngine;

/** The council session's model alone: disclosure, ballots and tally, its services replaced. */
@Deployment(resources = "bpm/processes/council-session-process.bpmn")
class CouncilModelTest extends ModelEngine {

  static final Date DISCLOSURE_END = new Date(2_000_000_000_000L);

  final Calls calls = new Calls();
  int nominees = 2;

  @BeforeEach
  void services() {
    calls
        .bean("deadlines", deadlines(new Date(2_001_000_000_000L)))
        .delegate("prepareBallotDelegate", e -> e.setVariableLocal(
            CouncilProcess.Var.COUNCIL_MEMBER_NAME,
            "Ông " + e.getVariable(CouncilProcess.Var.COUNCIL_MEMBER)))
        .delegates("castBallotDelegate", "closeVotingDelegate",
            "tallyVotesDelegate", "sessionPapersDelegate", "queueMailsDelegate")
        .delegate("publishListDelegate",
            e -> e.setVariable(Disclosure.Var.DISCLOSURE_END, DISCLOSURE_END))
        .delegate("openSessionDelegate", e -> {
          e.setVariable(CouncilProcess.Var.COUNCIL_MEMBERS, new ArrayList<>(List.of("hoidong1", "hoidong2")));
          e.setVariable(CouncilProcess.Var.NOMINEE_COUNT, nominees);
        })
        .taskListeners("disclosureListListener", "campaignProgressListener", "votingProgressListener");
  }

  ProcessInstance nominationsClose() {
    return runtimeService().startProcessInstanceByKey(CouncilProcess.KEY, "KH-01", Map.of(
        CampaignProcess.Var.CAMPAIGN_CODE, "KH-01",
        CampaignProcess.Var.UNIT_CODES, new ArrayList<>(List.of("vhtt", "mn-hoasua", "th-ngocthuy"))));
  }

  /** Publishes the list, lets the disclosure run out and opens the session. */
  ProcessInstance sessionOpens() {
    ProcessInstance session = nominationsClose();
    complete(task(PUBLISH_LIST));
    runJobs(SEND_DISCLOSURE);
    runJobs(DISCLOSURE_OVER);
    complete(task(PREPARE_SESSION));
    return session;
  }

  Task ballotOf(String member) {
    return taskQuery().taskDefinitionKey(CAST_BALLOT).taskCandidateUser(member).singleResult();
  }

  @Test
  @DisplayName("Công khai: mỗi đơn vị một thư, Hội đồng chỉ họp khi hết thời gian công khai")
  void disclosureRunsItsTimeBeforeTheSession() {
    ProcessInstance session = nominationsClose();
    assertThat(session).isWaitingAt(PUBLISH_LIST);
    assertThat(task(PUBLISH_LIST)).hasCandidateGroup("noi-vu");
    complete(task(PUBLISH_LIST));
    assertThat(managementService().createJobQuery().activityId(SEND_DISCLOSURE).count()).isEqualTo(1);
    Job timer = managementService().createJobQuery().activityId(DISCLOSURE_OVER).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(DISCLOSURE_END);
    runJobs(SEND_DISCLOSURE);
    assertThat(session).isWaitingAt(DISCLOSURE_OVER);
    runJobs(DISCLOSURE_OVER);
    assertThat(session).isWaitingAt(PREPARE_SESSION);
    assertThat(calls.delegateLog()).containsExactly("publishListDelegate",
        "queueMailsDelegate:disclosure");
    assertThat(calls.log()).contains("disclosureListListener:create", "campaignProgressListener:create");
  }

  @Test
  @DisplayName("Mọi thành viên bỏ phiếu: việc của thư ký đóng lại, kiểm phiếu rồi lập giấy tờ")
  void everyMemberVotesThenTheTally() {
    ProcessInstance session = sessionOpens();
    assertThat(session).isWaitingAt(CAST_BALLOT, CLOSE_VOTING);
    assertThat(ballotOf("hoidong1")).hasCandidateGroup("noi-vu")
        .hasName("Phiếu biểu quyết của Ông hoidong1 – KH-01");
    complete(ballotOf("hoidong1"));
    complete(ballotOf("hoidong2"));
    assertThat(session).hasPassed(ALL_VOTED).isWaitingAt(TALLY);
    assertThat(task(CLOSE_VOTING)).isNull();
    runJobs(TALLY);
    runJobs(SESSION_PAPERS);
    assertThat(session).isEnded().hasPassed(END).hasNotPassed(SECRETARY_CLOSED);
    assertThat(calls.delegateLog()).endsWith("openSessionDelegate", "prepareBallotDelegate",
        "prepareBallotDelegate", "castBallotDelegate", "castBallotDelegate", "tallyVotesDelegate",
        "sessionPapersDelegate");
  }

  @Test
  @DisplayName("Thư ký kết thúc sớm: phiếu chưa bỏ bị hủy, kiểm phiếu với số phiếu đã có")
  void secretaryClosesTheVotingEarly() {
    ProcessInstance session = sessionOpens();
    complete(ballotOf("hoidong1"));
    complete(task(CLOSE_VOTING));
    assertThat(ballotOf("hoidong2")).isNull();
    assertThat(session).hasPassed(SECRETARY_CLOSED).isWaitingAt(TALLY);
    assertThat(calls.delegateLog()).containsSubsequence("castBallotDelegate", "closeVotingDelegate")
        .containsOnlyOnce("castBallotDelegate");
  }

  @Test
  @DisplayName("Không có hồ sơ đủ điều kiện: không họp, không kiểm phiếu")
  void noEligibleDossierNoSession() {
    nominees = 0;
    ProcessInstance session = sessionOpens();
    assertThat(session).isEnded().hasPassed(NO_NOMINEE).hasNotPassed(SESSION, TALLY);
  }

  @Test
  @DisplayName("Lập giấy tờ lỗi: lần chạy lại chờ ở giấy tờ, kết quả kiểm phiếu không bị hủy")
  void failingPaperKeepsTheTally() {
    calls.delegate("sessionPapersDelegate", e -> {
      throw new IllegalStateException("mẫu biên bản hỏng");
    });
    ProcessInstance session = sessionOpens();
    complete(ballotOf("hoidong1"));
    complete(ballotOf("hoidong2"));
    runJobs(TALLY);
    failsAndIsRetried(SESSION_PAPERS, "mẫu biên bản hỏng");
    assertThat(session).isWaitingAt(SESSION_PAPERS).hasPassed(TALLY);
    assertThat(calls.delegateLog()).containsOnlyOnce("tallyVotesDelegate");
  }
}
