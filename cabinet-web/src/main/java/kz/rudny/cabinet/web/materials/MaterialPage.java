package kz.rudny.cabinet.web.materials;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import kz.rudny.cabinet.domain.certificates.boundary.CertificateKind;
import kz.rudny.cabinet.library.certificates.boundary.Certificates;
import kz.rudny.cabinet.library.exchange.boundary.DistrictExchange;
import kz.rudny.cabinet.library.exchange.boundary.SharedMaterialView;
import kz.rudny.cabinet.library.materials.boundary.MaterialAuthoring;
import kz.rudny.cabinet.library.materials.boundary.MaterialReview;
import kz.rudny.cabinet.library.materials.boundary.MaterialView;
import kz.rudny.cabinet.library.materials.boundary.Materials;
import kz.rudny.cabinet.web.support.FacesForms;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A material of the school: its description, files and versions, recorded steps, and what the reader may do:
 * add files and submit (author), approve or return (reviewer), share to the district (methodologist), delete,
 * download certificates.
 */
@Named
@ViewScoped
public class MaterialPage implements Serializable {

    @Inject
    Materials materials;

    @Inject
    MaterialAuthoring authoring;

    @Inject
    MaterialReview review;

    @Inject
    DistrictExchange exchange;

    @Inject
    Certificates certificates;

    private Long id;
    private MaterialView material;
    private SharedMaterialView share;
    private List<CertificateKind> certificateKinds;
    private String comment;
    private Long replacing;

    public void load() {
        material = materials.view(id);
        share = exchange.shareOfOwn(id).orElse(null);
        certificateKinds = certificates.available(id);
    }

    /** One uploaded file (the upload widget sends each file in its own request, with progress). */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            Long previous = replacing;
            if (FacesForms.submit("files", () -> {
                if (previous == null) {
                    authoring.addFile(id, file.getFileName(), in);
                } else {
                    authoring.addVersion(previous, file.getFileName(), in);
                }
            })) {
                FacesForms.info("material.fileAdded", file.getFileName());
            }
        }
        replacing = null;
        load();
    }

    public void removeFile(long fileId) {
        if (FacesForms.submit("files", () -> authoring.removeFile(fileId))) {
            load();
        }
    }

    public void submit() {
        act("actions", () -> authoring.submit(id), "material.submitted");
    }

    public void approve() {
        act("review", () -> review.approve(id, comment), "material.approved");
    }

    public void returnToAuthor() {
        act("review", () -> review.returnToAuthor(id, comment), "material.returned");
    }

    public void shareToDistrict() {
        act("actions", () -> exchange.share(id), "material.shared");
    }

    public void delete() throws IOException {
        if (FacesForms.submit("actions", () -> materials.delete(id))) {
            FacesForms.info("material.deleted");
            FacesForms.redirectTo("/library/my-materials.xhtml");
        }
    }

    private void act(String form, Runnable action, String done) {
        if (FacesForms.submit(form, action)) {
            FacesForms.info(done);
            comment = null;
            load();
        }
    }

    public Optional<SharedMaterialView> getShareView() {
        return Optional.ofNullable(share);
    }

    public SharedMaterialView getShare() {
        return share;
    }

    public List<CertificateKind> getCertificateKinds() {
        return certificateKinds;
    }

    public long getUploadLimit() {
        return authoring.uploadLimit();
    }

    public long getUploadLimitMb() {
        return authoring.uploadLimit() / (1024 * 1024);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MaterialView getMaterial() {
        return material;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getReplacing() {
        return replacing;
    }

    public void setReplacing(Long replacing) {
        this.replacing = replacing;
    }
}
