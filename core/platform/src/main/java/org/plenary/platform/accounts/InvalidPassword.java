package org.plenary.platform.accounts;

import java.util.List;
import java.util.stream.Collectors;

/** A password that breaks {@link PasswordRules}, with every rule it breaks. */
public class InvalidPassword extends RuntimeException {

    private final transient List<PasswordProblem> problems;

    public InvalidPassword(List<PasswordProblem> problems) {
        super("The password is refused: " + problems.stream().map(PasswordProblem::english).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }
}
