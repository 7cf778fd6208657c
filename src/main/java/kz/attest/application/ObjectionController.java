package kz.attest.application;

import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** The applicant's objection to a preliminary refusal (¶7) through the REST API. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ObjectionController {

    private static final String APPLICANT = "hasRole('APPLICANT')";

    private final Objections objections;

    /** Multipart: {@code text} and any number of {@code files} (PDF, JPEG, PNG). */
    @PostMapping(path = "/api/v1/applications/{id}/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(APPLICANT)
    Objection object(@PathVariable long id, @RequestParam(required = false) String text,
                     @RequestParam(required = false) List<MultipartFile> files) {
        return objections.object(id, text, uploads(files));
    }

    @GetMapping("/api/v1/applications/{id}/objections")
    List<Objection> list(@PathVariable long id) {
        return objections.of(id);
    }

    @GetMapping("/api/v1/applications/{id}/objections/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable UUID fileId) {
        Applications.DocumentFile file = objections.file(id, fileId);
        return Downloads.uploaded(file.contentType(), file.fileName(), file.content());
    }

    static List<Objections.Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> {
            try {
                return new Objections.Upload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
