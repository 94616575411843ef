package kz.rudny.cabinet.library.materials.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import kz.rudny.cabinet.domain.errors.InvalidInputException;
import kz.rudny.cabinet.domain.security.Allowed;
import kz.rudny.cabinet.domain.security.Role;

/**
 * A new material with its files, all or nothing (the REST API's one-request upload): the draft and every file
 * are stored in one transaction through {@link Materials}, so when any file is refused (too large, a type we
 * do not accept, empty) or anything else fails, nothing is kept, neither the material nor a file on disk
 * (files written for a transaction that rolls back are deleted after it).
 */
@ApplicationScoped
@Allowed({Role.TEACHER, Role.MENTOR, Role.ASSOCIATION_HEAD, Role.SCHOOL_METHODOLOGIST})
@Transactional
public class MaterialDrafts {

    @Inject
    Materials materials;

    /** A new draft of the caller with the files in the order given; at least one file. Returns its id. */
    public long createWithFiles(@NotNull @Valid MaterialForm form, @NotNull List<@NotNull IncomingFile> files) {
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "material.noFiles");
        }
        long id = materials.create(form);
        for (IncomingFile file : files) {
            materials.addFile(id, file.name(), file.content());
        }
        return id;
    }
}
