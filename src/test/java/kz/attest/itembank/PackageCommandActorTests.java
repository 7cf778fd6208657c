package kz.attest.itembank;

import kz.attest.AttestProperties;
import kz.attest.audit.AuditLog;
import kz.attest.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package command signs its actor in against the accounts and checks the role the pages check (seed 000 ¶14:
 * the Ministry seals, the testing operator opens); anyone else is refused with a message and exit status 3, and
 * nothing is exported or recorded under the name given. Its server binds a random loopback port and prints no
 * demonstration passwords.
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
@ExtendWith(OutputCaptureExtension.class)
class PackageCommandActorTests {

    static final String PATENT = SealedPackagesTests.PATENT;

    @Autowired
    Accounts accounts;
    @Autowired
    SealedPackages packages;
    @Autowired
    AuditLog auditLog;
    @Autowired
    AttestProperties attest;

    @TempDir
    Path temp;

    @Test
    void anUnknownLoginIsRefusedAndNothingIsExported_000_14() throws Exception {
        Path out = temp.resolve("p.p7m");
        Result result = run("export", "--services", PATENT, "--out", out.toString(), "--by", "no-such-user",
                "anything");

        assertThat(result.status).isEqualTo(PackageCommand.NOT_ALLOWED);
        assertThat(result.text).contains("REFUSED itembank.command.not-signed-in").contains("Not signed in");
        assertThat(out).doesNotExist();
        assertThat(auditLog.latest(50)).noneMatch(e -> "no-such-user".equals(e.actor()));
    }

    @Test
    void aWrongPasswordIsRefused_000_14() throws Exception {
        Path out = temp.resolve("p.p7m");
        Result result = run("export", "--services", PATENT, "--out", out.toString(), "--by", "ministry-head",
                "not-the-password");

        assertThat(result.status).isEqualTo(PackageCommand.NOT_ALLOWED);
        assertThat(result.text).contains("itembank.command.not-signed-in");
        assertThat(out).doesNotExist();
    }

    @Test
    void onlyTheMinistryExports_000_14() throws Exception {
        Path out = temp.resolve("p.p7m");
        Result officer = run("export", "--services", PATENT, "--out", out.toString(), "--by", "officer",
                "demo-officer-2026");
        Result operator = run("export", "--services", PATENT, "--out", out.toString(), "--by", "operator-admin",
                "demo-operator-admin-2026");

        assertThat(officer.status).isEqualTo(PackageCommand.NOT_ALLOWED);
        assertThat(officer.text).contains("REFUSED itembank.command.export-not-allowed");
        assertThat(operator.status).isEqualTo(PackageCommand.NOT_ALLOWED);
        assertThat(out).doesNotExist();
    }

    @Test
    void onlyTheOperatorImports_000_14() throws Exception {
        Path file = Files.write(temp.resolve("p.p7m"), new byte[]{1, 2, 3});
        Result ministry = run("import", "--file", file.toString(), "--by", "ministry-officer",
                "demo-ministry-officer-2026");

        assertThat(ministry.status).isEqualTo(PackageCommand.NOT_ALLOWED);
        assertThat(ministry.text).contains("REFUSED itembank.command.import-not-allowed");
    }

    @Test
    void theServerIsForcedOntoARandomLoopbackPortWithoutThePasswordBanner() {
        var options = PackageCommand.Options.parse(new String[]{"--by", "x", "--server.port=8080",
                "--server.address=0.0.0.0", "--attest.data-dir=/tmp/d"});

        assertThat(PackageCommand.springArguments(options)).containsExactly("--server.port=0",
                "--server.address=127.0.0.1", "--attest.demo-accounts.banner=false", "--attest.data-dir=/tmp/d");
    }

    @Test
    void theWholeCommandSaysWhereItListensAndPrintsNoDemonstrationPassword_000_14(CapturedOutput log) throws Exception {
        Path out = temp.resolve("whole.p7m");
        Path password = Files.writeString(temp.resolve("password"), "demo-ministry-officer-2026\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int logBefore = log.getAll().length();

        int status = new PackageCommand().execute(new String[]{"export", "--services", PATENT, "--out", out.toString(),
                "--by", "ministry-officer", "--password-file", password.toString(),
                "--attest.data-dir=" + attest.dataDir().toAbsolutePath()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isZero();
        assertThat(text).containsPattern("runs meanwhile on http://127\\.0\\.0\\.1:\\d+").doesNotContain(":8080 ");
        assertThat(text).contains("exported " + PATENT);
        assertThat(log.getAll().substring(logBefore)).doesNotContain("demo-officer-2026").doesNotContain("demo-admin-2026");
        assertThat(auditLog.latest(200)).anyMatch(e -> "ministry-officer".equals(e.actor())
                && e.action().startsWith("itembank.package"));
    }

    private Result run(String command, String... argumentsThenPassword) throws Exception {
        String[] arguments = java.util.Arrays.copyOf(argumentsThenPassword, argumentsThenPassword.length - 1);
        char[] password = argumentsThenPassword[argumentsThenPassword.length - 1].toCharArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = PackageCommand.execute(command, PackageCommand.Options.parse(arguments), password, accounts,
                packages, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String text) {
    }
}
