package vn.tdkt.system;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.tdkt.support.AccessMatrix;
import vn.tdkt.support.ProcessTest;

/** Who may do what (default profile, the demo office's organisation). */
class AccessMatrixTest extends ProcessTest {

  @TestFactory
  @DisplayName("Ma trận quyền: mỗi vai trò chỉ làm được đúng việc của mình")
  Stream<DynamicTest> matrix() {
    return new AccessMatrix(engine, driver, steps).tests();
  }
}
