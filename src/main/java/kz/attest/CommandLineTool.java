package kz.attest;

/**
 * A command the application jar runs instead of the platform ({@code java -jar attest-kz.jar <name> …}), such as the
 * development signer. Modules register theirs in {@code META-INF/services/kz.attest.CommandLineTool}, so the
 * application class depends on no module.
 */
public interface CommandLineTool {

    /** The first command-line argument that selects this tool. */
    String name();

    void run(String[] args) throws Exception;
}
