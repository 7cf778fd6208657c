package kz.attest.itembank;

import kz.attest.AttestApplication;
import kz.attest.CommandLineTool;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code java -jar attest-kz.jar package export|import|verify …}: sealed packages from the command line.
 * <ul>
 *     <li>{@code verify --file F --trust ROOT.pem [--trust CA.pem] [--signer MINISTRY.pem] [--p12 OPERATOR.p12
 *     --password PW] [--at INSTANT]} — offline, no database: signature, chain, pinned signer, window and envelope
 *     hash; with the operator's key also the recipient, the decryption and the content hash.</li>
 *     <li>{@code export --services A,B --out F [--not-before INSTANT] [--not-after INSTANT] --by LOGIN} and
 *     {@code import --file F --by LOGIN} — start the application (same data directory and database settings as the
 *     server, e.g. {@code --attest.data-dir=…}; stop a server using the embedded database first; its web server
 *     listens on a random loopback port meanwhile and says which), sign {@code LOGIN} in with the password asked on
 *     the console or read from {@code --password-file F}, check the role as the pages do (the Ministry exports, the
 *     testing operator imports) and act like the pages, audited under {@code LOGIN}.</li>
 * </ul>
 * Exit status 0 when done, 1 when the package is refused, 2 on a usage error, 3 when the person is not signed in or
 * not allowed.
 */
public final class PackageCommand implements CommandLineTool { // public: java.util.ServiceLoader instantiates it (META-INF/services)

    static final String USAGE = """
            usage: package verify --file F --trust ROOT.pem [--trust CA.pem] [--signer MINISTRY.pem]
                                  [--p12 OPERATOR.p12 --password PW] [--at 2026-01-31T00:00:00Z]
                   package export --services CODE[,CODE] --out F [--not-before INSTANT] [--not-after INSTANT]
                                  --by LOGIN [--password-file F]
                   package import --file F --by LOGIN [--password-file F]
            (export and import ask LOGIN's password unless --password-file names a file holding it, and also take
            Spring settings such as --attest.data-dir=DIR)""";

    /** Exit status when the person is not signed in or may not do this. */
    static final int NOT_ALLOWED = 3;

    @Override
    public String name() {
        return "package";
    }

    @Override
    public void run(String[] args) throws Exception {
        int status = execute(args, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    int execute(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            out.println(USAGE);
            return 2;
        }
        Options options;
        try {
            options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        try {
            return switch (args[0]) {
                case "verify" -> verify(options, out);
                case "export", "import" -> withApplication(args[0], options, out);
                default -> {
                    out.println(USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        } catch (ItemBankRefusal refusal) {
            out.println("REFUSED " + refusal.messageKey() + ": " + english(refusal));
            return 1;
        }
    }

    private static int verify(Options options, PrintStream out) throws Exception {
        byte[] file = Files.readAllBytes(Path.of(options.required("file")));
        List<java.security.cert.X509Certificate> roots = new ArrayList<>();
        List<java.security.cert.X509Certificate> intermediates = new ArrayList<>();
        for (String trust : options.all("trust")) {
            for (var certificate : PackageKeys.readCertificates(Path.of(trust))) {
                (PackageKeys.selfSigned(certificate) ? roots : intermediates).add(certificate);
            }
        }
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("--trust must name at least one root certificate");
        }
        List<java.security.cert.X509Certificate> signers = new ArrayList<>();
        options.all("signer").forEach(s -> signers.addAll(PackageKeys.readCertificates(Path.of(s))));
        Optional<PackageSealer.Credential> operator = options.one("p12").map(p12 -> PackageKeys.load(Path.of(p12),
                options.one("password").orElse("attest-packages-development").toCharArray()));
        Instant at = options.one("at").map(Instant::parse).orElseGet(Instant::now);

        PackageSealer.Opened opened = PackageSealer.open(file,
                new PackageSealer.Trust(roots, intermediates, signers, !signers.isEmpty()), operator, at);
        PackageManifest m = opened.manifest();
        out.println("package   " + m.packageId());
        out.println("line      " + m.line() + " version " + m.version());
        out.println("content   " + m.items() + " questions " + m.itemsPerTopic() + ", " + m.cases() + " cases "
                + m.casesPerScope());
        out.println("valid     " + m.notBefore() + " – " + m.notAfter());
        out.println("created   " + m.createdAt() + " by " + m.createdBy());
        out.println("signed by " + PackageSealer.subject(opened.signer())
                + (signers.isEmpty() ? " (not pinned: no --signer given)" : ""));
        out.println("recipient " + m.recipientSubject());
        out.println("sha-256   content " + m.contentSha256() + (operator.isPresent() ? " (checked)" : " (not checked: no --p12)"));
        out.println("VERIFIED");
        return 0;
    }

    private static int withApplication(String command, Options options, PrintStream out) throws Exception {
        options.required("by");
        char[] password = password(options);
        // the platform's security configuration needs the servlet stack: it listens on a random loopback port
        // meanwhile. Given as command-line arguments, these settings outrank application.properties' SERVER_PORT.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AttestApplication.class)
                .properties("spring.main.banner-mode=off")
                .run(springArguments(options).toArray(String[]::new))) {
            out.println("the platform runs meanwhile on http://127.0.0.1:"
                    + context.getEnvironment().getProperty("local.server.port") + " (loopback only)");
            return execute(command, options, password, context.getBean(kz.attest.identity.Accounts.class),
                    context.getBean(SealedPackages.class), out);
        }
    }

    /** The user's Spring settings, with the web server forced onto a random loopback port and no password banner. */
    static List<String> springArguments(Options options) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--attest.demo-accounts.banner=false"));
        options.springArguments().stream()
                .filter(a -> !a.startsWith("--server.port=") && !a.startsWith("--server.address=")
                        && !a.startsWith("--attest.demo-accounts.banner="))
                .forEach(arguments::add);
        return arguments;
    }

    /** The password from {@code --password-file} (its first line), else asked on the console without echo. */
    static char[] password(Options options) throws java.io.IOException {
        Optional<String> file = options.one("password-file");
        if (file.isPresent()) {
            List<String> lines = Files.readAllLines(Path.of(file.get()));
            if (lines.isEmpty() || lines.getFirst().isEmpty()) {
                throw new IllegalArgumentException("--password-file " + file.get() + " is empty");
            }
            return lines.getFirst().toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No console to ask the password: give --password-file F");
        }
        char[] password = console.readPassword("Password of %s: ", options.required("by"));
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("No password given");
        }
        return password;
    }

    /**
     * The export and import commands against a running application context (tests call this directly): the person
     * is signed in and must hold the role the page asks for.
     */
    static int execute(String command, Options options, char[] password, kz.attest.identity.Accounts accounts,
                       SealedPackages packages, PrintStream out) throws Exception {
        Optional<kz.attest.identity.SignedInUser> person = accounts.authenticate(options.required("by"), password);
        if (person.isEmpty()) {
            return refuse("itembank.command.not-signed-in", out);
        }
        boolean allowed = "export".equals(command) ? PackageAccess.mayExport(person.get())
                : PackageAccess.mayImport(person.get());
        if (!allowed) {
            return refuse("export".equals(command) ? "itembank.command.export-not-allowed"
                    : "itembank.command.import-not-allowed", out);
        }
        String actor = person.get().login();
        if ("export".equals(command)) {
            List<String> services = Arrays.stream(options.required("services").split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            SealedPackages.ExportedPackage exported = packages.export(new SealedPackages.ExportRequest(services,
                    options.one("not-before").map(Instant::parse).orElse(null),
                    options.one("not-after").map(Instant::parse).orElse(null)), actor);
            Path target = Path.of(options.required("out"));
            Files.write(target, exported.file());
            out.println("exported " + exported.manifest().line() + " version " + exported.manifest().version() + ": "
                    + exported.manifest().items() + " questions, " + exported.manifest().cases() + " cases → " + target);
            return 0;
        }
        PackageRecord record = packages.importPackage(Files.readAllBytes(Path.of(options.required("file"))), actor);
        out.println("imported " + record.line() + " version " + record.version() + " (" + record.id() + "): "
                + record.insertedItems() + " new questions, " + record.insertedCases() + " new cases");
        return 0;
    }

    private static int refuse(String messageKey, PrintStream out) {
        out.println("REFUSED " + messageKey + ": "
                + ResourceBundle.getBundle("i18n/itembank", Locale.ENGLISH).getString(messageKey));
        return NOT_ALLOWED;
    }

    private static String english(ItemBankRefusal refusal) {
        try {
            String pattern = ResourceBundle.getBundle("i18n/itembank", Locale.ENGLISH).getString(refusal.messageKey());
            return refusal.arguments().length == 0 ? pattern : MessageFormat.format(pattern, refusal.arguments());
        } catch (java.util.MissingResourceException e) {
            return refusal.messageKey();
        }
    }

    /** {@code --name value} pairs (repeatable) and Spring's own {@code --key=value} settings. */
    record Options(List<String[]> pairs, List<String> springArguments) {

        static Options parse(String[] args) {
            List<String[]> pairs = new ArrayList<>();
            List<String> spring = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--") && arg.contains("=")) {
                    spring.add(arg);
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    pairs.add(new String[]{arg.substring(2), args[++i]});
                } else {
                    throw new IllegalArgumentException("Unexpected argument " + arg);
                }
            }
            return new Options(pairs, spring);
        }

        Optional<String> one(String name) {
            return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).findFirst();
        }

        List<String> all(String name) {
            return pairs.stream().filter(p -> p[0].equals(name)).map(p -> p[1]).toList();
        }

        String required(String name) {
            return one(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
        }
    }
}
