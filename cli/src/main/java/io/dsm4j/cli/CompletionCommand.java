package io.dsm4j.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dsm4j completion bash|zsh}: a completion script generated from the command tree. */
@Command(
    name = "completion",
    description =
        "Print a shell completion script generated from the command tree. bash: source <(dsm4j"
            + " completion bash); zsh: source <(dsm4j completion zsh) (uses bashcompinit).")
final class CompletionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    Dsm4j root = (Dsm4j) spec.root().userObject();
    String s = shell.toLowerCase(Locale.ROOT);
    if (!s.equals("bash") && !s.equals("zsh")) {
      throw new Dsm4j.UsageException("SHELL must be bash or zsh, not '" + shell + "'");
    }
    // picocli's script works in both: under zsh it loads bashcompinit itself.
    root.out.print(AutoComplete.bash("dsm4j", spec.root().commandLine()));
    root.out.flush();
    return 0;
  }
}
