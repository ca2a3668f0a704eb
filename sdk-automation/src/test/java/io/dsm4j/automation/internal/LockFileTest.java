package io.dsm4j.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dsm4j.automation.RefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {
  @TempDir Path dir;

  @Test
  void aSecondRunIsRefusedNamingTheLockAndItsHolder() {
    Path out = dir.resolve("ips.ndjson");
    try (LockFile held = LockFile.acquire(out, "output")) {
      assertThatThrownBy(() -> LockFile.acquire(out, "output"))
          .isInstanceOf(RefusedException.class)
          .hasMessageContaining("in use by another run")
          .hasMessageContaining(dir.resolve("ips.ndjson.lock").toString())
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageNotContaining("\n");
      assertThat(held.path()).exists();
    }
  }

  @Test
  void theLockFileIsRemovedWhenTheRunEndsNormallyAndTheNextRunLocksAgain() {
    Path journal = dir.resolve("j.json");
    try (LockFile l = LockFile.acquire(journal, "journal")) {
      assertThat(l.path()).isEqualTo(LockFile.pathFor(journal)).exists();
    }
    assertThat(LockFile.pathFor(journal)).doesNotExist();
    try (LockFile again = LockFile.acquire(journal, "journal")) {
      assertThat(again.path()).exists();
    }
    assertThat(LockFile.pathFor(journal)).doesNotExist();
  }

  @Test
  void aLockFileLeftByACrashedRunIsTakenOver() throws Exception {
    Path journal = dir.resolve("j.json");
    Files.writeString(LockFile.pathFor(journal), "pid 1 since 2020-01-01T00:00:00Z run x\n");
    try (LockFile l = LockFile.acquire(journal, "journal")) {
      assertThat(Files.readString(l.path())).contains("pid " + ProcessHandle.current().pid());
    }
    assertThat(LockFile.pathFor(journal)).doesNotExist();
  }

  @Test
  void closingNeverRemovesALockFileThatIsNoLongerTheOneItLocked() throws Exception {
    Path journal = dir.resolve("j.json");
    LockFile l = LockFile.acquire(journal, "journal");
    // Someone replaced the lock file (e.g. removed it by hand, and another run created its own).
    Files.delete(l.path());
    Files.writeString(l.path(), "pid 2 run other\n");
    l.close();
    assertThat(Files.readString(LockFile.pathFor(journal))).isEqualTo("pid 2 run other\n");
  }
}
