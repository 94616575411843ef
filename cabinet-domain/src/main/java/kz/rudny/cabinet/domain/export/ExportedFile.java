package kz.rudny.cabinet.domain.export;

/**
 * A written export or printout: the name to offer it under (without the extension, which the format adds), its
 * format and its bytes.
 */
public record ExportedFile(String name, DocumentFormat format, byte[] bytes) {

    /** The name with the format's extension: "Қазақ тілі ӘБ — № 3 24.11.2026.pdf". */
    public String fileName() {
        return name + "." + format.extension();
    }
}
