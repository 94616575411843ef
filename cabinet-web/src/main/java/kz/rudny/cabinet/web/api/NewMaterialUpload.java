package kz.rudny.cabinet.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The multipart body of a new material, for the OpenAPI document only. */
@Schema(name = "NewMaterialUpload", requiredProperties = {"metadata", "file"})
public final class NewMaterialUpload {

    @Schema(implementation = MaterialMetadata.class, description = "A JSON object (Content-Type application/json)")
    public MaterialMetadata metadata;

    @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary",
            description = "One or more files, each with its file name")
    public List<byte[]> file;

    private NewMaterialUpload() {
    }
}
