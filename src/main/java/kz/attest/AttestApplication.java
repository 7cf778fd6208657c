package kz.attest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Attest KZ: attestation, qualification and licensing services of the Ministry of Justice of Kazakhstan. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "web")
public class AttestApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            for (CommandLineTool tool : java.util.ServiceLoader.load(CommandLineTool.class)) {
                if (tool.name().equals(args[0])) {
                    tool.run(java.util.Arrays.copyOfRange(args, 1, args.length));
                    return;
                }
            }
        }
        SpringApplication.run(AttestApplication.class, args);
    }
}
