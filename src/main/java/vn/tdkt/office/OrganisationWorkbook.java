package vn.tdkt.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Component;
import vn.tdkt.files.Xlsx;
import vn.tdkt.system.Messages;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitKind;

/**
 * The organisation workbook (XLSX, Vietnamese sheets and headers): the office as label–value rows,
 * then one sheet each for clusters and blocks, units with their focal points, and officials. Reading
 * checks every row and reports each problem with its sheet and row; nothing partial comes out.
 * Columns are found by their header, so their order is free.
 */
@Component
public class OrganisationWorkbook {

  /** More data rows than this in one sheet is not an office's organisation. */
  public static final int MAX_ROWS = 5_000;
  /** Problems reported at most; the rest are counted. */
  static final int MAX_PROBLEMS = 50;

  static final Pattern CODE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,39}");
  static final Pattern ACCOUNT = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
  static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** The office's fields, in the order of its sheet. */
  enum OfficeField {
    CODE, NAME, LEVEL, PARENT, ISSUER, PLACE, SENDER_NAME, SENDER_EMAIL,
    VOTE_SHARE, EMULATION_SHARE, PROVINCIAL_EMULATION_SHARE, EMULATION_QUOTA, APPRAISAL_DAYS,
    HOUSEHOLD_FACTOR, FAMILY_CULTURE_CASH,
    ND98_BANG_KHEN, ND98_GIAY_KHEN_DISTRICT, ND98_GIAY_KHEN_COMMUNE, ND98_COLLECTIVE_FACTOR,
    ND98_ROUNDING_STEP;

    /**
     * Fields that may stay empty: the office above, the sender's name, and the rules with their legal
     * default.
     */
    boolean optional() {
      return this == PARENT || this == SENDER_NAME || ordinal() >= VOTE_SHARE.ordinal();
    }
  }

  enum ClusterColumn {
    CODE, NAME, KIND
  }

  /** The optional sheet of each cluster's head unit, year by year. */
  enum HeadColumn {
    CLUSTER, YEAR, UNIT
  }

  enum UnitColumn {
    CODE, NAME, KIND, EMAIL, CLUSTER, FOCAL_ACCOUNT, FOCAL_NAME, FOCAL_EMAIL
  }

  enum OfficialColumn {
    ACCOUNT, NAME, POSITION, EMAIL, ROLE, COUNCIL, MEMBER_UNIT
  }

  private final Messages messages;

  public OrganisationWorkbook(Messages messages) {
    this.messages = messages;
  }

  // ---------------------------------------------------------------- writing

  /** The organisation as a workbook; with null, the empty template. */
  public byte[] write(Organisation organisation) {
    Xlsx xlsx = new Xlsx();
    write(xlsx, organisation, "");
    return xlsx.bytes();
  }

  /**
   * Several offices in one workbook (a city and its wards): the first office's four sheets as for
   * one office, each further office's the same four with " (2)", " (3)", … after the name, as Excel
   * names a copied sheet.
   */
  public byte[] writeAll(List<Organisation> organisations) {
    Xlsx xlsx = new Xlsx();
    for (int i = 0; i < organisations.size(); i++) {
      write(xlsx, organisations.get(i), suffix(i + 1));
    }
    return xlsx.bytes();
  }

  /** The suffix of the n-th office's sheets: none for the first, " (n)" for the others. */
  static String suffix(int n) {
    return n == 1 ? "" : " (" + n + ")";
  }

  private void write(Xlsx xlsx, Organisation organisation, String suffix) {
    Sheet office =
        xlsx.sheet(
            sheetName("office") + suffix,
            messages.get("workbook.title.office"),
            List.of(messages.get("workbook.office.label"), messages.get("workbook.office.value"),
                messages.get("workbook.office.note")),
            new int[] {34, 50, 60});
    Office o = organisation == null ? null : organisation.office();
    for (OfficeField f : OfficeField.values()) {
      xlsx.row(office, label("office", f), o == null ? "" : officeValue(o, f), note("office", f));
    }
    Sheet clusters =
        xlsx.sheet(sheetName("clusters") + suffix, messages.get("workbook.title.clusters"),
            headers("clusters", ClusterColumn.values()), new int[] {16, 50, 12});
    Sheet units =
        xlsx.sheet(sheetName("units") + suffix, messages.get("workbook.title.units"),
            headers("units", UnitColumn.values()), new int[] {16, 44, 30, 32, 14, 18, 28, 32});
    Sheet officials =
        xlsx.sheet(sheetName("officials") + suffix, messages.get("workbook.title.officials"),
            headers("officials", OfficialColumn.values()), new int[] {16, 28, 34, 32, 22, 14, 18});
    Sheet heads =
        xlsx.sheet(sheetName("clusterHeads") + suffix, messages.get("workbook.title.clusterHeads"),
            headers("clusterHeads", HeadColumn.values()), new int[] {16, 10, 24});
    if (organisation != null) {
      for (Cluster c : organisation.clusters()) {
        xlsx.row(clusters, c.code(), c.name(), messages.get(c.kind().labelKey()));
      }
      for (Unit u : organisation.units()) {
        xlsx.row(units, u.code(), u.name(), messages.get(u.kind().labelKey()), u.email(),
            u.clusterCode(), u.focalUserId(), u.focalName(), u.focalEmail());
      }
      for (Official p : organisation.officials()) {
        xlsx.row(officials, p.userId(), p.name(), p.position(), p.email(),
            messages.get(p.role().labelKey()),
            messages.get(p.councilMember() ? "workbook.yes" : "workbook.no"), p.memberUnitCode());
      }
      for (Cluster c : organisation.clusters()) {
        for (Cluster.Head h : c.heads()) {
          xlsx.row(heads, c.code(), String.valueOf(h.year()), h.unitCode());
        }
      }
    }
  }

  private String officeValue(Office o, OfficeField f) {
    return switch (f) {
      case CODE -> o.code();
      case NAME -> o.name();
      case LEVEL -> messages.get(o.level().labelKey());
      case PARENT -> o.parentCode() == null ? "" : o.parentCode();
      case ISSUER -> o.issuer();
      case PLACE -> o.place();
      case SENDER_NAME -> o.senderName();
      case SENDER_EMAIL -> o.senderEmail();
      case VOTE_SHARE -> o.rules().voteShare().text();
      case EMULATION_SHARE -> o.rules().emulationShare().text();
      case HOUSEHOLD_FACTOR -> decimal(o.rules().householdFactor());
      case FAMILY_CULTURE_CASH -> decimal(o.rules().familyCultureCash());
      case ND98_BANG_KHEN -> decimal(o.rules().nd98Cash().bangKhen());
      case ND98_GIAY_KHEN_DISTRICT -> decimal(o.rules().nd98Cash().giayKhenDistrict());
      case ND98_GIAY_KHEN_COMMUNE -> decimal(o.rules().nd98Cash().giayKhenCommune());
      case ND98_COLLECTIVE_FACTOR -> decimal(o.rules().nd98Cash().collectiveFactor());
      case ND98_ROUNDING_STEP -> o.rules().nd98Cash().roundingStep() == null
          ? "" : String.valueOf(o.rules().nd98Cash().roundingStep());
      case PROVINCIAL_EMULATION_SHARE -> o.rules().provincialEmulationShare().text();
      case EMULATION_QUOTA -> String.valueOf(o.rules().emulationQuotaPercent());
      case APPRAISAL_DAYS -> String.valueOf(o.rules().appraisalDays());
    };
  }

  /** A coefficient as officials write it: "1,5"; empty when not set. */
  private static String decimal(Double value) {
    if (value == null) {
      return "";
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  // ---------------------------------------------------------------- reading

  /** Reads and checks a workbook of one office; {@link WorkbookRefused} with every problem found. */
  public Organisation read(byte[] bytes) {
    List<Organisation> all = readAll(bytes);
    if (all.size() != 1) {
      throw new WorkbookRefused(List.of(new WorkbookProblem(null, 0,
          messages.get("workbook.oneOfficeOnly", all.size()))));
    }
    return all.get(0);
  }

  /**
   * Reads and checks a workbook of one office or many (see {@link #writeAll(List)}), in the workbook's
   * order; {@link WorkbookRefused} with every problem found in any office's sheets.
   */
  public List<Organisation> readAll(byte[] bytes) {
    Workbook workbook = open(bytes);
    try (workbook) {
      List<Organisation> all = new ArrayList<>();
      Problems problems = new Problems();
      int offices = 1;
      while (find(workbook, sheetName("office") + suffix(offices + 1)) != null) {
        offices++;
      }
      for (int n = 1; n <= offices; n++) {
        Problems own = new Problems();
        Organisation o = read(workbook, suffix(n), own);
        if (own.isEmpty()) {
          all.add(o);
        } else {
          problems.addAll(own);
        }
      }
      if (!problems.isEmpty()) {
        throw problems.refusal();
      }
      return all;
    } catch (IOException e) {
      throw new WorkbookRefused(List.of(new WorkbookProblem(null, 0, messages.get("workbook.notWorkbook"))));
    }
  }

  /** One office's four sheets; null with the problems in {@code problems}. */
  private Organisation read(Workbook workbook, String suffix, Problems problems) {
      Sheet officeSheet = sheet(workbook, "office", suffix, problems);
      Sheet clusterSheet = sheet(workbook, "clusters", suffix, problems);
      Sheet unitSheet = sheet(workbook, "units", suffix, problems);
      Sheet officialSheet = sheet(workbook, "officials", suffix, problems);
      if (!problems.isEmpty()) {
        return null;
      }
      for (Sheet s : List.of(officeSheet, clusterSheet, unitSheet, officialSheet)) {
        int rows = s.getLastRowNum() - Xlsx.FIRST_DATA_ROW + 1;
        if (rows > MAX_ROWS) {
          problems.add(s.getSheetName(), 0,
              messages.get("workbook.tooManyRows", String.format(Locale.ROOT, "%,d", rows).replace(',', '.'),
                  String.format(Locale.ROOT, "%,d", MAX_ROWS).replace(',', '.')));
        }
      }
      if (!problems.isEmpty()) {
        return null;
      }
      Office office = readOffice(officeSheet, problems);
      List<Cluster> clusters = readClusters(clusterSheet, problems);
      List<Unit> units =
          readUnits(unitSheet, office == null ? null : office.code(), clusters, problems);
      List<Official> officials =
          readOfficials(officialSheet, office == null ? null : office.code(), units, problems);
      // the heads' sheet came later: a workbook without it names no head; it is checked once the
      // units are right (a unit refused above would make every head of it a second problem)
      Sheet headSheet = find(workbook, sheetName("clusterHeads") + suffix);
      if (headSheet != null && problems.isEmpty()) {
        clusters = readHeads(headSheet, clusters, units, problems);
      }
      if (!problems.isEmpty()) {
        return null;
      }
      return new Organisation(office, clusters, units, officials);
  }

  private Workbook open(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new WorkbookRefused(List.of(new WorkbookProblem(null, 0, messages.get("workbook.empty"))));
    }
    try {
      return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      // not a spreadsheet at all, an encrypted one, or a damaged file
      throw new WorkbookRefused(List.of(new WorkbookProblem(null, 0, messages.get("workbook.notWorkbook"))));
    }
  }

  private Sheet sheet(Workbook workbook, String key, String suffix, Problems problems) {
    String name = sheetName(key) + suffix;
    Sheet sheet = find(workbook, name);
    if (sheet == null) {
      problems.add(null, 0, messages.get("workbook.missingSheet", name));
    }
    return sheet;
  }

  private Sheet find(Workbook workbook, String name) {
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (same(workbook.getSheetName(i), name)) {
        return workbook.getSheetAt(i);
      }
    }
    return null;
  }

  private Office readOffice(Sheet sheet, Problems problems) {
    Map<OfficeField, String> values = new HashMap<>();
    Map<OfficeField, Integer> rowOf = new HashMap<>();
    Map<String, OfficeField> byLabel = new HashMap<>();
    for (OfficeField f : OfficeField.values()) {
      byLabel.put(normal(label("office", f)), f);
    }
    for (int r = Xlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      String label = text(row, 0);
      if (label == null) {
        continue;
      }
      OfficeField f = byLabel.get(normal(label));
      if (f == null) {
        problems.add(sheet.getSheetName(), r + 1, messages.get("workbook.office.unknownLabel", label));
        continue;
      }
      values.put(f, text(row, 1));
      rowOf.put(f, r + 1);
    }
    String name = sheet.getSheetName();
    boolean ok = true;
    for (OfficeField f : OfficeField.values()) {
      if (values.get(f) == null && !f.optional()) {
        problems.add(name, rowOf.getOrDefault(f, 0), messages.get("workbook.office.missing", label("office", f)));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    String code = values.get(OfficeField.CODE);
    if (!CODE.matcher(code).matches()) {
      problems.add(name, rowOf.get(OfficeField.CODE), messages.get("workbook.badCode", code));
      ok = false;
    }
    OfficeLevel level =
        choice(OfficeLevel.values(), OfficeLevel::labelKey, values.get(OfficeField.LEVEL));
    if (level == null) {
      problems.add(name, rowOf.get(OfficeField.LEVEL),
          messages.get("workbook.unknownChoice", values.get(OfficeField.LEVEL),
              labels(OfficeLevel.values(), OfficeLevel::labelKey)));
      ok = false;
    }
    String sender = values.get(OfficeField.SENDER_EMAIL);
    if (!EMAIL.matcher(sender).matches()) {
      problems.add(name, rowOf.get(OfficeField.SENDER_EMAIL), messages.get("workbook.badEmail", sender));
      ok = false;
    }
    for (OfficeField f : List.of(OfficeField.NAME, OfficeField.ISSUER, OfficeField.SENDER_NAME)) {
      String v = values.get(f);
      if (v != null && v.length() > 200) {
        problems.add(name, rowOf.get(f), messages.get("workbook.tooLong", label("office", f), 200));
        ok = false;
      }
    }
    if (values.get(OfficeField.PLACE).length() > 100) {
      problems.add(name, rowOf.get(OfficeField.PLACE),
          messages.get("workbook.tooLong", label("office", OfficeField.PLACE), 100));
      ok = false;
    }
    OfficeRules rules = readRules(name, values, rowOf, problems);
    if (!ok || rules == null) {
      return null;
    }
    String senderName = values.get(OfficeField.SENDER_NAME);
    return new Office(code, values.get(OfficeField.NAME), level, values.get(OfficeField.ISSUER),
        values.get(OfficeField.PLACE), senderName == null ? values.get(OfficeField.NAME) : senderName,
        sender, rules, values.get(OfficeField.PARENT));
  }

  /** The council's rules (quy chế) rows; an empty row keeps the law's default. */
  private OfficeRules readRules(
      String sheet, Map<OfficeField, String> values, Map<OfficeField, Integer> rowOf, Problems problems) {
    OfficeRules d = OfficeRules.DEFAULT;
    int before = problems.size();
    OfficeRules.Share vote = share(sheet, OfficeField.VOTE_SHARE, values, rowOf, problems, d.voteShare());
    OfficeRules.Share emulation =
        share(sheet, OfficeField.EMULATION_SHARE, values, rowOf, problems, d.emulationShare());
    OfficeRules.Share provincial = share(sheet, OfficeField.PROVINCIAL_EMULATION_SHARE, values, rowOf,
        problems, d.provincialEmulationShare());
    int quota = number(sheet, OfficeField.EMULATION_QUOTA, values, rowOf, problems,
        d.emulationQuotaPercent(), 1, OfficeRules.MAX_EMULATION_QUOTA);
    int appraisal = number(sheet, OfficeField.APPRAISAL_DAYS, values, rowOf, problems,
        d.appraisalDays(), 1, OfficeRules.MAX_APPRAISAL_DAYS);
    Double household = coefficient(sheet, OfficeField.HOUSEHOLD_FACTOR, values, rowOf, problems);
    Double family = coefficient(sheet, OfficeField.FAMILY_CULTURE_CASH, values, rowOf, problems);
    OfficeRules.Nd98Cash nd98 = new OfficeRules.Nd98Cash(
        coefficient(sheet, OfficeField.ND98_BANG_KHEN, values, rowOf, problems),
        coefficient(sheet, OfficeField.ND98_GIAY_KHEN_DISTRICT, values, rowOf, problems),
        coefficient(sheet, OfficeField.ND98_GIAY_KHEN_COMMUNE, values, rowOf, problems),
        coefficient(sheet, OfficeField.ND98_COLLECTIVE_FACTOR, values, rowOf, problems),
        values.get(OfficeField.ND98_ROUNDING_STEP) == null ? null
            : number(sheet, OfficeField.ND98_ROUNDING_STEP, values, rowOf, problems, 1, 1,
                OfficeRules.MAX_ROUNDING_STEP));
    return problems.size() > before
        ? null
        : new OfficeRules(vote, emulation, provincial, quota, appraisal, household, family, nd98);
  }

  /** A coefficient: "1,5" or "1.5", above 0 and at most {@link OfficeRules#MAX_COEFFICIENT}; empty is none. */
  private Double coefficient(String sheet, OfficeField f, Map<OfficeField, String> values,
      Map<OfficeField, Integer> rowOf, Problems problems) {
    String text = values.get(f);
    if (text == null) {
      return null;
    }
    try {
      double value = new java.math.BigDecimal(text.strip().replace(',', '.')).doubleValue();
      if (value > 0 && value <= OfficeRules.MAX_COEFFICIENT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(sheet, rowOf.get(f), messages.get("workbook.office.badCoefficient", label("office", f),
        text, decimal(OfficeRules.MAX_COEFFICIENT)));
    return null;
  }

  private OfficeRules.Share share(String sheet, OfficeField f, Map<OfficeField, String> values,
      Map<OfficeField, Integer> rowOf, Problems problems, OfficeRules.Share otherwise) {
    String text = values.get(f);
    if (text == null) {
      return otherwise;
    }
    OfficeRules.Share share = OfficeRules.Share.parse(text);
    if (share == null) {
      problems.add(sheet, rowOf.get(f), messages.get("workbook.office.badShare", label("office", f), text));
    }
    return share;
  }

  private int number(String sheet, OfficeField f, Map<OfficeField, String> values,
      Map<OfficeField, Integer> rowOf, Problems problems, int otherwise, int min, int max) {
    String text = values.get(f);
    if (text == null) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.strip().replaceAll("\\s*%$", "").replaceAll("\\.0+$", ""));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(sheet, rowOf.get(f),
        messages.get("workbook.office.badNumber", label("office", f), text, min, max));
    return otherwise;
  }

  private List<Cluster> readClusters(Sheet sheet, Problems problems) {
    Table<ClusterColumn> table = table(sheet, "clusters", ClusterColumn.values(), problems);
    List<Cluster> clusters = new ArrayList<>();
    if (table == null) {
      return clusters;
    }
    Set<String> codes = new HashSet<>();
    for (Line<ClusterColumn> line : table.lines()) {
      String code = line.get(ClusterColumn.CODE);
      String name = line.get(ClusterColumn.NAME);
      String kindText = line.get(ClusterColumn.KIND);
      int before = problems.size();
      if (code == null) {
        line.problem(messages.get("workbook.missing", header("clusters", ClusterColumn.CODE)));
      } else if (!CODE.matcher(code).matches()) {
        line.problem(messages.get("workbook.badCode", code));
      } else if (!codes.add(code.toLowerCase(Locale.ROOT))) {
        line.problem(messages.get("workbook.duplicate", header("clusters", ClusterColumn.CODE), code));
      }
      if (name == null) {
        line.problem(messages.get("workbook.missing", header("clusters", ClusterColumn.NAME)));
      } else if (name.length() > 200) {
        line.problem(messages.get("workbook.tooLong", header("clusters", ClusterColumn.NAME), 200));
      }
      Cluster.Kind kind = choice(Cluster.Kind.values(), Cluster.Kind::labelKey, kindText);
      if (kind == null) {
        line.problem(kindText == null
            ? messages.get("workbook.missing", header("clusters", ClusterColumn.KIND))
            : messages.get("workbook.unknownChoice", kindText, labels(Cluster.Kind.values(), Cluster.Kind::labelKey)));
      }
      if (problems.size() == before) {
        clusters.add(new Cluster(code, name, kind));
      }
    }
    return clusters;
  }

  /** The clusters with their heads: each head a member of its cluster, one a year. */
  private List<Cluster> readHeads(Sheet sheet, List<Cluster> clusters, List<Unit> units, Problems problems) {
    Table<HeadColumn> table = table(sheet, "clusterHeads", HeadColumn.values(), problems);
    if (table == null) {
      return clusters;
    }
    Map<String, List<Cluster.Head>> heads = new HashMap<>();
    Map<String, Unit> unitByCode = new HashMap<>();
    units.forEach(u -> unitByCode.put(u.code(), u));
    Set<String> clusterCodes = new HashSet<>();
    clusters.forEach(c -> clusterCodes.add(c.code()));
    for (Line<HeadColumn> line : table.lines()) {
      String cluster = line.get(HeadColumn.CLUSTER);
      String yearText = line.get(HeadColumn.YEAR);
      String unit = line.get(HeadColumn.UNIT);
      if (cluster == null || !clusterCodes.contains(cluster)) {
        line.problem(messages.get("workbook.clusterHead.unknownCluster", cluster == null ? "" : cluster));
        continue;
      }
      int year;
      try {
        year = Integer.parseInt(yearText == null ? "" : yearText.trim());
      } catch (NumberFormatException e) {
        year = 0;
      }
      if (year < 2000 || year > 2100) {
        line.problem(messages.get("workbook.clusterHead.year", yearText == null ? "" : yearText));
        continue;
      }
      Unit head = unit == null ? null : unitByCode.get(unit);
      if (head == null || !cluster.equals(head.clusterCode())) {
        line.problem(messages.get("workbook.clusterHead.notMember", unit == null ? "" : unit, cluster));
        continue;
      }
      List<Cluster.Head> ofCluster = heads.computeIfAbsent(cluster, k -> new ArrayList<>());
      int y = year;
      if (ofCluster.stream().anyMatch(h -> h.year() == y)) {
        line.problem(messages.get("workbook.clusterHead.duplicate", cluster, String.valueOf(year)));
        continue;
      }
      ofCluster.add(new Cluster.Head(year, unit));
    }
    return clusters.stream()
        .map(c -> new Cluster(c.code(), c.name(), c.kind(), heads.getOrDefault(c.code(), List.of())))
        .toList();
  }

  private List<Unit> readUnits(Sheet sheet, String officeCode, List<Cluster> clusters, Problems problems) {
    Table<UnitColumn> table = table(sheet, "units", UnitColumn.values(), problems);
    List<Unit> units = new ArrayList<>();
    if (table == null) {
      return units;
    }
    Set<String> codes = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    Set<String> clusterCodes = new HashSet<>();
    clusters.forEach(c -> clusterCodes.add(c.code()));
    for (Line<UnitColumn> line : table.lines()) {
      int before = problems.size();
      String code = line.get(UnitColumn.CODE);
      if (code == null) {
        line.problem(messages.get("workbook.missing", header("units", UnitColumn.CODE)));
      } else if (!CODE.matcher(code).matches()) {
        line.problem(messages.get("workbook.badCode", code));
      } else if (!codes.add(code.toLowerCase(Locale.ROOT))) {
        line.problem(messages.get("workbook.duplicate", header("units", UnitColumn.CODE), code));
      }
      String name = required(line, "units", UnitColumn.NAME, 200);
      String kindText = line.get(UnitColumn.KIND);
      UnitKind kind = choice(UnitKind.values(), UnitKind::labelKey, kindText);
      if (kind == null) {
        line.problem(kindText == null
            ? messages.get("workbook.missing", header("units", UnitColumn.KIND))
            : messages.get("workbook.unknownChoice", kindText, labels(UnitKind.values(), UnitKind::labelKey)));
      }
      String email = email(line, "units", UnitColumn.EMAIL);
      String cluster = line.get(UnitColumn.CLUSTER);
      if (cluster != null && !clusterCodes.contains(cluster)) {
        line.problem(messages.get("workbook.unit.unknownCluster", cluster));
      }
      String account = line.get(UnitColumn.FOCAL_ACCOUNT);
      if (account == null) {
        line.problem(messages.get("workbook.unit.noFocal", code == null ? "" : code));
      } else if (!ACCOUNT.matcher(account).matches()) {
        line.problem(messages.get("workbook.badAccount", account));
      } else if (!accounts.add(account)) {
        line.problem(messages.get("workbook.duplicate", header("units", UnitColumn.FOCAL_ACCOUNT), account));
      }
      String focalName = required(line, "units", UnitColumn.FOCAL_NAME, 200);
      String focalEmail = email(line, "units", UnitColumn.FOCAL_EMAIL);
      if (problems.size() == before) {
        units.add(new Unit(code, name, kind, email, account, focalName, focalEmail, officeCode, cluster, true));
      }
    }
    return units;
  }

  private List<Official> readOfficials(
      Sheet sheet, String officeCode, List<Unit> units, Problems problems) {
    Table<OfficialColumn> table = table(sheet, "officials", OfficialColumn.values(), problems);
    List<Official> officials = new ArrayList<>();
    if (table == null) {
      return officials;
    }
    Set<String> unitCodes = new HashSet<>();
    Set<String> focalAccounts = new HashSet<>();
    units.forEach(u -> {
      unitCodes.add(u.code());
      focalAccounts.add(u.focalUserId());
    });
    Set<String> accounts = new HashSet<>();
    int chairmen = 0;
    int noiVu = 0;
    int council = 0;
    for (Line<OfficialColumn> line : table.lines()) {
      int before = problems.size();
      String account = line.get(OfficialColumn.ACCOUNT);
      if (account == null) {
        line.problem(messages.get("workbook.missing", header("officials", OfficialColumn.ACCOUNT)));
      } else if (!ACCOUNT.matcher(account).matches()) {
        line.problem(messages.get("workbook.badAccount", account));
      } else if (!accounts.add(account)) {
        line.problem(messages.get("workbook.duplicate", header("officials", OfficialColumn.ACCOUNT), account));
      } else if (focalAccounts.contains(account)) {
        line.problem(messages.get("workbook.official.isFocal", account));
      }
      String name = required(line, "officials", OfficialColumn.NAME, 200);
      String position = line.get(OfficialColumn.POSITION);
      if (position != null && position.length() > 200) {
        line.problem(messages.get("workbook.tooLong", header("officials", OfficialColumn.POSITION), 200));
      }
      String email = email(line, "officials", OfficialColumn.EMAIL);
      String roleText = line.get(OfficialColumn.ROLE);
      OfficialRole role = choice(OfficialRole.values(), OfficialRole::labelKey, roleText);
      if (role == null) {
        line.problem(roleText == null
            ? messages.get("workbook.missing", header("officials", OfficialColumn.ROLE))
            : messages.get("workbook.unknownChoice", roleText, labels(OfficialRole.values(), OfficialRole::labelKey)));
      }
      String councilText = line.get(OfficialColumn.COUNCIL);
      Boolean member = councilText == null ? Boolean.valueOf(role == OfficialRole.HOI_DONG) : yesNo(councilText);
      if (member == null) {
        line.problem(messages.get("workbook.unknownChoice", councilText,
            messages.get("workbook.yes") + ", " + messages.get("workbook.no")));
      } else if (role == OfficialRole.HOI_DONG && !member) {
        line.problem(messages.get("workbook.official.councilRole"));
      }
      String memberUnit = line.get(OfficialColumn.MEMBER_UNIT);
      if (memberUnit != null) {
        if (member != null && !member) {
          line.problem(messages.get("workbook.official.unitWithoutCouncil", memberUnit));
        } else if (!unitCodes.contains(memberUnit)) {
          line.problem(messages.get("workbook.official.unknownUnit", memberUnit));
        }
      }
      if (problems.size() == before) {
        officials.add(new Official(account, officeCode, name, position, email, role, member, memberUnit, true));
        chairmen += role == OfficialRole.CHU_TICH ? 1 : 0;
        noiVu += role == OfficialRole.NOI_VU ? 1 : 0;
        council += member ? 1 : 0;
      }
    }
    if (problems.isEmpty()) {
      String sheetName = sheet.getSheetName();
      if (chairmen != 1) {
        problems.add(sheetName, 0, messages.get("workbook.official.oneChairman", chairmen));
      }
      if (noiVu == 0) {
        problems.add(sheetName, 0, messages.get("workbook.official.noNoiVu"));
      }
      if (council == 0) {
        problems.add(sheetName, 0, messages.get("workbook.official.noCouncil"));
      }
    }
    return officials;
  }

  private String required(Line<?> line, String sheet, Enum<?> column, int max) {
    String value = line.get(column);
    if (value == null) {
      line.problem(messages.get("workbook.missing", header(sheet, column)));
    } else if (value.length() > max) {
      line.problem(messages.get("workbook.tooLong", header(sheet, column), max));
    }
    return value;
  }

  private String email(Line<?> line, String sheet, Enum<?> column) {
    String value = line.get(column);
    if (value == null) {
      line.problem(messages.get("workbook.missing", header(sheet, column)));
    } else if (value.length() > 200 || !EMAIL.matcher(value).matches()) {
      line.problem(messages.get("workbook.badEmail", value));
    }
    return value;
  }

  private Boolean yesNo(String text) {
    if (same(text, messages.get("workbook.yes")) || same(text, "x")) {
      return true;
    }
    if (same(text, messages.get("workbook.no"))) {
      return false;
    }
    return null;
  }

  /** A choice given as its Vietnamese label (accents and case aside) or its code. */
  private <E extends Enum<E>> E choice(E[] values, Function<E, String> labelKey, String text) {
    if (text == null) {
      return null;
    }
    for (E e : values) {
      if (same(text, messages.get(labelKey.apply(e))) || text.trim().equalsIgnoreCase(e.name())) {
        return e;
      }
    }
    return null;
  }

  private <E extends Enum<E>> String labels(E[] values, Function<E, String> labelKey) {
    List<String> labels = new ArrayList<>();
    for (E e : values) {
      labels.add(messages.get(labelKey.apply(e)));
    }
    return String.join("; ", labels);
  }

  // ---------------------------------------------------------------- sheets as tables

  private <C extends Enum<C>> Table<C> table(Sheet sheet, String key, C[] columns, Problems problems) {
    Row header = sheet.getRow(Xlsx.HEADER_ROW);
    Map<C, Integer> index = new LinkedHashMap<>();
    for (C c : columns) {
      String wanted = header(key, c);
      for (int i = 0; header != null && i < header.getLastCellNum(); i++) {
        String h = text(header, i);
        if (h != null && same(h, wanted)) {
          index.put(c, i);
          break;
        }
      }
      if (!index.containsKey(c)) {
        problems.add(sheet.getSheetName(), Xlsx.HEADER_ROW + 1, messages.get("workbook.missingColumn", wanted));
      }
    }
    if (index.size() < columns.length) {
      return null;
    }
    return new Table<>(sheet, index, problems);
  }

  private record Table<C extends Enum<C>>(Sheet sheet, Map<C, Integer> index, Problems problems) {
    List<Line<C>> lines() {
      List<Line<C>> lines = new ArrayList<>();
      for (int r = Xlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Line<C> line = new Line<>(this, row, r + 1);
        if (!line.blank()) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  private record Line<C extends Enum<C>>(Table<C> table, Row row, int number) {
    String get(Enum<?> column) {
      @SuppressWarnings("unchecked")
      Integer i = table.index().get((C) column);
      return text(row, i);
    }

    boolean blank() {
      return table.index().values().stream().allMatch(i -> text(row, i) == null);
    }

    void problem(String reason) {
      table.problems().add(table.sheet().getSheetName(), number, reason);
    }
  }

  /** A cell's text as shown, trimmed, inner whitespace collapsed; null if empty. */
  static String text(Row row, Integer column) {
    return vn.tdkt.files.Xlsx.text(row, column);
  }

  /** Equal as officials would read them: case, accents, "đ" and spacing aside. */
  static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  static String normal(String s) {
    String folded = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private final class Problems {
    private final List<WorkbookProblem> list = new ArrayList<>();
    private int more;

    void add(String sheet, int row, String reason) {
      if (list.size() < MAX_PROBLEMS) {
        list.add(new WorkbookProblem(sheet, row, reason));
      } else {
        more++;
      }
    }

    int size() {
      return list.size() + more;
    }

    boolean isEmpty() {
      return size() == 0;
    }

    void addAll(Problems other) {
      other.list.forEach(p -> add(p.sheet(), p.row(), p.reason()));
      more += other.more;
    }

    WorkbookRefused refusal() {
      List<WorkbookProblem> all = new ArrayList<>(list);
      if (more > 0) {
        all.add(new WorkbookProblem(null, 0, messages.get("workbook.moreProblems", more)));
      }
      return new WorkbookRefused(all);
    }
  }

  // ---------------------------------------------------------------- labels

  private String sheetName(String key) {
    return messages.get("workbook.sheet." + key);
  }

  private String label(String sheet, Enum<?> field) {
    return messages.get("workbook." + sheet + "." + camel(field));
  }

  private String note(String sheet, Enum<?> field) {
    String key = "workbook." + sheet + "." + camel(field) + ".note";
    String note = messages.get(key);
    return note.equals(key) ? "" : note;
  }

  private String header(String sheet, Enum<?> column) {
    return label(sheet, column);
  }

  private List<String> headers(String sheet, Enum<?>[] columns) {
    List<String> headers = new ArrayList<>();
    for (Enum<?> c : columns) {
      headers.add(header(sheet, c));
    }
    return headers;
  }

  private static String camel(Enum<?> e) {
    String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder b = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return b.toString();
  }
}
