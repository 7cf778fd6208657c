package kz.attest.itembank;

import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sealed packages over HTTP. The Ministry's side: {@code POST /export} answers the file; the operator's side posts a
 * file ({@code application/octet-stream}) to {@code /verify} or {@code /import}.
 */
@RestController
@RequestMapping("/api/v1/packages")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PackageApiController {

    private final SealedPackages packages;
    private final PackageAccess access;

    /** The services to export and, optionally, the validity window. */
    record ExportBody(List<String> services, Instant notBefore, Instant notAfter) {
    }

    /** Why a package is withdrawn (e.g. the Ministry's letter). */
    record Reason(String reason) {
    }

    // ---- the Ministry

    @PostMapping(value = "/export", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    ResponseEntity<byte[]> export(@RequestBody ExportBody body, Authentication authentication) {
        String actor = access.ministry(authentication);
        SealedPackages.ExportedPackage exported = packages.export(
                new SealedPackages.ExportRequest(body.services(), body.notBefore(), body.notAfter()), actor);
        return file(exported);
    }

    @GetMapping("/exported")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    List<PackageRecord> exported(Authentication authentication) {
        access.ministry(authentication);
        return packages.exported();
    }

    @GetMapping(value = "/exported/{id}/file", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    ResponseEntity<byte[]> exportedFile(@PathVariable UUID id, Authentication authentication) {
        access.ministry(authentication);
        return file(packages.exportedFile(id));
    }

    @PostMapping("/exported/{id}/withdraw")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    PackageRecord withdrawExported(@PathVariable UUID id, @RequestBody Reason body, Authentication authentication) {
        return packages.withdraw(PackageRecord.Side.EXPORTED, id, body.reason(), access.ministry(authentication));
    }

    // ---- the testing operator

    @PostMapping(value = "/verify", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    SealedPackages.Verification verify(@RequestBody byte[] file) {
        return packages.verify(file, access.operator());
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    ResponseEntity<PackageRecord> importPackage(@RequestBody byte[] file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(packages.importPackage(file, access.operator()));
    }

    @GetMapping
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    List<PackageRecord> imported() {
        access.operator();
        return packages.imported();
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    PackageRecord withdraw(@PathVariable UUID id, @RequestBody Reason body) {
        return packages.withdraw(PackageRecord.Side.IMPORTED, id, body.reason(), access.operator());
    }

    @PostMapping("/{id}/destroy")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    PackageRecord destroy(@PathVariable UUID id) {
        return packages.destroy(id, access.operator());
    }

    static ResponseEntity<byte[]> file(SealedPackages.ExportedPackage exported) {
        return Downloads.attachment(MediaType.APPLICATION_OCTET_STREAM, exported.fileName())
                .header("X-Package-Id", exported.manifest().packageId().toString())
                .header("X-Package-Version", Integer.toString(exported.manifest().version()))
                .body(exported.file());
    }
}
